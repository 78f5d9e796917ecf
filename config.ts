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
  smtpUrl: string | null;
  adminEmail: string | null;
  /** Proxy addresses whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  /** Whether this node's outbox relay publishes events (off: rows wait for another node's relay). */
  outboxRelay: boolean;
  nodeEnv: "development" | "production" | "test";
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

/** A dev secret generated once and kept in DATA_DIR, so tokens survive restarts. */
function devSecret(dataDir: string): string {
  if (dataDir.startsWith("memory://")) return randomBytes(48).toString("base64url");
  const file = join(dataDir, "jwt-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString("base64url");
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

export interface LoadedConfig extends Config {
  /** Warnings to log once the logger exists. */
  warnings: string[];
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
    adminEmail: adminEmail?.toLowerCase() ?? null,
    trustedProxies: list(env, "TRUSTED_PROXIES"),
    outboxRelay: oneOf(env, "OUTBOX_RELAY", ["on", "off"] as const, "on") === "on",
    nodeEnv,
    warnings,
  };
  // Last: in development this may write a generated secret into DATA_DIR, which a rejected config must not do.
  const { jwt, generated } = jwtConfig(env, nodeEnv, dataDir);
  if (generated) warnings.push(`JWT_SECRET is not set: using a generated secret kept in ${dataDir}/jwt-secret`);
  return { ...config, jwt };
}
