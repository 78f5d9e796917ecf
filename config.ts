/** The one place that reads the environment (DESIGN §3): every variable with a default, a check and a line of doc. */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = "ConfigError";
  }
}

export interface Config {
  /** Gateway HTTP port. */
  port: number;
  /** Address the gateway, health and metrics servers bind to. */
  host: string;
  /** `/live` and `/ready` on every node. */
  healthPort: number;
  /** Prometheus `/metrics` on every node (0 = off). */
  metricsPort: number;
  /** Moleculer transporter URL; unset = single process. */
  transporter: string | null;
  /** PostgreSQL URL; unset = embedded PGlite in dataDir. */
  databaseUrl: string | null;
  /** Embedded database and generated secrets live here. */
  dataDir: string;
  /** Redis URL for the shared cacher; unset = in-memory cacher. */
  redisUrl: string | null;
  /** Service discovery, e.g. etcd3://host:2379; unset = the transporter's own. */
  discoverer: string | null;
  /** Service names this node loads; null = all. */
  services: string[] | null;
  namespace: string;
  nodeId: string | null;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace";
  logFormat: "json" | "pretty";
  jwt: JwtConfig;
  corsOrigins: string[];
  /** Gateway requests per minute per client address; 0 = off. */
  rateLimit: number;
  mixpanel: { token: string | null; host: string | null; protocol: "http" | "https" };
  /** Email globs whose actors' events analytics never forwards (ANALYTICS_IGNORE). */
  analyticsIgnore: string[];
  /** Outgoing mail over SMTP (smtp: or smtps:); unset = the dev mailbox outside production. */
  smtpUrl: string | null;
  /** The From of every mail: an address, or `Name <address>`. */
  mailFrom: string;
  /** Base URL the links in mails are built on (no trailing slash). */
  publicUrl: string;
  adminEmail: string | null;
  /** Proxy addresses whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  /** Whether this node's outbox relay publishes events (off: rows wait for another node's relay). */
  outboxRelay: boolean;
  nodeEnv: "development" | "production" | "test";
  /** Tiers, the payment provider and its webhooks, the test clock (DESIGN §6 billing). */
  billing: BillingConfig;
}

export const TIER_IDS = ["free", "pro", "team"] as const;
export type TierId = (typeof TIER_IDS)[number];

/** A billing tier; its rank is its place in TIER_IDS (free < pro < team), never its price. */
export interface TierConfig {
  id: TierId;
  name: string;
  rank: number;
  /** Price of one monthly period, integer cents. */
  priceCents: number;
  requestsPerMonth: number;
  /** Cents per 100 requests past the quota, paid from the balance; null = a hard stop at the quota. */
  overageCentsPer100: number | null;
}

export interface BillingConfig {
  /** In rank order. */
  tiers: TierConfig[];
  paymentsProvider: "fake";
  /** `whsec_<base64>` secrets, newest first: the newest signs, any of them verifies. */
  webhookSecrets: string[];
  /** Where the provider posts outcomes; null = this node's own gateway (the port it bound when PORT=0). */
  webhookUrl: string | null;
  /** Whether an admin may move the platform clock (never in production). */
  testClock: boolean;
}

export interface JwtConfig {
  algorithm: "HS256" | "RS256";
  secret: string | null;
  privateKey: string | null;
  publicKey: string | null;
  /** Seconds. */
  accessTtl: number;
  /** Seconds. */
  refreshTtl: number;
  issuer: string;
  audience: string;
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace"] as const;
const NODE_ENVS = ["development", "production", "test"] as const;

function text(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function integer(env: Env, name: string, fallback: number, min = 0, max = 65535): number {
  const raw = text(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === null) return fallback;
  if (!allowed.includes(raw as T)) throw new ConfigError(name, `must be one of ${allowed.join(", ")}, got "${raw}"`);
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = text(env, name);
  if (raw === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(" or ")}, got ${parsed.protocol}`);
  }
  return raw;
}

function list(env: Env, name: string): string[] {
  const raw = text(env, name);
  return raw
    ? raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** Durations as seconds or with a unit: 900, 15m, 12h, 30d. */
function duration(env: Env, name: string, fallback: number): number {
  const raw = text(env, name);
  if (raw === null) return fallback;
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw);
  if (!match) throw new ConfigError(name, `must be a duration like 900, 15m, 12h or 30d, got "${raw}"`);
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2]] ?? 1;
  const seconds = Number(match[1]) * unit;
  if (seconds < 1) throw new ConfigError(name, "must be at least one second");
  return seconds;
}

/** A dev secret generated once and kept in DATA_DIR (file `name`), so tokens and signatures survive restarts. */
function devSecret(dataDir: string, name = "jwt-secret", make = () => randomBytes(48).toString("base64url")): string {
  if (dataDir.startsWith("memory://")) return make();
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = make();
  try {
    // "wx": two first starts at once keep one secret, not each their own.
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return readFileSync(file, "utf8").trim();
  }
  return secret;
}

function pem(env: Env, name: string): string | null {
  const raw = text(env, name);
  // Kubernetes secrets and .env files often carry PEM with literal \n.
  return raw ? raw.replace(/\\n/g, "\n") : null;
}

function jwtConfig(env: Env, nodeEnv: Config["nodeEnv"], dataDir: string): { jwt: JwtConfig; generated: boolean } {
  const privateKey = pem(env, "JWT_PRIVATE_KEY");
  const publicKey = pem(env, "JWT_PUBLIC_KEY");
  let secret = text(env, "JWT_SECRET");
  let generated = false;
  if (privateKey && !publicKey) throw new ConfigError("JWT_PUBLIC_KEY", "is required with JWT_PRIVATE_KEY");
  if (!privateKey && !publicKey && !secret) {
    if (nodeEnv === "production") {
      throw new ConfigError("JWT_SECRET", "is required in production (or JWT_PRIVATE_KEY/JWT_PUBLIC_KEY)");
    }
    secret = devSecret(dataDir);
    generated = true;
  }
  if (secret && secret.length < 32) throw new ConfigError("JWT_SECRET", "must be at least 32 characters");
  return {
    generated,
    jwt: {
      algorithm: publicKey ? "RS256" : "HS256",
      secret,
      privateKey,
      publicKey,
      accessTtl: duration(env, "JWT_ACCESS_TTL", 15 * 60),
      refreshTtl: duration(env, "JWT_REFRESH_TTL", 30 * 86400),
      issuer: "meshwork",
      audience: "meshwork-api",
    },
  };
}

const DEFAULT_TIERS: Record<TierId, Omit<TierConfig, "id" | "rank">> = {
  free: { name: "Free", priceCents: 0, requestsPerMonth: 1_000, overageCentsPer100: null },
  pro: { name: "Pro", priceCents: 2_900, requestsPerMonth: 100_000, overageCentsPer100: 1 },
  team: { name: "Team", priceCents: 9_900, requestsPerMonth: 1_000_000, overageCentsPer100: 1 },
};

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** One tier's TIERS override, checked field by field. */
function tierOverride(id: string, raw: unknown): Partial<TierConfig> {
  const where = `tier "${id}"`;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new ConfigError("TIERS", `${where} must be an object`);
  const fields = raw as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!["name", "priceCents", "requestsPerMonth", "overageCentsPer100"].includes(key)) {
      throw new ConfigError("TIERS", `${where} has an unknown field "${key}"`);
    }
  }
  const { name, priceCents, requestsPerMonth, overageCentsPer100 } = fields;
  if (name !== undefined && (typeof name !== "string" || !name.trim() || name.length > 50)) {
    throw new ConfigError("TIERS", `${where}: name must be 1 to 50 characters`);
  }
  if (priceCents !== undefined && !isCount(priceCents)) {
    throw new ConfigError("TIERS", `${where}: priceCents must be a whole number of cents ≥ 0`);
  }
  if (requestsPerMonth !== undefined && !isCount(requestsPerMonth)) {
    throw new ConfigError("TIERS", `${where}: requestsPerMonth must be a whole number ≥ 0`);
  }
  if (overageCentsPer100 !== undefined && overageCentsPer100 !== null && !isCount(overageCentsPer100)) {
    throw new ConfigError("TIERS", `${where}: overageCentsPer100 must be a whole number of cents ≥ 0, or null`);
  }
  return fields as Partial<TierConfig>;
}

/** TIERS: JSON keyed by tier id, merged over the defaults (DESIGN §6). */
function tiers(env: Env): TierConfig[] {
  const raw = text(env, "TIERS");
  let overrides: Record<string, unknown> = {};
  if (raw !== null) {
    try {
      overrides = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      throw new ConfigError("TIERS", "is not valid JSON");
    }
    if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
      throw new ConfigError("TIERS", `must be a JSON object keyed by tier id (${TIER_IDS.join(", ")})`);
    }
    const unknown = Object.keys(overrides).filter((id) => !(TIER_IDS as readonly string[]).includes(id));
    if (unknown.length)
      throw new ConfigError("TIERS", `unknown tier ${unknown.join(", ")}; known: ${TIER_IDS.join(", ")}`);
  }
  const merged = TIER_IDS.map((id, rank) => ({
    ...DEFAULT_TIERS[id],
    ...(overrides[id] === undefined ? {} : tierOverride(id, overrides[id])),
    id,
    rank,
  }));
  // A failed renewal falls back to free: it can't cost anything.
  if (merged[0].priceCents !== 0) throw new ConfigError("TIERS", "the free tier must cost 0");
  return merged;
}

/** PAYMENTS_WEBHOOK_SECRETS: `whsec_<base64>` of 24 to 64 bytes each (Standard Webhooks), newest first. */
function webhookSecrets(env: Env): string[] {
  const secrets = list(env, "PAYMENTS_WEBHOOK_SECRETS");
  for (const [i, secret] of secrets.entries()) {
    const body = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : null;
    const bytes = body && /^[A-Za-z0-9+/]+={0,2}$/.test(body) ? Buffer.from(body, "base64").length : 0;
    if (bytes < 24 || bytes > 64) {
      throw new ConfigError(
        "PAYMENTS_WEBHOOK_SECRETS",
        `secret ${i + 1} must be whsec_ followed by 24 to 64 bytes of base64`,
      );
    }
  }
  return secrets;
}

/** Billing settings; a missing webhook secret is dealt with last (see loadConfig). */
function billingConfig(env: Env, nodeEnv: Config["nodeEnv"]): BillingConfig {
  const testClock = oneOf(env, "TEST_CLOCK", ["0", "1"] as const, "0") === "1";
  if (testClock && nodeEnv === "production") throw new ConfigError("TEST_CLOCK", "is refused with NODE_ENV=production");
  return {
    tiers: tiers(env),
    paymentsProvider: oneOf(env, "PAYMENTS_PROVIDER", ["fake"] as const, "fake"),
    webhookSecrets: webhookSecrets(env),
    webhookUrl: url(env, "PAYMENTS_WEBHOOK_URL", ["http:", "https:"]),
    testClock,
  };
}

export interface LoadedConfig extends Config {
  /** Warnings to log once the logger exists. */
  warnings: string[];
}

/** MAIL_FROM: `address` or `Name <address>`, on one line (a line break would forge headers). */
function mailFrom(env: Env): string {
  const raw = text(env, "MAIL_FROM");
  if (raw === null) return "meshwork <no-reply@localhost>";
  const address = /^[^@\s<>]+@[^@\s<>]+$/;
  const named = /^[^<>\r\n"]*<[^@\s<>]+@[^@\s<>]+>$/;
  if (!address.test(raw) && !named.test(raw)) {
    throw new ConfigError("MAIL_FROM", `must be an email address or "Name <address>", got "${raw}"`);
  }
  return raw;
}

/** PUBLIC_URL: where mail links point (http or https, any path, no query); defaults to this gateway. */
function publicUrl(env: Env, nodeEnv: Config["nodeEnv"], warnings: string[]): string {
  const raw = url(env, "PUBLIC_URL", ["http:", "https:"]);
  if (raw === null) {
    const host = text(env, "HOST") ?? (nodeEnv === "production" ? "0.0.0.0" : "127.0.0.1");
    const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
    if (nodeEnv === "production") warnings.push("PUBLIC_URL is not set: links in mails point to localhost");
    return `http://${shown}:${integer(env, "PORT", 3000)}`;
  }
  const parsed = new URL(raw);
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new ConfigError("PUBLIC_URL", "must be a base URL without credentials, query or fragment");
  }
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, "");
}

/** Reads and validates the environment; throws ConfigError naming the variable. */
export function loadConfig(env: Env = process.env): LoadedConfig {
  const nodeEnv = oneOf(env, "NODE_ENV", NODE_ENVS, "development");
  const rawDataDir = text(env, "DATA_DIR") ?? "./data";
  // memory:// keeps the embedded database in memory (tests); anything else is a folder.
  const dataDir = rawDataDir.startsWith("memory://") ? rawDataDir : resolve(rawDataDir);
  const warnings: string[] = [];
  const services = list(env, "SERVICES");
  const mixpanelHost = text(env, "MIXPANEL_HOST");
  if (mixpanelHost && !/^[\w.-]+(:\d{1,5})?$/.test(mixpanelHost)) {
    throw new ConfigError("MIXPANEL_HOST", "must be host or host:port");
  }
  const adminEmail = text(env, "ADMIN_EMAIL");
  if (adminEmail && !/^[^@\s]+@[^@\s]+$/.test(adminEmail)) throw new ConfigError("ADMIN_EMAIL", "is not an email");
  const billing = billingConfig(env, nodeEnv);
  const config: Omit<LoadedConfig, "jwt"> = {
    port: integer(env, "PORT", 3000),
    host: text(env, "HOST") ?? (nodeEnv === "production" ? "0.0.0.0" : "127.0.0.1"),
    healthPort: integer(env, "HEALTH_PORT", 3001),
    metricsPort: integer(env, "METRICS_PORT", 3030),
    transporter: url(env, "TRANSPORTER", ["nats:", "redis:", "amqp:", "mqtt:", "tcp:"]),
    databaseUrl: url(env, "DATABASE_URL", ["postgres:", "postgresql:"]),
    dataDir,
    redisUrl: url(env, "REDIS_URL", ["redis:", "rediss:"]),
    discoverer: url(env, "DISCOVERER", ["etcd3:", "redis:"]),
    services: services.length ? services : null,
    namespace: text(env, "NAMESPACE") ?? "",
    nodeId: text(env, "NODE_ID"),
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    logFormat: oneOf(env, "LOG_FORMAT", ["json", "pretty"] as const, "pretty"),
    corsOrigins: list(env, "CORS_ORIGINS"),
    rateLimit: integer(env, "RATE_LIMIT", 1200, 0, 1_000_000),
    mixpanel: {
      token: text(env, "MIXPANEL_TOKEN"),
      host: mixpanelHost,
      protocol: oneOf(env, "MIXPANEL_PROTOCOL", ["http", "https"] as const, "https"),
    },
    analyticsIgnore: list(env, "ANALYTICS_IGNORE"),
    smtpUrl: url(env, "SMTP_URL", ["smtp:", "smtps:"]),
    mailFrom: mailFrom(env),
    publicUrl: publicUrl(env, nodeEnv, warnings),
    adminEmail: adminEmail?.toLowerCase() ?? null,
    trustedProxies: list(env, "TRUSTED_PROXIES"),
    outboxRelay: oneOf(env, "OUTBOX_RELAY", ["on", "off"] as const, "on") === "on",
    nodeEnv,
    billing,
    warnings,
  };
  // Last: in development this may write a generated secret into DATA_DIR, which a rejected config must not do.
  const { jwt, generated } = jwtConfig(env, nodeEnv, dataDir);
  if (generated) warnings.push(`JWT_SECRET is not set: using a generated secret kept in ${dataDir}/jwt-secret`);
  // Only a node that runs billing signs or verifies webhooks; a gateway or events node needs no secret.
  const runsBilling = !config.services || config.services.includes("billing");
  if (!billing.webhookSecrets.length && runsBilling) {
    if (nodeEnv === "production") {
      throw new ConfigError("PAYMENTS_WEBHOOK_SECRETS", "is required in production on a node that runs billing");
    }
    billing.webhookSecrets = [
      devSecret(dataDir, "payments-webhook-secret", () => `whsec_${randomBytes(32).toString("base64")}`),
    ];
    warnings.push(
      `PAYMENTS_WEBHOOK_SECRETS is not set: using a generated secret kept in ${dataDir}/payments-webhook-secret`,
    );
  }
  return { ...config, jwt };
}
