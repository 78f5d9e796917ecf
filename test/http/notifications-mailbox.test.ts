/**
 * The dev mailbox at /dev/mailbox: outside production without SMTP_URL, an HTML list, a page per
 * message and JSON of the mail kept instead of sent; answered to loopback clients only; absent in
 * production and when SMTP_URL is set.
 */
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailbox, waitForMail } from "../support/mail.js";
import {
  api,
  randomSecret,
  signup,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type TestNode,
} from "../support/testkit.js";

/** This machine's first address other than loopback, if it has one. */
const external = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === "IPv4" && !address.internal)?.address;

let node: TestNode;
let client: ApiClient;

beforeAll(async () => {
  // Every interface, so a client can also come from a non-loopback address.
  node = await startTestNode({ RATE_LIMIT: "0", HOST: "0.0.0.0" });
  client = api(node.baseUrl);
});
afterAll(() => node.stop());

async function page(
  path: string,
  host = "127.0.0.1",
): Promise<{ status: number; type: string; text: string; csp: string }> {
  const port = new URL(client.baseUrl).port;
  const res = await fetch(`http://${host}:${port}${path}`);
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    text: await res.text(),
    csp: res.headers.get("content-security-policy") ?? "",
  };
}

describe("/dev/mailbox in embedded dev", () => {
  it("lists kept mail newest first as HTML, filters by recipient, and links a page per message", async () => {
    const ada = await signup(client, uniqueEmail("ada"), undefined, { firstName: "Ada <b>" });
    const [mail] = await waitForMail(client, ada.user.email, "verify-email");

    const list = await page(`/dev/mailbox?to=${encodeURIComponent(ada.user.email)}`);
    expect(list.status).toBe(200);
    expect(list.type).toMatch(/^text\/html/);
    expect(list.text).toContain("Verify your email address for meshwork");
    expect(list.text).toContain(`href="/dev/mailbox/${mail.id}"`);
    expect(list.text).toContain(ada.user.email);
    const all = await page("/dev/mailbox");
    expect(all.text).toContain(`/dev/mailbox/${mail.id}`);

    const message = await page(`/dev/mailbox/${mail.id}`);
    expect(message.status).toBe(200);
    expect(message.type).toMatch(/^text\/html/);
    expect(message.text).toContain(mail.messageId.replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    // The text part as text, the HTML part inside a sandboxed frame, and what the user typed escaped.
    expect(message.text).toContain("Hello Ada &lt;b&gt;,");
    expect(message.text).toMatch(
      /<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="&lt;!doctype html&gt;/,
    );
    expect(message.text).not.toContain("<b>,");
    expect(message.csp).toContain("default-src 'none'");
  });

  it("answers JSON with both parts of every message", async () => {
    const ada = await signup(client);
    await waitForMail(client, ada.user.email, "verify-email");
    const [mail] = await mailbox(client, ada.user.email);
    expect(mail).toMatchObject({
      recipient: ada.user.email,
      sender: "meshwork <no-reply@localhost>",
      template: "verify-email",
      html: expect.stringMatching(/^<!doctype html>/),
      bodyText: expect.stringMatching(/verify-email\?token=/),
      createdAt: expect.any(String),
    });
  });

  it("answers 404 problems for a message that doesn't exist or a malformed id", async () => {
    for (const path of ["/dev/mailbox/00000000-0000-4000-8000-000000000000", "/dev/mailbox/nope"]) {
      const res = await page(path);
      expect(res.status, path).toBe(404);
      expect(res.type).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(res.text)).toMatchObject({ status: 404, code: "NOT_FOUND" });
    }
  });

  it.skipIf(!external)("answers 404 to a client that is not on this machine", async () => {
    const res = await page("/dev/mailbox.json", external);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain("@");
    // The API itself is served on that address as usual.
    expect((await page("/openapi.json", external)).status).toBe(200);
  });
});

describe("/dev/mailbox elsewhere", () => {
  it.each([
    ["with SMTP_URL set", { SMTP_URL: "smtp://127.0.0.1:9" }],
    [
      "in production",
      { NODE_ENV: "production", PAYMENTS_WEBHOOK_SECRETS: `whsec_${Buffer.from(randomSecret(32)).toString("base64")}` },
    ],
  ])("is absent %s", async (_when, env) => {
    const other = await startTestNode(env);
    try {
      const port = new URL(other.baseUrl).port;
      for (const path of ["/dev/mailbox", "/dev/mailbox.json"]) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(res.status, path).toBe(404);
        // The gateway's answer for any path it has no route for.
        expect(await res.json()).toMatchObject({ status: 404, code: "NOT_FOUND", detail: `No route for GET ${path}` });
      }
    } finally {
      await other.stop();
    }
  });
});
