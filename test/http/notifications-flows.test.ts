/**
 * The mail flows end to end over HTTP and the dev mailbox alone, in embedded mode: sign up → the
 * verification mail's link verifies the account; recover → the reset mail's link sets a new
 * password; an invite mail reaches the invitee, whose address must be verified before they answer
 * (a squatter who signed up with it first can't); ADMIN_EMAIL is admin only once verified.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailbox, tokenInLink, verifyEmail, waitForMail } from "../support/mail.js";
import {
  api,
  expectJson,
  expectProblem,
  login,
  signup,
  startTestNode,
  TEST_PASSWORD,
  uniqueEmail,
  type ApiClient,
  type TestNode,
} from "../support/testkit.js";

const ADMIN_EMAIL = uniqueEmail("owner");

let node: TestNode;
let client: ApiClient;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0", ADMIN_EMAIL, PUBLIC_URL: "https://app.example.test" });
  client = api(node.baseUrl);
});
afterAll(() => node.stop());

describe("sign-up and verification", () => {
  it("mails a verification link on PUBLIC_URL whose single-use token verifies the account", async () => {
    const session = await signup(client, uniqueEmail("ada"), TEST_PASSWORD, { firstName: "Ada" });
    expect(session.user.status).toBe("unverified");
    const [mail] = await waitForMail(client, session.user.email, "verify-email");
    expect(mail).toMatchObject({
      recipient: session.user.email,
      sender: "meshwork <no-reply@localhost>",
      subject: "Verify your email address for meshwork",
    });
    expect(mail.bodyText).toContain("Hello Ada,");
    expect(mail.bodyText).toMatch(/https:\/\/app\.example\.test\/verify-email\?token=/);
    expect(mail.html).toContain('href="https://app.example.test/verify-email?token=');

    const token = tokenInLink(mail, "/verify-email");
    const verified = await client.post("/auth/verify", { token });
    expectJson(verified);
    expect(verified.body).toMatchObject({ id: session.user.id, status: "active", verifiedAt: expect.any(String) });
    expect((await client.get("/users/me", { token: session.accessToken })).body.status).toBe("active");
    // Single use: the same link again is refused.
    expectProblem(await client.post("/auth/verify", { token }), 422, "INVALID_TOKEN", node);
    // The account's one verification mail; verifying it brings a welcome.
    expect(await mailbox(client, session.user.email, "verify-email")).toHaveLength(1);
    await waitForMail(client, session.user.email, "welcome");
  });
});

describe("password recovery", () => {
  it("mails a reset link whose token sets a new password; the old one stops working", async () => {
    const session = await signup(client, uniqueEmail("forgetful"));
    const recovered = await client.post("/auth/recover", { email: session.user.email });
    expectJson(recovered, 202);
    const [mail] = await waitForMail(client, session.user.email, "reset-password");
    expect(mail.subject).toBe("Reset your meshwork password");
    const password = "a brand new passphrase 42";
    const reset = await client.post("/auth/reset", { token: tokenInLink(mail, "/reset-password"), password });
    expectJson(reset);
    await login(client, session.user.email, password);
    expectProblem(
      await client.post("/auth/login", { email: session.user.email, password: TEST_PASSWORD }),
      401,
      "INVALID_CREDENTIALS",
      node,
    );
  });

  it("answers 202 for an address with no account, and mails nobody", async () => {
    const nobody = uniqueEmail("nobody");
    expectJson(await client.post("/auth/recover", { email: nobody }), 202);
    // A recovery for a real account, asked for after, arrives: the unknown one's would have too.
    const someone = await signup(client, uniqueEmail("someone"));
    expectJson(await client.post("/auth/recover", { email: someone.user.email }), 202);
    await waitForMail(client, someone.user.email, "reset-password");
    expect(await mailbox(client, nobody)).toEqual([]);
  });
});

describe("invites need a verified address", () => {
  it("mails the invitee; a squatter who signed up with the address first is refused until it is verified", async () => {
    const owner = await signup(client, uniqueEmail("owner"), TEST_PASSWORD, { firstName: "Grace" });
    const team = await client.post("/teams", { name: "Compilers" }, { token: owner.accessToken });
    expectJson(team, 201);
    const invitedEmail = uniqueEmail("invited");
    const invited = await client.post(
      `/teams/${team.body.id}/invites`,
      { emails: [invitedEmail], role: "viewer" },
      { token: owner.accessToken },
    );
    expectJson(invited, 201);
    const inviteId = invited.body.rows[0].id;
    const [mail] = await waitForMail(client, invitedEmail, "invite");
    expect(mail.subject).toBe("Grace invited you to Compilers on meshwork");
    expect(mail.bodyText).toContain(`https://app.example.test/invites/${inviteId}`);

    // Whoever signs up first with the address neither sees the invite nor can take the seat or turn it down.
    const squatter = await signup(client, invitedEmail);
    const mine = await client.get("/invites", { token: squatter.accessToken });
    expectJson(mine);
    expect(mine.body).toMatchObject({ rows: [], total: 0 });
    for (const answer of ["accept", "decline"]) {
      expectProblem(
        await client.post(`/invites/${inviteId}/${answer}`, undefined, { token: squatter.accessToken }),
        403,
        "EMAIL_NOT_VERIFIED",
        node,
      );
    }
    expectProblem(await client.get(`/teams/${team.body.id}`, { token: squatter.accessToken }), 404, "NOT_FOUND", node);
    const pending = await client.get(`/teams/${team.body.id}/invites`, { token: owner.accessToken });
    expect(pending.body.rows).toEqual([expect.objectContaining({ id: inviteId, status: "pending" })]);

    // The address's owner reads the verification mail; then the invite is theirs to see and accept.
    await verifyEmail(client, squatter);
    const verified = await client.get("/invites", { token: squatter.accessToken });
    expect(verified.body.rows.map((i: { id: string }) => i.id)).toEqual([inviteId]);
    const accepted = await client.post(`/invites/${inviteId}/accept`, undefined, { token: squatter.accessToken });
    expectJson(accepted);
    expect(accepted.body).toMatchObject({ teamId: team.body.id, role: "viewer" });
  });
});

describe("ADMIN_EMAIL", () => {
  it("is no admin while unverified, and is one after POST /auth/verify", async () => {
    const owner = await signup(client, ADMIN_EMAIL);
    expect(owner.user.roles).toEqual(["user"]);
    expectProblem(await client.get("/users", { token: owner.accessToken }), 403, "FORBIDDEN", node);
    await verifyEmail(client, owner);
    // The session it already holds carries the role from its next request.
    expectJson(await client.get("/users", { token: owner.accessToken }));
    expect((await client.get("/users/me", { token: owner.accessToken })).body.roles).toEqual(["user", "admin"]);
  });
});
