/** notifications: every mail template renders with sample data under strict variables; a missing variable is an error. */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  MailTemplates,
  TEMPLATE_NAMES,
  TEMPLATES,
  TEMPLATES_DIR,
  type TemplateName,
  type TemplateVars,
} from "../../services/notifications/templates.js";

const PUBLIC_URL = "https://app.example.test/console";
const templates = new MailTemplates({ product: "meshwork", publicUrl: PUBLIC_URL });

const SAMPLES: { [T in TemplateName]: TemplateVars[T] } = {
  "verify-email": {
    name: "Ada",
    link: templates.link("/verify-email", { token: "tok_verify" }),
    expiresInHours: 24,
  },
  "reset-password": {
    name: "Ada",
    link: templates.link("/reset-password", { token: "tok_reset" }),
    expiresInMinutes: 60,
  },
  invite: {
    inviterName: "Grace Hopper",
    teamName: "Compilers",
    role: "editor",
    link: templates.link("/invites/7d3c"),
    expiresOn: "2026-01-13",
  },
  "charge-failed": {
    name: "Ada",
    teamName: "Compilers",
    amount: "29.00 USD",
    reason: "card declined",
    link: templates.link("/teams/7d3c/billing"),
  },
  "quota-warning": {
    name: "Ada",
    teamName: "Compilers",
    percent: 80,
    used: 800,
    quota: 1000,
    period: "2026-01",
    link: templates.link("/teams/7d3c/usage"),
  },
  "quota-exceeded": {
    name: "Ada",
    teamName: "Compilers",
    used: 1003,
    quota: 1000,
    period: "2026-01",
    link: templates.link("/teams/7d3c/usage"),
  },
  welcome: { name: "Ada", link: templates.link("/") },
};

describe("mail templates", () => {
  it("are the seven the issue names, each with an HTML and a text part beside the service", () => {
    expect([...TEMPLATE_NAMES].sort()).toEqual(
      [
        "charge-failed",
        "invite",
        "quota-exceeded",
        "quota-warning",
        "reset-password",
        "verify-email",
        "welcome",
      ].sort(),
    );
    const files = readdirSync(TEMPLATES_DIR);
    for (const name of TEMPLATE_NAMES) {
      expect(files).toContain(`${name}.html.liquid`);
      expect(files).toContain(`${name}.txt.liquid`);
    }
  });

  it.each(TEMPLATE_NAMES)(
    "%s renders subject, HTML and text with every variable and the link on PUBLIC_URL",
    async (name) => {
      const vars = SAMPLES[name];
      const mail = await templates.render(name, vars as never);
      expect(mail).toMatchObject({ template: name, category: TEMPLATES[name].category });
      expect(mail.subject).not.toMatch(/\{\{|\}\}|undefined|\n/);
      expect(mail.subject.length).toBeGreaterThan(5);
      for (const part of [mail.html, mail.text]) {
        expect(part).toContain(vars.link);
        expect(part).toContain(PUBLIC_URL);
        expect(part).not.toMatch(/\{\{|\{%|undefined|\[object Object\]/);
      }
      expect(mail.html).toMatch(/^<!doctype html>/);
      expect(mail.html).toContain(`<title>${mail.subject.replace(/&/g, "&amp;")}</title>`);
      expect(mail.text).not.toMatch(/<[a-z]/i);
      // Every value the caller gave shows in the text part.
      for (const value of Object.values(vars)) expect(mail.text).toContain(String(value));
      if (TEMPLATES[name].summary) expect(mail.summary).toMatch(/\w/);
      else expect(mail.summary).toBeNull();
    },
  );

  it.each(TEMPLATE_NAMES)("%s refuses to render when any one variable is missing", async (name) => {
    for (const missing of Object.keys(SAMPLES[name])) {
      const vars: Record<string, unknown> = { ...SAMPLES[name] };
      delete vars[missing];
      await expect(templates.render(name, vars as never), `${name} without ${missing}`).rejects.toThrow(
        new RegExp(`undefined variable: ${missing}`),
      );
    }
  });

  it("escapes what users typed in the HTML part and keeps it off the subject's line breaks", async () => {
    const mail = await templates.render("invite", {
      ...SAMPLES.invite,
      inviterName: 'Mallory <script>alert("x")</script>',
      teamName: "Evil\r\nBcc: everyone@example.test",
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("Mallory &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;");
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain("Evil Bcc: everyone@example.test");
    // The text part is plain text: it carries what was typed, as typed.
    expect(mail.text).toContain('Mallory <script>alert("x")</script>');
  });

  it("builds links on PUBLIC_URL with their query encoded", () => {
    expect(templates.link("/verify-email", { token: "a+b/c=" })).toBe(`${PUBLIC_URL}/verify-email?token=a%2Bb%2Fc%3D`);
    expect(templates.link("/")).toBe(`${PUBLIC_URL}/`);
  });

  it("marks verify, reset and invite as security mail, which no preference can stop", () => {
    const security = TEMPLATE_NAMES.filter((name) => TEMPLATES[name].category === "security").sort();
    expect(security).toEqual(["invite", "reset-password", "verify-email"]);
    expect(TEMPLATES["charge-failed"].category).toBe("billing");
    expect(TEMPLATES["quota-warning"].category).toBe("usage");
    expect(TEMPLATES["quota-exceeded"].category).toBe("usage");
    expect(TEMPLATES.welcome.category).toBe("product");
  });
});
