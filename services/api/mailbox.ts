/**
 * The gateway's /dev/mailbox: the mail a node without SMTP_URL kept instead of sending (outside
 * production only), as an HTML list, a page per message, and JSON (`/dev/mailbox.json?to=`).
 * Absent in production and with SMTP_URL; answered to loopback clients only, since the mail
 * holds single-use tokens.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ServiceBroker } from "moleculer";
import type { Config } from "../../config.js";
import { NotFoundError } from "../../lib/errors.js";
import { UUID } from "../../lib/uuid.js";

/** A kept mail as notifications.mailbox answers it (services/notifications/mailbox.actions.ts). */
interface DevMail {
  id: string;
  messageId: string;
  sender: string;
  recipient: string;
  subject: string;
  html: string;
  bodyText: string;
  template: string | null;
  jobId: string | null;
  createdAt: string;
}

interface MailboxRequest extends IncomingMessage {
  $params?: Record<string, unknown>;
}

type Next = (err?: unknown) => void;

export const MAILBOX_PATH = "/dev/mailbox";

/** Whether the gateway serves the dev mailbox: outside production, without SMTP_URL. */
export function servesDevMailbox(config: Pick<Config, "smtpUrl" | "nodeEnv">): boolean {
  return !config.smtpUrl && config.nodeEnv !== "production";
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2933}table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e4e7eb}pre{white-space:pre-wrap;background:#f4f5f7;padding:1rem}
iframe{width:100%;height:40rem;border:1px solid #e4e7eb}a{color:#2563eb}</style></head>
<body>${body}</body></html>`;
}

function listPage(rows: DevMail[], to: string | undefined): string {
  const items = rows
    .map(
      (m) => `<tr><td>${escapeHtml(m.createdAt)}</td><td>${escapeHtml(m.recipient)}</td>
<td><a href="${MAILBOX_PATH}/${m.id}">${escapeHtml(m.subject)}</a></td><td>${escapeHtml(m.template ?? "")}</td></tr>`,
    )
    .join("");
  const filter = to ? ` to ${escapeHtml(to)} (<a href="${MAILBOX_PATH}">all</a>)` : "";
  return page(
    "Dev mailbox",
    `<h1>Dev mailbox</h1><p>Mail this node kept instead of sending (no SMTP_URL)${filter}, newest first.
<a href="${MAILBOX_PATH}.json${to ? `?to=${encodeURIComponent(to)}` : ""}">JSON</a></p>
<table><thead><tr><th>When</th><th>To</th><th>Subject</th><th>Template</th></tr></thead><tbody>${
      items || '<tr><td colspan="4">No mail yet.</td></tr>'
    }</tbody></table>`,
  );
}

function messagePage(m: DevMail): string {
  return page(
    m.subject,
    `<p><a href="${MAILBOX_PATH}">← all mail</a></p><h1>${escapeHtml(m.subject)}</h1>
<table><tr><th>From</th><td>${escapeHtml(m.sender)}</td></tr><tr><th>To</th><td>${escapeHtml(m.recipient)}</td></tr>
<tr><th>Date</th><td>${escapeHtml(m.createdAt)}</td></tr><tr><th>Message-ID</th><td>${escapeHtml(m.messageId)}</td></tr>
<tr><th>Template</th><td>${escapeHtml(m.template ?? "")}</td></tr></table>
<h2>HTML part</h2><iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(m.html)}"></iframe>
<h2>Text part</h2><pre>${escapeHtml(m.bodyText)}</pre>`,
  );
}

function send(res: ServerResponse, type: string, body: string): void {
  res.setHeader("Content-Type", `${type}; charset=utf-8`);
  res.setHeader("Cache-Control", "no-store");
  // The mail's own HTML runs in a sandboxed frame: no scripts, no requests beyond inline styles.
  res.setHeader(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'",
  );
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.end(body);
}

function recipientOf(req: MailboxRequest): string | undefined {
  const to = req.$params?.to;
  return typeof to === "string" && to.trim() ? to.trim().slice(0, 254) : undefined;
}

/** The route the gateway adds under `/dev` when it serves the mailbox. */
export function devMailboxRoute(broker: ServiceBroker): object {
  const list = (to: string | undefined) =>
    broker.call<{ rows: DevMail[] }, object>("notifications.mailbox", to ? { to } : {});
  /** Loopback only: anyone else is told there is nothing here. */
  const local = (handler: (req: MailboxRequest, res: ServerResponse) => Promise<void>) =>
    function (req: MailboxRequest, res: ServerResponse, next: Next): void {
      if (!LOOPBACK.test(req.socket.remoteAddress ?? "")) {
        next(new NotFoundError("page"));
        return;
      }
      handler(req, res).catch(next);
    };
  return {
    name: "dev-mailbox",
    path: "/dev",
    mappingPolicy: "restrict",
    authentication: false,
    authorization: false,
    bodyParsers: false,
    aliases: {
      "GET /mailbox": local(async (req, res) => {
        const to = recipientOf(req);
        send(res, "text/html", listPage((await list(to)).rows, to));
      }),
      "GET /mailbox.json": local(async (req, res) => {
        send(res, "application/json", JSON.stringify(await list(recipientOf(req))));
      }),
      "GET /mailbox/:id": local(async (req, res) => {
        const id = req.$params?.id;
        if (typeof id !== "string" || !UUID.test(id)) throw new NotFoundError("message");
        send(res, "text/html", messagePage(await broker.call<DevMail, object>("notifications.mailboxMessage", { id })));
      }),
    },
  };
}
