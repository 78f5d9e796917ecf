/**
 * notifications: the mail templates beside the service (templates/<name>.html.liquid and
 * <name>.txt.liquid), rendered by liquidjs with strict variables: a variable a template uses and
 * the caller didn't give is an error, never an empty hole in a mail.
 */
import { fileURLToPath } from "node:url";
import { Liquid } from "liquidjs";
import type { Category, MailCategory } from "./models.js";

export const TEMPLATES_DIR = fileURLToPath(new URL("./templates", import.meta.url));

/** What each template needs, besides `product` and `publicUrl`, which every one gets. */
export interface TemplateVars {
  "verify-email": { name: string; link: string; expiresInHours: number };
  "reset-password": { name: string; link: string; expiresInMinutes: number };
  invite: { inviterName: string; teamName: string; role: string; link: string; expiresOn: string };
  "charge-failed": { name: string; teamName: string; amount: string; reason: string; link: string };
  "quota-warning": {
    name: string;
    teamName: string;
    percent: number;
    used: number;
    quota: number;
    period: string;
    link: string;
  };
  "quota-exceeded": { name: string; teamName: string; used: number; quota: number; period: string; link: string };
  welcome: { name: string; link: string };
}

export type TemplateName = keyof TemplateVars;

interface TemplateSpec {
  category: MailCategory;
  /** Liquid source of the subject line (plain text). */
  subject: string;
  /** Liquid source of the inbox entry's body, for templates that also land in the inbox. */
  summary?: string;
}

/** Security mail (verify, reset, invite) always goes; the others follow the recipient's preferences. */
export const TEMPLATES: Record<TemplateName, TemplateSpec> = {
  "verify-email": { category: "security", subject: "Verify your email address for {{ product }}" },
  "reset-password": { category: "security", subject: "Reset your {{ product }} password" },
  invite: { category: "security", subject: "{{ inviterName }} invited you to {{ teamName }} on {{ product }}" },
  "charge-failed": {
    category: "billing",
    subject: "A payment for {{ teamName }} failed",
    summary: "A payment of {{ amount }} for {{ teamName }} failed: {{ reason }}. Update the payment method.",
  },
  "quota-warning": {
    category: "usage",
    subject: "{{ teamName }} has used {{ percent }}% of its requests for {{ period }}",
    summary: "{{ teamName }} has used {{ used }} of {{ quota }} metered requests for {{ period }}.",
  },
  "quota-exceeded": {
    category: "usage",
    subject: "{{ teamName }} has used all its requests for {{ period }}",
    summary: "{{ teamName }} has used all {{ quota }} metered requests of its plan for {{ period }}.",
  },
  welcome: {
    category: "product",
    subject: "Welcome to {{ product }}",
    summary: "Your address is verified and your account is ready.",
  },
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

export interface RenderedMail {
  template: TemplateName;
  category: MailCategory;
  subject: string;
  html: string;
  text: string;
  /** The inbox entry's body, when the template has one. */
  summary: string | null;
}

export interface TemplateBase {
  /** The product's name as mails show it. */
  product: string;
  /** PUBLIC_URL: the base every link is built on. */
  publicUrl: string;
}

/** A header value on one line: a team name with a line break must not forge mail headers. */
const oneLine = (value: string) => value.replace(/[\r\n\t]+/g, " ").trim();

export class MailTemplates {
  private readonly html: Liquid;
  private readonly text: Liquid;

  constructor(
    private readonly base: TemplateBase,
    root = TEMPLATES_DIR,
  ) {
    const common = { root, strictVariables: true, strictFilters: true, cache: true };
    // HTML escapes every output (a team named "<script>" stays text); the text part is plain text.
    this.html = new Liquid({ ...common, outputEscape: "escape" });
    this.text = new Liquid(common);
  }

  /** The subject, HTML and text parts (and inbox summary) of one mail; throws on any missing variable. */
  async render<T extends TemplateName>(template: T, vars: TemplateVars[T]): Promise<RenderedMail> {
    const spec = TEMPLATES[template];
    const scope = { ...this.base, ...vars };
    const subject = oneLine(await this.text.parseAndRender(spec.subject, scope));
    const [html, text, summary] = await Promise.all([
      this.html.renderFile(`${template}.html.liquid`, { ...scope, subject }),
      this.text.renderFile(`${template}.txt.liquid`, scope),
      spec.summary ? this.text.parseAndRender(spec.summary, scope) : Promise.resolve(null),
    ]);
    return { template, category: spec.category, subject, html: String(html), text: String(text).trim(), summary };
  }

  /** A link on PUBLIC_URL: `path` with its query (values encoded). */
  link(path: string, query: Record<string, string> = {}): string {
    const search = new URLSearchParams(query).toString();
    return `${this.base.publicUrl}${path}${search ? `?${search}` : ""}`;
  }
}

/** Whether a template's mail follows preferences, and which category's. */
export function preferenceCategory(template: TemplateName): Category | null {
  const { category } = TEMPLATES[template];
  return category === "security" ? null : category;
}
