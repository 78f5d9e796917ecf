/**
 * Mail in black-box tests: a test node has no SMTP_URL, so its mail lands in the dev mailbox the
 * gateway serves at /dev/mailbox.json. A user verifies their address as a real one does: with the
 * token in the link of the verification mail.
 */
import { expect } from "vitest";
import { eventually, signup, type ApiClient, type SessionBody } from "./testkit.js";

/** A mail as /dev/mailbox.json shows it. */
export interface KeptMail {
  id: string;
  messageId: string;
  sender: string;
  recipient: string;
  subject: string;
  html: string;
  bodyText: string;
  template: string | null;
  createdAt: string;
}

/** The mail kept for `email`, newest first, optionally of one template. */
export async function mailbox(client: ApiClient, email: string, template?: string): Promise<KeptMail[]> {
  const res = await fetch(`${client.baseUrl}/dev/mailbox.json?to=${encodeURIComponent(email)}`);
  expect(res.status, await res.clone().text()).toBe(200);
  const { rows } = (await res.json()) as { rows: KeptMail[] };
  return template ? rows.filter((m) => m.template === template) : rows;
}

/** Waits until `count` mails of `template` reached `email` (mail is sent asynchronously) and returns them. */
export function waitForMail(
  client: ApiClient,
  email: string,
  template: string,
  count = 1,
  timeoutMs = 15_000,
): Promise<KeptMail[]> {
  return eventually(async () => {
    const mails = await mailbox(client, email, template);
    expect(mails.length, `${template} mails to ${email}`).toBeGreaterThanOrEqual(count);
    return mails;
  }, timeoutMs);
}

/** The `token` query value of the link to `path` in the mail's text part. */
export function tokenInLink(mail: KeptMail, path: string): string {
  const match = new RegExp(`${path.replace(/[/-]/g, "\\$&")}\\?token=([A-Za-z0-9_-]+)`).exec(mail.bodyText);
  expect(match, `a ${path} link in: ${mail.bodyText}`).not.toBeNull();
  return (match as RegExpExecArray)[1];
}

/**
 * Verifies the session's email address through the real flow: the verification mail's link token
 * posted to /auth/verify. Does nothing for an address already verified.
 */
export async function verifyEmail(client: ApiClient, session: SessionBody): Promise<void> {
  const me = await client.get("/users/me", { token: session.accessToken });
  expect(me.status, me.text).toBe(200);
  if (me.body.verifiedAt) return;
  const [mail] = await waitForMail(client, session.user.email, "verify-email");
  const verified = await client.post("/auth/verify", { token: tokenInLink(mail, "/verify-email") });
  expect(verified.status, verified.text).toBe(200);
  expect(verified.body.status).toBe("active");
}

/** Signs up and verifies the address, as a user who read the verification mail. */
export async function signupVerified(client: ApiClient, email?: string): Promise<SessionBody> {
  const session = await signup(client, email);
  await verifyEmail(client, session);
  return session;
}
