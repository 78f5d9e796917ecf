/**
 * users: what an email address, a password and a piece of profile text may be, as validator rules.
 * Emails are normalised (NFKC, trimmed, lower case); passwords follow NIST SP 800-63B §5.1.1.2.
 */
import { readFileSync } from "node:fs";

/** An error a fastest-validator `custom` check reports; `message` is what the problem's `errors[]` shows. */
interface RuleError {
  type: string;
  message: string;
  actual?: unknown;
}

/** What fastest-validator hands a `custom` check besides the value: `data` is the whole params object. */
interface RuleContext {
  data?: Record<string, unknown>;
}

// --- emails ----------------------------------------------------------------------------

/** Control, format (zero-width, bidi), and line/paragraph separator characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** Top-level domains that can never receive mail (RFC 2606, RFC 6761). */
const RESERVED_TLDS = new Set(["invalid", "localhost"]);
/** Where deleted accounts' addresses go: reserved, so no one can sign up with one. */
export const ANONYMISED_DOMAIN = "deleted.invalid";
export const EMAIL_MAX = 254;

/** The one spelling of an address: compatibility forms folded (NFKC), trimmed, lower case. */
export function normalizeEmail(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}

/** Why a normalised address is refused (the shape checks fastest-validator's own pattern leaves out), or null. */
export function emailProblem(address: string): string | null {
  if (INVISIBLE.test(address)) return "must not contain control or invisible characters";
  if (address.length > EMAIL_MAX) return `must be at most ${EMAIL_MAX} characters`;
  const at = address.lastIndexOf("@");
  if (at < 1) return "must be an email address";
  if (at > 64) return "must have at most 64 characters before the @";
  const domain = address.slice(at + 1);
  if (domain.endsWith(".")) return "must not end with a dot";
  const labels = domain.split(".");
  if (labels.length < 2 || labels.some((label) => label === "")) return "must have a valid domain";
  if (RESERVED_TLDS.has(labels[labels.length - 1])) return "uses a reserved domain that cannot receive mail";
  return null;
}

/** The validator's last step on an email: normalise, then refuse what the basic pattern lets through. */
function checkEmail(value: unknown, errors: RuleError[]): unknown {
  if (typeof value !== "string" || !value.includes("@")) return value; // the type check has said so already
  const address = normalizeEmail(value);
  const problem = emailProblem(address);
  if (problem) errors.push({ type: "email", message: problem, actual: value });
  return address;
}

/** An email coming in (sign-up, login, recovery, admin lookups): normalised and checked. */
export const email = { type: "email", normalize: true, max: EMAIL_MAX, custom: checkEmail } as const;

// --- passwords -------------------------------------------------------------------------

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Lower-cased entries of common-passwords.txt (one a line; `#` starts a comment line). */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.normalize("NFKC").toLowerCase());
}

/**
 * Why a new password is refused, or null: too short (in characters, not UTF-16 units), only
 * whitespace, containing the account's email name (when that has 3+ characters), or common.
 * Any other character is allowed and kept as typed (the hash covers its NFKC form).
 */
export function passwordProblem(password: string, emailAddress?: string): string | null {
  const normalized = password.normalize("NFKC");
  if ([...normalized].length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (normalized.trim() === "") return "must not be only spaces";
  const lower = normalized.toLowerCase();
  const local = emailAddress ? normalizeEmail(emailAddress).split("@")[0] : "";
  if (local.length >= 3 && lower.includes(local)) return "must not contain the name part of your email address";
  if (COMMON_PASSWORDS.has(lower)) return "is too common; choose one that is harder to guess";
  return null;
}

/** The validator's last step on a new password; on sign-up it also sees the email beside it. */
function checkPassword(value: unknown, errors: RuleError[], ...rest: unknown[]): unknown {
  // Under `min` in UTF-16 units the rule itself has refused it.
  if (typeof value !== "string" || value.length < PASSWORD_MIN) return value;
  const context = rest[3] as RuleContext | undefined;
  const beside = context?.data?.email;
  const problem = passwordProblem(value, typeof beside === "string" ? beside : undefined);
  if (problem) errors.push({ type: "password", message: problem });
  return value;
}

/**
 * A new password (sign-up, reset, change). Any character is kept as typed, NUL included: a password is
 * hashed, never stored as text (`allowNul` opts out of the broker-wide NUL refusal, lib/validation.ts).
 */
export const password = {
  type: "string",
  min: PASSWORD_MIN,
  max: PASSWORD_MAX,
  allowNul: true,
  custom: checkPassword,
} as const;

/** A password to check (login, the current one on a change): any string, since old ones predate the policy. */
export const givenPassword = { type: "string", min: 1, max: PASSWORD_MAX, allowNul: true } as const;

// --- profile text ----------------------------------------------------------------------

/**
 * Refuses control characters with 422, never rewriting the text. NUL, which PostgreSQL text can't hold
 * at all, is refused for every string by the broker's validator (lib/validation.ts) with its own message.
 */
function checkText(value: unknown, errors: RuleError[]): unknown {
  if (typeof value === "string" && /\p{Cc}/u.test(value.replaceAll("\u0000", ""))) {
    errors.push({ type: "string", message: "must not contain control characters" });
  }
  return value;
}

/**
 * A first or last name. A fresh rule per field: fastest-validator skips the custom check of a rule
 * object that appears twice in one schema.
 */
export const name = () =>
  ({ type: "string", max: 100, trim: true, optional: true, nullable: true, custom: checkText }) as const;

export const description = { type: "string", min: 1, max: 200, trim: true, custom: checkText } as const;

/** A search in emails: compared in their normalised form. */
function checkSearch(value: unknown, errors: RuleError[]): unknown {
  if (typeof value !== "string") return value;
  checkText(value, errors);
  return value.normalize("NFKC").toLowerCase();
}

export const emailSearch = { type: "string", max: 100, optional: true, custom: checkSearch } as const;
