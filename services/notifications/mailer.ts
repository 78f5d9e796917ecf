/**
 * notifications: where mail goes. nodemailer's pooled SMTP transport over SMTP_URL (smtp: or smtps:),
 * or, outside production without SMTP_URL, the dev mailbox: a table the gateway shows at /dev/mailbox.
 */
import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "../../config.js";

/** One rendered mail, ready to go. */
export interface OutgoingMail {
  /** The job's id: the Message-ID is built from it, so a resent mail is recognisably the same one. */
  jobId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  template: string;
}

export interface Delivery {
  messageId: string;
}

/** A mail as the dev mailbox keeps it. */
export interface KeptMail {
  messageId: string;
  sender: string;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  template: string;
  jobId: string;
}

export interface MailTransport {
  /** Where mail goes, for logs and `npm start` (no credentials). */
  readonly description: string;
  send(mail: OutgoingMail): Promise<Delivery>;
  close(): void;
}

/** The domain part of MAIL_FROM, for Message-IDs. */
function domainOf(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split("@")[1] ?? "localhost";
}

function messageIdOf(mail: OutgoingMail, from: string): string {
  return `<${mail.jobId}@${domainOf(from)}>`;
}

/** A URL's scheme, host and port, never its credentials. */
export function smtpDescription(url: string): string {
  const parsed = new URL(url);
  return `SMTP ${parsed.protocol}//${parsed.host}`;
}

export class SmtpTransport implements MailTransport {
  readonly description: string;
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.description = smtpDescription(url);
    // Pooled connections; short timeouts so a dead server fails the attempt (and its backoff
    // starts) instead of holding the worker. Options in the URL's query win, e.g. ?pool=false.
    this.transporter = nodemailer.createTransport({
      url,
      pool: true,
      maxConnections: 5,
      maxMessages: 100,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<Delivery> {
    const messageId = messageIdOf(mail, this.from);
    await this.transporter.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId,
      headers: { "Auto-Submitted": "auto-generated", "X-Meshwork-Template": mail.template },
    });
    return { messageId };
  }

  close(): void {
    this.transporter.close();
  }
}

/** Mail kept in the notifications database, shown by the gateway at /dev/mailbox. */
export class DevMailbox implements MailTransport {
  readonly description = "the dev mailbox (/dev/mailbox on the gateway)";

  constructor(
    private readonly keep: (mail: KeptMail) => Promise<void>,
    private readonly from: string,
  ) {}

  async send(mail: OutgoingMail): Promise<Delivery> {
    const messageId = messageIdOf(mail, this.from);
    await this.keep({
      messageId,
      sender: this.from,
      recipient: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      template: mail.template,
      jobId: mail.jobId,
    });
    return { messageId };
  }

  close(): void {}
}

/** Whether this node keeps mail in the dev mailbox: outside production, without SMTP_URL. */
export function usesDevMailbox(config: Pick<Config, "smtpUrl" | "nodeEnv">): boolean {
  return !config.smtpUrl && config.nodeEnv !== "production";
}

/** The node's transport; null in production without SMTP_URL (mail waits, queued, until it is set). */
export function transportFor(config: Config, keep: (mail: KeptMail) => Promise<void>): MailTransport | null {
  if (config.smtpUrl) return new SmtpTransport(config.smtpUrl, config.mailFrom);
  if (usesDevMailbox(config)) return new DevMailbox(keep, config.mailFrom);
  return null;
}

/** Where this node's mail goes, in one line (bin/start.ts prints it). */
export function mailDestination(config: Config): string {
  if (config.smtpUrl) return smtpDescription(config.smtpUrl);
  if (usesDevMailbox(config)) return "dev mailbox";
  return "nowhere: SMTP_URL is not set, mail stays queued";
}
