/** JWT signing and checking: RS256 key pairs (HS256 is covered through every users test) and claims that aren't ours. */
import { generateKeyPairSync } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { JwtConfig } from "../../config.js";
import { TokenSigner } from "../../services/users/tokens.js";

function pair() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

const base: Omit<JwtConfig, "privateKey" | "publicKey"> = {
  algorithm: "RS256",
  secret: null,
  accessTtl: 900,
  refreshTtl: 3600,
  issuer: "meshwork",
  audience: "meshwork-api",
};

describe("TokenSigner with RS256", () => {
  const keys = pair();
  const signer = new TokenSigner({ ...base, ...keys });
  const claims = {
    sub: "0b9a0d5e-7f43-4a35-9c1f-3f3c2d1e0a11",
    email: "ada@example.com",
    roles: ["user"],
    sid: "5f0c8a0e-3b1d-4c7a-9e2f-6a4b8c0d1e2f",
  };

  it("verifies its own access tokens and refuses them as refresh tokens", async () => {
    const token = await signer.signAccess(claims);
    expect(JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString())).toMatchObject({ alg: "RS256" });
    await expect(signer.verifyAccess(token)).resolves.toEqual(claims);
    await expect(signer.verifyRefresh(token)).resolves.toBeNull();
  });

  it("lets a node holding only the public key verify, but not sign", async () => {
    const verifier = new TokenSigner({ ...base, privateKey: null, publicKey: keys.publicKey });
    await expect(verifier.verifyAccess(await signer.signAccess(claims))).resolves.toEqual(claims);
    await expect(verifier.signAccess(claims)).rejects.toThrow();
  });

  it("refuses a token from another key pair and an HS256 token keyed with the public key", async () => {
    const other = new TokenSigner({ ...base, ...pair() });
    await expect(signer.verifyAccess(await other.signAccess(claims))).resolves.toBeNull();
    // Algorithm confusion: the public key used as an HMAC secret.
    const forged = await new SignJWT({ email: claims.email, roles: ["admin"] })
      .setProtectedHeader({ alg: "HS256", typ: "at+jwt" })
      .setSubject(claims.sub)
      .setIssuer("meshwork")
      .setAudience("meshwork-api")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(keys.publicKey));
    await expect(signer.verifyAccess(forged)).resolves.toBeNull();
  });
});

describe("TokenSigner with HS256", () => {
  const secret = "s".repeat(40);
  const signer = new TokenSigner({ ...base, algorithm: "HS256", secret, privateKey: null, publicKey: null });
  const uuid = "0b9a0d5e-7f43-4a35-9c1f-3f3c2d1e0a11";

  /** A token signed with the signer's own secret, carrying whatever claims it is given. */
  function signed(typ: string, payload: Record<string, unknown>, sub: string): Promise<string> {
    return new SignJWT(payload)
      .setProtectedHeader({ alg: "HS256", typ })
      .setSubject(sub)
      .setIssuer("meshwork")
      .setAudience("meshwork-api")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(secret));
  }

  it("refuses a correctly signed access token whose sub or sid is not a UUID", async () => {
    await expect(signer.verifyAccess(await signed("at+jwt", { sid: uuid }, uuid))).resolves.toMatchObject({
      sub: uuid,
    });
    await expect(signer.verifyAccess(await signed("at+jwt", { sid: uuid }, "admin"))).resolves.toBeNull();
    await expect(signer.verifyAccess(await signed("at+jwt", { sid: "1 OR 1=1" }, uuid))).resolves.toBeNull();
    // Tokens from before sessions were carried: no sid, no access.
    await expect(signer.verifyAccess(await signed("at+jwt", {}, uuid))).resolves.toBeNull();
  });

  it("refuses a correctly signed refresh token whose ids are not UUIDs", async () => {
    const good = { jti: uuid, fam: uuid };
    await expect(signer.verifyRefresh(await signed("rt+jwt", good, uuid))).resolves.toEqual({ sub: uuid, ...good });
    await expect(signer.verifyRefresh(await signed("rt+jwt", good, "x"))).resolves.toBeNull();
    await expect(signer.verifyRefresh(await signed("rt+jwt", { ...good, jti: "42" }, uuid))).resolves.toBeNull();
    await expect(signer.verifyRefresh(await signed("rt+jwt", { ...good, fam: ["a"] }, uuid))).resolves.toBeNull();
  });
});
