/**
 * /docs as a frontend developer meets it, in headless Chromium (Debian's `chromium`, driven by
 * puppeteer-core): the page loads from the gateway alone (every request off this gateway is refused,
 * as offline), without console errors or CSP violations, lists every tag of /openapi.json, and its own
 * "Try it out" signs up (201), then, with the token entered in Authorize, reads the profile (200).
 */
import { existsSync } from "node:fs";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, uniqueEmail, TEST_PASSWORD, type TestNode } from "../support/testkit.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let node: TestNode;
let browser: Browser;
let page: Page;
/** Requests the page tried to make anywhere but the gateway (refused). */
const offsite: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  node = await startTestNode();
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in a container has no user namespace for Chromium's sandbox.
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  page = await browser.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (err) => consoleErrors.push(String(err)));
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url().startsWith(node.baseUrl) || request.url().startsWith("data:")) return void request.continue();
    offsite.push(request.url());
    void request.abort();
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await node?.stop();
});

/** Expands an operation of the loaded page and presses its "Try it out". */
async function tryOut(tag: string, operationId: string): Promise<string> {
  const block = `#operations-${tag}-${operationId}`;
  await page.waitForSelector(`${block} .opblock-summary-control`);
  if (!(await page.$(`${block} .try-out__btn`))) await page.click(`${block} .opblock-summary-control`);
  await page.waitForSelector(`${block} .try-out__btn`);
  await page.click(`${block} .try-out__btn`);
  return block;
}

/** In the page: sets a React-controlled field as typing would (its own value setter, then an input event). */
function setFieldValue(field: { dispatchEvent(event: Event): boolean }, text: string): void {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value")?.set?.call(field, text);
  field.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Executes the operation and reads the live response's status and body as the page shows them. */
async function execute(block: string): Promise<{ status: string; body: string }> {
  await page.click(`${block} .btn.execute`);
  const status = `${block} .live-responses-table .response .response-col_status`;
  await page.waitForSelector(status, { timeout: 20_000 });
  return page.$eval(`${block} .live-responses-table .response`, (row) => ({
    status: row.querySelector(".response-col_status")?.textContent?.trim() ?? "",
    body: row.querySelector(".response-col_description pre")?.textContent ?? "",
  }));
}

describe("the API reference at /docs", () => {
  it("is sent with a CSP that allows only this origin, and the security headers", async () => {
    for (const path of ["/docs", "/openapi.json", "/docs/swagger-ui-bundle.js"]) {
      const res = await fetch(`${node.baseUrl}${path}`);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
    }
    const html = await (await fetch(`${node.baseUrl}/docs`)).text();
    // Its own copy of Swagger UI, no inline script, and a list of routes for a browser without JavaScript.
    expect(html).toContain('src="/docs/swagger-ui-bundle.js"');
    expect(html).not.toMatch(/<script>[^<]/);
    expect(html).toMatch(/<noscript>[\s\S]*POST \/api\/v1\/auth\/signup/);
  });

  it("loads from the gateway alone, without console errors, and lists every tag", async () => {
    await page.goto(`${node.baseUrl}/docs`, { waitUntil: "networkidle0" });
    await page.waitForSelector(".opblock-tag-section");
    const shown = await page.$$eval(".opblock-tag", (tags) => tags.map((tag) => tag.getAttribute("data-tag")));
    const spec = (await (await fetch(`${node.baseUrl}/openapi.json`)).json()) as { tags: { name: string }[] };
    expect(shown.sort()).toEqual(spec.tags.map((tag) => tag.name).sort());
    expect(shown).toEqual(expect.arrayContaining(["users", "teams", "projects", "billing"]));
    expect(offsite).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("signs up through the page's own try-it (201), then reads the profile with the token entered in Authorize", async () => {
    const email = uniqueEmail("docs");
    await page.goto(`${node.baseUrl}/docs`, { waitUntil: "networkidle0" });
    const signup = await tryOut("users", "signup");
    const body = `${signup} textarea.body-param__text`;
    await page.waitForSelector(body);
    await page.$eval(body, setFieldValue, JSON.stringify({ email, password: TEST_PASSWORD, firstName: "Ada" }));
    const signedUp = await execute(signup);
    expect(signedUp.status).toBe("201");
    const session = JSON.parse(signedUp.body) as { accessToken: string; user: { email: string } };
    expect(session.user.email).toBe(email);

    // Authorize: the dialog's first scheme is the bearer token.
    await page.click(".auth-wrapper .authorize");
    await page.waitForSelector(".auth-container input");
    const [bearer] = await page.$$(".auth-container");
    expect(await bearer.$eval("h4", (h) => h.textContent)).toContain("bearer");
    await bearer.$eval("input", setFieldValue, session.accessToken);
    await (await bearer.$(".auth-btn-wrapper .authorize"))!.click();
    await page.click(".auth-btn-wrapper .btn-done");

    const me = await tryOut("users", "getMe");
    const profile = await execute(me);
    expect(profile.status).toBe("200");
    expect(JSON.parse(profile.body)).toMatchObject({ email, firstName: "Ada" });
    expect(offsite).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
