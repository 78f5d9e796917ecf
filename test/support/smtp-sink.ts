/**
 * A real SMTP server (smtp-server) in the test process, on a private port: it accepts every mail
 * and keeps it, parsed just enough to assert on (headers, the text and HTML parts decoded).
 */
import { SMTPServer } from "smtp-server";

export interface SinkMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string;
  headers: Record<string, string>;
  messageId: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

export interface SmtpSink {
  port: number;
  /** smtp://127.0.0.1:<port>, or smtps://… (self-signed: the URL tells the client to accept it). */
  url: string;
  mails: SinkMail[];
  /** The mails to one address. */
  to(address: string): SinkMail[];
  close(): Promise<void>;
}

export interface SinkOptions {
  /** Listen on this port (to come back where a stopped sink was); a free one by default. */
  port?: number;
  /** Implicit TLS (smtps) with smtp-server's built-in self-signed certificate. */
  secure?: boolean;
  /** Milliseconds to hold each message before accepting it (a slow server). */
  delayMs?: number;
}

/** Unfolded headers of one MIME entity, names lower-cased. */
function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Quoted-printable to text: =XX are UTF-8 bytes, soft line breaks (=CRLF) join lines. */
function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const joined = text.replace(/=\r\n/g, "");
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === "=" ? /^[0-9A-F]{2}$/i.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? "").toLowerCase()) {
    case "quoted-printable":
      return decodeQuotedPrintable(body);
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    default:
      return body;
  }
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) in a header value. */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_m, _charset: string, kind: string, text: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}

/** The text and HTML parts of a message, decoded, whether it is multipart or a single part. */
function parts(raw: string): { headers: Record<string, string>; text: string; html: string } {
  const split = raw.indexOf("\r\n\r\n");
  const headers = parseHeaders(raw.slice(0, split));
  const body = raw.slice(split + 4);
  const found = { text: "", html: "" };
  const visit = (entityHeaders: Record<string, string>, entityBody: string) => {
    const type = entityHeaders["content-type"] ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (/^multipart\//i.test(type) && boundary) {
      for (const part of entityBody.split(`--${boundary}`).slice(1)) {
        if (part.startsWith("--")) break;
        const trimmed = part.replace(/^\r\n/, "");
        const at = trimmed.indexOf("\r\n\r\n");
        visit(parseHeaders(trimmed.slice(0, at)), trimmed.slice(at + 4).replace(/\r\n$/, ""));
      }
      return;
    }
    const decoded = decodeBody(entityBody, entityHeaders["content-transfer-encoding"]);
    if (/^text\/html/i.test(type)) found.html = decoded;
    else if (/^text\/plain/i.test(type)) found.text = decoded;
  };
  visit(headers, body);
  return { headers, ...found };
}

export async function startSmtpSink(opts: SinkOptions = {}): Promise<SmtpSink> {
  const mails: SinkMail[] = [];
  const server = new SMTPServer({
    secure: opts.secure ?? false,
    authOptional: true,
    // Plain SMTP on loopback: no STARTTLS offered, so the client doesn't try its self-signed certificate.
    disabledCommands: opts.secure ? ["AUTH"] : ["STARTTLS", "AUTH"],
    logger: false,
    // Closing drops the connections a client keeps open (a pool) at once, as an outage would.
    closeTimeout: 200,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const { headers, text, html } = parts(raw);
        const accept = () => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            headers,
            messageId: headers["message-id"] ?? "",
            subject: decodeWords(headers.subject ?? ""),
            text,
            html,
            raw,
          });
          callback();
        };
        if (opts.delayMs) setTimeout(accept, opts.delayMs);
        else accept();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
  const url = opts.secure ? `smtps://127.0.0.1:${port}?tls.rejectUnauthorized=false` : `smtp://127.0.0.1:${port}`;
  return {
    port,
    url,
    mails,
    to: (address) => mails.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
