/**
 * Metering across processes: two gateways, a core node (users, teams, billing, projects) and a usage
 * node on a private NATS JetStream (this file's own nats-server, so restarting it disturbs nobody),
 * the machine's PostgreSQL and Redis (this run's NAMESPACE; only its keys are deleted). The quota
 * boundary holds exactly with 50 parallel calls across both gateways; PostgreSQL's counter equals the
 * calls admitted after the usage node is killed (SIGKILL) and restarted, and after NATS restarts;
 * flushed Redis counters continue from PostgreSQL's.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SHARED_REDIS_URL,
  cleanupAll,
  createDatabase,
  eventually,
  freePort,
  http,
  sleep,
  spawnNode,
  tempDir,
  uniqueName,
  type MeshworkNode,
  type TestDatabase,
} from "../support/processes.js";

const FREE_QUOTA = 30;
const SECRET = `whsec_${randomBytes(32).toString("base64")}`;
const PASSWORD = "correct horse battery staple";

/** A nats-server with JetStream on `port`, keeping its streams in `dir` (so a restart keeps them). */
class PrivateNats {
  private child: ChildProcess | null = null;

  constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn("nats-server", ["-a", "127.0.0.1", "-p", String(this.port), "-js", "-sd", this.dir], {
      stdio: "ignore",
    });
    await eventually(
      async () => {
        const { Socket } = await import("node:net");
        return new Promise<boolean>((resolve) => {
          const socket = new Socket();
          socket.once("error", () => resolve(false));
          socket.connect(this.port, "127.0.0.1", () => {
            socket.destroy();
            resolve(true);
          });
        });
      },
      10_000,
      "nats-server to listen",
      50,
    );
  }

  /** Ends this file's own nats-server (by its pid) and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    this.child = null;
  }
}

describe("metering across two gateways, a usage node and NATS JetStream", () => {
  const namespace = uniqueName("mwuse");
  let nats: PrivateNats;
  let db: TestDatabase;
  let env: Record<string, string>;
  let gateways: MeshworkNode[] = [];
  let usageNode: MeshworkNode;
  const redis = new Redis(SHARED_REDIS_URL);

  const start = (name: string, services: string, extra: Record<string, string> = {}) =>
    spawnNode({ name, env: { ...env, SERVICES: services, NODE_ID: `${namespace}-${name}`, ...extra } }).then(
      async (node) => {
        await node.waitReady();
        return node;
      },
    );

  beforeAll(async () => {
    nats = new PrivateNats(await freePort(), tempDir("meshwork-nats-"));
    await nats.start();
    db = await createDatabase();
    const gatewayPort = await freePort();
    env = {
      TRANSPORTER: nats.url,
      NAMESPACE: namespace,
      DATABASE_URL: db.url,
      REDIS_URL: SHARED_REDIS_URL,
      JWT_SECRET: randomBytes(32).toString("hex"),
      RATE_LIMIT: "0",
      LOG_LEVEL: "warn",
      TIERS: JSON.stringify({ free: { requestsPerMonth: FREE_QUOTA } }),
      PAYMENTS_WEBHOOK_SECRETS: SECRET,
      PAYMENTS_WEBHOOK_URL: `http://127.0.0.1:${gatewayPort}/api/v1/billing/webhooks/fake`,
    };
    // The core node first: it migrates the tables the others read.
    await start("core", "users,teams,billing,projects");
    usageNode = await start("usage", "usage");
    gateways = await Promise.all([start("gateway-1", "api", { PORT: String(gatewayPort) }), start("gateway-2", "api")]);
  });

  afterAll(async () => {
    await cleanupAll();
    await nats?.stop();
    const keys = await redis.keys(`${namespace}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  /** A team whose administrator signed up through gateway 1, with a team key; upgraded to pro when asked. */
  async function meteredTeam(pro = false): Promise<{ teamId: string; token: string; key: string }> {
    const base = gateways[0].baseUrl;
    const session = await http(`${base}/auth/signup`, {
      body: { email: `usage-${randomUUID().slice(0, 8)}@example.test`, password: PASSWORD },
    });
    expect(session.status).toBe(201);
    const token = session.body.accessToken as string;
    const team = await http(`${base}/teams`, { body: { name: "Metered" }, token });
    expect(team.status).toBe(201);
    const teamId = team.body.id as string;
    await eventually(
      async () => (await http(`${base}/teams/${teamId}/billing`, { token })).status === 200,
      30_000,
      "the team's billing account",
    );
    if (pro) {
      const card = await http(`${base}/teams/${teamId}/billing/payment-method`, {
        method: "PUT",
        body: { token: "tok_visa" },
        token,
      });
      expect(card.status).toBe(200);
      const upgrade = await http(`${base}/teams/${teamId}/billing/subscription`, { body: { tier: "pro" }, token });
      expect(upgrade.status).toBe(200);
      await eventually(
        async () => (await http(`${base}/teams/${teamId}/billing`, { token })).body.tier === "pro",
        30_000,
        "the upgrade to be confirmed",
        200,
      );
    }
    const key = await http(`${base}/teams/${teamId}/keys`, { body: { description: "metered" }, token });
    expect(key.status).toBe(201);
    return { teamId, token, key: key.body.key as string };
  }

  /** What a caller saw: the status (null: no answer) and whether the answer was metered (it carries RateLimit-*). */
  interface Seen {
    status: number | null;
    metered: boolean;
  }

  /** One call through gateway `i % 2`. */
  async function call(team: { teamId: string; key: string }, i: number, timeoutMs = 40_000): Promise<Seen> {
    try {
      const res = await http(`${gateways[i % 2].baseUrl}/teams/${team.teamId}`, {
        headers: { "X-API-Key": team.key },
        timeoutMs,
      });
      return { status: res.status, metered: res.headers.has("ratelimit-limit") };
    } catch {
      return { status: null, metered: false };
    }
  }

  /**
   * The calls a team's counter must hold: answered, metered (a call refused before metering, e.g. its
   * key could not be resolved while the mesh was down, carries no RateLimit headers) and not refused.
   */
  const admitted = (seen: Seen[]) => seen.filter((s) => s.metered && s.status !== 429).length;

  /** `total` calls, `concurrency` at a time; `during()` starts once `at` of them were sent. */
  async function traffic(
    team: { teamId: string; key: string },
    total: number,
    opts: { concurrency?: number; at?: number; during?: () => Promise<void> } = {},
  ): Promise<Seen[]> {
    const seen: Seen[] = [];
    let next = 0;
    let fired: Promise<void> | null = null;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        if (opts.during && i === opts.at) fired = opts.during();
        seen[i] = await call(team, i);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency ?? 4 }, worker));
    await fired;
    return seen;
  }

  async function counted(team: { teamId: string; token: string }, used: number, timeoutMs = 60_000): Promise<void> {
    let last: unknown = null;
    await eventually(
      async () => {
        const res = await http(`${gateways[1].baseUrl}/teams/${team.teamId}/usage`, { token: team.token });
        last = res.status === 200 ? res.body.used : `${res.status} ${JSON.stringify(res.body)}`;
        return res.status === 200 && res.body.used === used ? res.body : null;
      },
      timeoutMs,
      `the usage counter to reach ${used}`,
      250,
    ).catch((err: Error) => {
      throw new Error(`${err.message} (last: ${String(last)})`);
    });
  }

  it(
    "admits exactly the quota of 50 parallel calls across both gateways, and counts them",
    { timeout: 120_000 },
    async () => {
      const team = await meteredTeam();
      const seen = await Promise.all(Array.from({ length: 50 }, (_, i) => call(team, i)));
      expect(seen.filter((s) => s.status === 200 && s.metered)).toHaveLength(FREE_QUOTA);
      expect(seen.filter((s) => s.status === 429 && s.metered)).toHaveLength(50 - FREE_QUOTA);
      await counted(team, FREE_QUOTA);
      const usage = await http(`${gateways[0].baseUrl}/teams/${team.teamId}/usage`, { token: team.token });
      expect(usage.body.byEndpoint).toEqual([{ endpoint: "GET /teams/:id", count: FREE_QUOTA }]);

      // Flushed counters (this run's keys only) continue from PostgreSQL's count, on either gateway.
      const keys = await redis.keys(`${namespace}:usage:*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
      expect(await call(team, 1)).toEqual({ status: 429, metered: true });
      expect(await call(team, 0)).toEqual({ status: 429, metered: true });
      expect(await redis.get(`${namespace}:usage:${team.teamId}:${Date.parse(usage.body.periodStart)}`)).toBe(
        String(FREE_QUOTA),
      );
    },
  );

  it(
    "counts every admitted call after the usage node is killed with SIGKILL and restarted",
    { timeout: 180_000 },
    async () => {
      const team = await meteredTeam(true);
      const seen = await traffic(team, 240, {
        at: 60,
        during: async () => {
          await usageNode.stop("SIGKILL");
          await sleep(1_000);
          usageNode = await start("usage", "usage");
        },
      });
      // The gateways don't need the usage node to answer: every call was admitted and answered.
      expect(seen.filter((s) => s.status !== 200 || !s.metered)).toEqual([]);
      await counted(team, admitted(seen), 90_000);
    },
  );

  it("counts every admitted call after NATS restarts under traffic", { timeout: 180_000 }, async () => {
    const team = await meteredTeam(true);
    const seen = await traffic(team, 100, {
      at: 50,
      during: async () => {
        await nats.stop();
        await sleep(1_500);
        await nats.start();
      },
    });
    // Then until 50 calls were admitted with NATS back (the mesh finds itself again first).
    const after: Seen[] = [];
    const deadline = Date.now() + 60_000;
    while (admitted(after) < 50 && Date.now() < deadline) after.push(await call(team, after.length));
    expect(admitted(after)).toBe(50);
    // Calls in flight while NATS was away waited for it (or, past the gateway's deadline, got no answer):
    // every answered metered call is counted once, none twice.
    await counted(team, admitted(seen) + admitted(after), 120_000);
  });
});
