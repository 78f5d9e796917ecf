/** JWT access and refresh tokens with jose: HS256 from JWT_SECRET, RS256 from a key pair. */
import { createHash, randomBytes } from "node:crypto";
import { SignJWT, importPKCS8, importSPKI, jwtVerify, type CryptoKey, type JWTPayload } from "jose";
import type { JwtConfig } from "../../config.js";
import { UUID } from "../../lib/uuid.js";

export interface AccessClaims {
  sub: string;
  email: string;
  roles: string[];
  /** The session (refresh-token family) the token belongs to: it dies with it. */
  sid: string;
}

export interface RefreshClaims {
  sub: string;
  jti: string;
  fam: string;
}

type Key = CryptoKey | Uint8Array;

/** Ids in our tokens are UUIDs; anything else, even correctly signed, is not a token of ours. */
const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

export class TokenSigner {
  private signKey: Promise<Key>;
  private verifyKey: Promise<Key>;

  constructor(private readonly cfg: JwtConfig) {
    if (cfg.algorithm === "RS256") {
      this.signKey = cfg.privateKey
        ? importPKCS8(cfg.privateKey, "RS256")
        : Promise.reject(new Error("no private key"));
      this.verifyKey = importSPKI(cfg.publicKey as string, "RS256");
      this.signKey.catch(() => undefined);
    } else {
      const secret = new TextEncoder().encode(cfg.secret as string);
      this.signKey = Promise.resolve(secret);
      this.verifyKey = Promise.resolve(secret);
    }
  }

  get accessTtl(): number {
    return this.cfg.accessTtl;
  }

  get refreshTtl(): number {
    return this.cfg.refreshTtl;
  }

  private async sign(payload: JWTPayload, typ: string, ttl: number): Promise<string> {
    return new SignJWT(payload)
      .setProtectedHeader({ alg: this.cfg.algorithm, typ })
      .setIssuer(this.cfg.issuer)
      .setAudience(this.cfg.audience)
      .setIssuedAt()
      .setExpirationTime(`${ttl}s`)
      .sign(await this.signKey);
  }

  signAccess(claims: AccessClaims): Promise<string> {
    const { sub, ...rest } = claims;
    return this.sign({ ...rest, sub, jti: randomBytes(8).toString("hex") }, "at+jwt", this.cfg.accessTtl);
  }

  signRefresh(claims: RefreshClaims): Promise<string> {
    return this.sign({ ...claims }, "rt+jwt", this.cfg.refreshTtl);
  }

  /** Verifies signature, algorithm, issuer, audience, expiry and token type; null when any fails. */
  private async verify(token: string, typ: string): Promise<JWTPayload | null> {
    try {
      const { payload, protectedHeader } = await jwtVerify(token, await this.verifyKey, {
        algorithms: [this.cfg.algorithm],
        issuer: this.cfg.issuer,
        audience: this.cfg.audience,
        requiredClaims: ["sub", "exp", "iat"],
      });
      return protectedHeader.typ === typ ? payload : null;
    } catch {
      return null;
    }
  }

  async verifyAccess(token: string): Promise<AccessClaims | null> {
    const payload = await this.verify(token, "at+jwt");
    if (!payload || !isUuid(payload.sub) || !isUuid(payload.sid)) return null;
    const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : [];
    return { sub: payload.sub, email: String(payload.email), roles, sid: payload.sid };
  }

  async verifyRefresh(token: string): Promise<RefreshClaims | null> {
    const payload = await this.verify(token, "rt+jwt");
    if (!payload || !isUuid(payload.sub) || !isUuid(payload.jti) || !isUuid(payload.fam)) return null;
    return { sub: payload.sub, jti: payload.jti, fam: payload.fam };
  }
}

/** Opaque high-entropy secrets (one-time tokens, API keys) are stored as SHA-256: fast is fine at 256 bits. */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
