/** config.ts: every variable validated once at boot, failing with a message that names it. */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../config.js";
import { selectServices } from "../../node.js";

const SECRET = "s".repeat(40);
// Production also needs a payments webhook secret (PAYMENTS_WEBHOOK_SECRETS); the billing cases remove it.
const WEBHOOK_SECRET = `whsec_${Buffer.alloc(32, 1).toString("base64")}`;
const base = { DATA_DIR: "memory://config-test", JWT_SECRET: SECRET, PAYMENTS_WEBHOOK_SECRETS: WEBHOOK_SECRET };

/** The ConfigError loadConfig throws for `env`. */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("loadConfig defaults", () => {
  it("runs embedded on loopback with the documented ports when nothing is set", () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      healthPort: 3001,
      metricsPort: 3030,
      transporter: null,
      databaseUrl: null,
      redisUrl: null,
      services: null,
      rateLimit: 1200,
      corsOrigins: [],
      trustedProxies: [],
      nodeEnv: "development",
      logFormat: "pretty",
    });
    expect(config.jwt).toMatchObject({ algorithm: "HS256", secret: SECRET, accessTtl: 900, refreshTtl: 30 * 86400 });
  });

  it("binds every interface in production unless HOST says otherwise", () => {
    expect(loadConfig({ ...base, NODE_ENV: "production" }).host).toBe("0.0.0.0");
    expect(loadConfig({ ...base, NODE_ENV: "production", HOST: "10.0.0.5" }).host).toBe("10.0.0.5");
  });

  it("parses lists, durations, a zero rate limit and lower-cases ADMIN_EMAIL", () => {
    const config = loadConfig({
      ...base,
      CORS_ORIGINS: "http://a.example, http://b.example,",
      SERVICES: "api,users",
      TRUSTED_PROXIES: "10.0.0.1,10.0.0.2",
      JWT_ACCESS_TTL: "15m",
      JWT_REFRESH_TTL: "30d",
      RATE_LIMIT: "0",
      ADMIN_EMAIL: "Boss@Example.COM",
    });
    expect(config.corsOrigins).toEqual(["http://a.example", "http://b.example"]);
    expect(config.services).toEqual(["api", "users"]);
    expect(config.trustedProxies).toEqual(["10.0.0.1", "10.0.0.2"]);
    expect(config.jwt.accessTtl).toBe(900);
    expect(config.jwt.refreshTtl).toBe(30 * 86400);
    expect(config.rateLimit).toBe(0);
    expect(config.adminEmail).toBe("boss@example.com");
  });

  it("sends mail from meshwork's no-reply address, with links to this gateway, unless told otherwise", () => {
    expect(loadConfig(base)).toMatchObject({
      smtpUrl: null,
      mailFrom: "meshwork <no-reply@localhost>",
      publicUrl: "http://127.0.0.1:3000",
    });
    expect(loadConfig({ ...base, HOST: "0.0.0.0", PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    const told = loadConfig({
      ...base,
      SMTP_URL: "smtps://user:pass@smtp.example.com:465",
      MAIL_FROM: "Acme Ops <ops@acme.example>",
      PUBLIC_URL: "https://app.acme.example/console/",
    });
    expect(told).toMatchObject({
      smtpUrl: "smtps://user:pass@smtp.example.com:465",
      mailFrom: "Acme Ops <ops@acme.example>",
      publicUrl: "https://app.acme.example/console",
    });
    expect(loadConfig({ ...base, MAIL_FROM: "ops@acme.example" }).mailFrom).toBe("ops@acme.example");
  });

  it("switches to RS256 with a key pair and unescapes literal \\n in PEM values", () => {
    const config = loadConfig({
      DATA_DIR: "memory://x",
      JWT_PRIVATE_KEY: "-----BEGIN-----\\nabc",
      JWT_PUBLIC_KEY: "-----BEGIN-----\\ndef",
    });
    expect(config.jwt.algorithm).toBe("RS256");
    expect(config.jwt.publicKey).toBe("-----BEGIN-----\ndef");
    expect(config.jwt.secret).toBeNull();
  });
});

describe("loadConfig validation", () => {
  it.each([
    ["PORT", { PORT: "abc" }, /whole number/],
    ["PORT", { PORT: "70000" }, /between 0 and 65535/],
    ["PORT", { PORT: "-1" }, /whole number/],
    ["HEALTH_PORT", { HEALTH_PORT: "3.5" }, /whole number/],
    ["METRICS_PORT", { METRICS_PORT: "x" }, /whole number/],
    ["RATE_LIMIT", { RATE_LIMIT: "lots" }, /whole number/],
    ["TRANSPORTER", { TRANSPORTER: "kafka://broker:9092" }, /must use/],
    ["TRANSPORTER", { TRANSPORTER: "not a url" }, /not a valid URL/],
    ["DATABASE_URL", { DATABASE_URL: "mysql://db/x" }, /must use postgres/],
    ["REDIS_URL", { REDIS_URL: "http://cache" }, /must use redis/],
    ["DISCOVERER", { DISCOVERER: "consul://x" }, /must use/],
    ["SMTP_URL", { SMTP_URL: "http://mail" }, /must use smtp/],
    ["MAIL_FROM", { MAIL_FROM: "nobody" }, /email address/],
    ["MAIL_FROM", { MAIL_FROM: "Ops <ops@example.com>\r\nBcc: all@example.com" }, /email address/],
    ["PUBLIC_URL", { PUBLIC_URL: "ftp://app.example" }, /must use http/],
    ["PUBLIC_URL", { PUBLIC_URL: "https://app.example/?next=1" }, /without credentials, query/],
    ["LOG_LEVEL", { LOG_LEVEL: "verbose" }, /must be one of/],
    ["LOG_FORMAT", { LOG_FORMAT: "xml" }, /must be one of/],
    ["NODE_ENV", { NODE_ENV: "staging" }, /must be one of/],
    ["MIXPANEL_PROTOCOL", { MIXPANEL_PROTOCOL: "ftp" }, /must be one of/],
    ["MIXPANEL_HOST", { MIXPANEL_HOST: "http://api.mixpanel.com" }, /host or host:port/],
    ["ADMIN_EMAIL", { ADMIN_EMAIL: "not-an-email" }, /not an email/],
    ["JWT_ACCESS_TTL", { JWT_ACCESS_TTL: "soon" }, /duration/],
    ["JWT_REFRESH_TTL", { JWT_REFRESH_TTL: "0" }, /at least one second/],
    ["JWT_SECRET", { JWT_SECRET: "short" }, /at least 32 characters/],
  ])("rejects a bad %s with an error naming it", (variable, env, message) => {
    const err = configError({ ...base, ...env });
    expect(err.variable).toBe(variable);
    expect(err.message.startsWith(`${variable}: `)).toBe(true);
    expect(err.message).toMatch(message);
  });

  it("refuses to start in production without a JWT secret or key pair", () => {
    const err = configError({ NODE_ENV: "production", DATA_DIR: "memory://prod" });
    expect(err.variable).toBe("JWT_SECRET");
    expect(err.message).toMatch(/required in production/);
  });

  it("refuses a private key without its public key", () => {
    expect(configError({ ...base, JWT_PRIVATE_KEY: "-----BEGIN PRIVATE KEY-----" }).variable).toBe("JWT_PUBLIC_KEY");
  });

  it("names SERVICES when it lists a service that does not exist", () => {
    const config = loadConfig({ ...base, SERVICES: "users,nonexistent" });
    expect(() => selectServices(config)).toThrow(ConfigError);
    expect(() => selectServices(config)).toThrow(/SERVICES: unknown service\(s\) nonexistent/);
  });

  it("selects every service file when SERVICES is unset", () => {
    expect(selectServices(loadConfig(base))).toEqual(expect.arrayContaining(["api", "users"]));
  });
});

describe("the development JWT secret", () => {
  const dir = mkdtempSync(join(tmpdir(), "meshwork-config-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is generated once, kept owner-only in DATA_DIR and reused, with a warning", () => {
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.jwt.secret).toBeTruthy();
    expect(first.jwt.secret!.length).toBeGreaterThanOrEqual(32);
    expect(second.jwt.secret).toBe(first.jwt.secret);
    expect(readFileSync(join(dir, "jwt-secret"), "utf8").trim()).toBe(first.jwt.secret);
    expect(statSync(join(dir, "jwt-secret")).mode & 0o077).toBe(0);
    expect(first.warnings.join("\n")).toMatch(/JWT_SECRET is not set/);
  });

  it("is never written to disk for an in-memory data dir", () => {
    const a = loadConfig({ DATA_DIR: "memory://one" });
    const b = loadConfig({ DATA_DIR: "memory://one" });
    expect(a.jwt.secret).not.toBe(b.jwt.secret);
    expect(a.dataDir).toBe("memory://one");
  });
});

describe("billing settings", () => {
  const secret = (bytes: number) => `whsec_${Buffer.alloc(bytes, 7).toString("base64")}`;

  it("defaults to the DESIGN tiers in rank order, the fake provider and no test clock", () => {
    const { billing } = loadConfig(base);
    expect(billing.tiers).toEqual([
      { id: "free", rank: 0, name: "Free", priceCents: 0, requestsPerMonth: 1_000, overageCentsPer100: null },
      { id: "pro", rank: 1, name: "Pro", priceCents: 2_900, requestsPerMonth: 100_000, overageCentsPer100: 1 },
      { id: "team", rank: 2, name: "Team", priceCents: 9_900, requestsPerMonth: 1_000_000, overageCentsPer100: 1 },
    ]);
    expect(billing).toMatchObject({ paymentsProvider: "fake", webhookUrl: null, testClock: false });
    expect(billing.webhookSecrets).toEqual([WEBHOOK_SECRET]);
  });

  it("merges TIERS over the defaults field by field", () => {
    const { billing } = loadConfig({ ...base, TIERS: '{"free":{"requestsPerMonth":20},"pro":{"priceCents":1000}}' });
    expect(billing.tiers[0]).toMatchObject({ id: "free", requestsPerMonth: 20, priceCents: 0 });
    expect(billing.tiers[1]).toMatchObject({ id: "pro", priceCents: 1000, requestsPerMonth: 100_000, name: "Pro" });
    expect(billing.tiers[2].priceCents).toBe(9_900);
  });

  it.each([
    ["not JSON", "{free:", /not valid JSON/],
    ["an array", "[]", /JSON object keyed by tier id/],
    ["an unknown tier", '{"gold":{}}', /unknown tier gold/],
    ["an unknown field", '{"pro":{"price":1}}', /unknown field "price"/],
    ["a fractional price", '{"pro":{"priceCents":9.99}}', /priceCents must be a whole number/],
    ["a negative quota", '{"pro":{"requestsPerMonth":-1}}', /requestsPerMonth must be a whole number/],
    ["a string overage", '{"team":{"overageCentsPer100":"1"}}', /overageCentsPer100/],
    ["an empty name", '{"team":{"name":" "}}', /name must be 1 to 50/],
    ["a paid free tier", '{"free":{"priceCents":100}}', /free tier must cost 0/],
  ])("refuses TIERS with %s, naming TIERS", (_what, value, message) => {
    const err = configError({ ...base, TIERS: value });
    expect(err.variable).toBe("TIERS");
    expect(err.message).toMatch(message);
  });

  it("keeps PAYMENTS_WEBHOOK_SECRETS newest first and refuses malformed ones", () => {
    const [a, b] = [secret(32), secret(24)];
    expect(loadConfig({ ...base, PAYMENTS_WEBHOOK_SECRETS: `${a}, ${b}` }).billing.webhookSecrets).toEqual([a, b]);
    for (const bad of ["plain-secret", secret(8), "whsec_!!!", secret(100)]) {
      expect(configError({ ...base, PAYMENTS_WEBHOOK_SECRETS: bad }).variable).toBe("PAYMENTS_WEBHOOK_SECRETS");
    }
  });

  it("requires PAYMENTS_WEBHOOK_SECRETS in production", () => {
    const err = configError({ ...base, NODE_ENV: "production", PAYMENTS_WEBHOOK_SECRETS: "" });
    expect(err.variable).toBe("PAYMENTS_WEBHOOK_SECRETS");
    expect(err.message).toMatch(/required in production/);
    const ok = loadConfig({ ...base, NODE_ENV: "production", PAYMENTS_WEBHOOK_SECRETS: secret(32) });
    expect(ok.billing.webhookSecrets).toEqual([secret(32)]);
  });

  it("needs no webhook secret on a production node that doesn't run billing", () => {
    const gateway = loadConfig({ ...base, NODE_ENV: "production", PAYMENTS_WEBHOOK_SECRETS: "", SERVICES: "api" });
    expect(gateway.billing.webhookSecrets).toEqual([]);
    const billing = { ...base, NODE_ENV: "production", PAYMENTS_WEBHOOK_SECRETS: "", SERVICES: "users,billing" };
    expect(configError(billing).variable).toBe("PAYMENTS_WEBHOOK_SECRETS");
  });

  it("refuses an unknown PAYMENTS_PROVIDER and a PAYMENTS_WEBHOOK_URL that is not http(s)", () => {
    expect(configError({ ...base, PAYMENTS_PROVIDER: "stripe" }).variable).toBe("PAYMENTS_PROVIDER");
    expect(configError({ ...base, PAYMENTS_WEBHOOK_URL: "ftp://x/hook" }).variable).toBe("PAYMENTS_WEBHOOK_URL");
    const url = "https://billing.example/api/v1/billing/webhooks/fake";
    expect(loadConfig({ ...base, PAYMENTS_WEBHOOK_URL: url }).billing.webhookUrl).toBe(url);
  });

  it("enables the test clock with TEST_CLOCK=1, never in production", () => {
    expect(loadConfig({ ...base, TEST_CLOCK: "1" }).billing.testClock).toBe(true);
    expect(configError({ ...base, TEST_CLOCK: "yes" }).variable).toBe("TEST_CLOCK");
    const err = configError({ ...base, NODE_ENV: "production", PAYMENTS_WEBHOOK_SECRETS: secret(32), TEST_CLOCK: "1" });
    expect(err.variable).toBe("TEST_CLOCK");
    expect(err.message).toMatch(/refused with NODE_ENV=production/);
  });

  it("generates a development webhook secret once, kept owner-only in DATA_DIR, with a warning", () => {
    const dir = mkdtempSync(join(tmpdir(), "meshwork-webhook-"));
    try {
      const first = loadConfig({ ...base, DATA_DIR: dir, PAYMENTS_WEBHOOK_SECRETS: "" });
      const second = loadConfig({ ...base, DATA_DIR: dir, PAYMENTS_WEBHOOK_SECRETS: "" });
      expect(first.billing.webhookSecrets).toHaveLength(1);
      expect(first.billing.webhookSecrets[0]).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      expect(second.billing.webhookSecrets).toEqual(first.billing.webhookSecrets);
      expect(readFileSync(join(dir, "payments-webhook-secret"), "utf8").trim()).toBe(first.billing.webhookSecrets[0]);
      expect(statSync(join(dir, "payments-webhook-secret")).mode & 0o077).toBe(0);
      expect(first.warnings.join("\n")).toMatch(/PAYMENTS_WEBHOOK_SECRETS is not set/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
