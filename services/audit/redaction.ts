/** audit: which stored payload fields hold a person's personal data, who reads them in full, and the redaction itself. */
import { roleAtLeast, type TeamRole } from "../../lib/access.js";
import type { AuditEvent } from "./models.js";

/**
 * Field names that hold a person's data wherever they sit in a payload, in every topic. A rule on
 * names rather than a list of event types: a new topic's `email` is hidden by default instead of
 * leaking until someone remembers to list it. `undecoded` is a payload this build can't read, so it
 * can't vouch for what is inside.
 */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set(["email", "firstName", "lastName", "undecoded"]);

/** Personal fields whose names are too generic for the rule above (`to`, `title`), by topic, as dotted paths. */
export const PERSONAL_PATHS: Readonly<Record<string, readonly string[]>> = {
  notifications: ["email.to", "email.subject", "notification.title", "notification.body"],
};

/**
 * The lowest team role that reads a topic's personal fields in full (platform admins always do).
 * Administrators by default: they alone list a team's invites. A topic whose own routes show these
 * fields to lower roles says so here, so the trail shows no less than the domain does.
 */
const FULL_VIEW_ROLE: Readonly<Record<string, TeamRole>> = { customers: "viewer" };
const DEFAULT_FULL_VIEW_ROLE: TeamRole = "administrator";

/** What a redacted field reads: the key stays, so the payload keeps its shape. */
export const REDACTED = null;

/** Whether a member with `role` in the event's team reads its personal fields in full. */
export function seesPersonalData(topic: string, role: TeamRole | null): boolean {
  return roleAtLeast(role, FULL_VIEW_ROLE[topic] ?? DEFAULT_FULL_VIEW_ROLE);
}

/**
 * The event with every personal field of its payload replaced by REDACTED, except a value equal to
 * the reader's own email address: their own data about themself is no secret to them.
 */
export function redactEvent(event: AuditEvent, ownEmail: string | null): AuditEvent {
  const paths = PERSONAL_PATHS[event.topic] ?? [];
  const own = ownEmail?.toLowerCase() ?? null;
  const isOwn = (value: unknown) => own !== null && typeof value === "string" && value.toLowerCase() === own;
  const redact = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => redact(item, path));
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => {
        const at = path ? `${path}.${key}` : key;
        const personal = PERSONAL_FIELDS.has(key) || paths.includes(at);
        if (!personal) return [key, redact(field, at)];
        return [key, field === null || isOwn(field) ? field : REDACTED];
      }),
    );
  };
  return { ...event, payload: redact(event.payload, "") as Record<string, unknown> };
}
