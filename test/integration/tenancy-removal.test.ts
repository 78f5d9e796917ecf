/**
 * Tenancy across processes over NATS: a gateway node, a teams+users+audit node and a projects node on
 * a real PostgreSQL (the core node also sends mail: invitees verify their address first). A removed member is refused within a second on the node that owns the project,
 * with in-memory cachers and with a shared Redis cacher; keys and moves stay consistent under
 * parallel load on a real connection pool.
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  NATS_URL,
  SHARED_REDIS_URL,
  cleanupAll,
  createDatabase,
  deleteStreams,
  eventually,
  http,
  spawnNode,
  uniqueName,
  type JsonResponse,
  type MeshworkNode,
  type TestDatabase,
} from "../support/processes.js";

const PASSWORD = "correct horse battery staple";

interface Session {
  token: string;
  id: string;
  email: string;
}

afterAll(() => cleanupAll());

describe.each([
  { variant: "in-memory cachers", redis: false },
  { variant: "a shared Redis cacher", redis: true },
])("a gateway, a teams node and a projects node over NATS with $variant", ({ redis }) => {
  const namespace = uniqueName("mwten");
  let db: TestDatabase;
  let gateway: MeshworkNode;
  let core: MeshworkNode;
  let projects: MeshworkNode;
  let base: string;

  const call = (method: string, path: string, token?: string, body?: unknown): Promise<JsonResponse> =>
    http(`${base}${path}`, { method, token, body });

  async function signupUser(tag: string): Promise<Session> {
    const email = `${tag}-${randomBytes(4).toString("hex")}@example.test`;
    const res = await call("POST", "/auth/signup", undefined, { email, password: PASSWORD });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { token: res.body.accessToken, id: res.body.user.id, email };
  }

  /** Verifies the address with the token of the verification mail, read from the gateway's dev mailbox. */
  async function verifyEmail(user: Session): Promise<void> {
    const mailbox = `${base.replace(/\/api\/v1$/, "")}/dev/mailbox.json?to=${encodeURIComponent(user.email)}`;
    const token = await eventually(
      async () => {
        const res = await http<{ rows: { template: string; bodyText: string }[] }>(mailbox);
        const mail = res.body.rows?.find((m) => m.template === "verify-email");
        return mail ? /\/verify-email\?token=([A-Za-z0-9_-]+)/.exec(mail.bodyText)?.[1] : null;
      },
      30_000,
      `the verification mail to ${user.email}`,
    );
    expect((await call("POST", "/auth/verify", undefined, { token })).status).toBe(200);
  }

  beforeAll(async () => {
    db = await createDatabase();
    const shared: Record<string, string> = {
      TRANSPORTER: NATS_URL,
      NAMESPACE: namespace,
      DATABASE_URL: db.url,
      RATE_LIMIT: "0",
      LOG_LEVEL: "warn",
      JWT_SECRET: randomBytes(32).toString("hex"),
      ...(redis ? { REDIS_URL: SHARED_REDIS_URL } : {}),
    };
    [gateway, core, projects] = await Promise.all([
      spawnNode({ name: "gateway", env: { ...shared, SERVICES: "api", NODE_ID: `${namespace}-gw` } }),
      spawnNode({
        name: "core",
        env: { ...shared, SERVICES: "teams,users,audit,notifications", NODE_ID: `${namespace}-core` },
      }),
      spawnNode({ name: "projects", env: { ...shared, SERVICES: "projects", NODE_ID: `${namespace}-projects` } }),
    ]);
    await Promise.all([gateway.waitReady(), core.waitReady(), projects.waitReady()]);
    base = gateway.baseUrl;
    // The gateway learns the other nodes' services from NATS INFO packets: wait until it routes to both.
    await eventually(
      async () => (await call("POST", "/auth/login", undefined, {})).status === 422,
      30_000,
      "the gateway to route to users",
    );
    const probe = await signupUser("probe");
    await eventually(
      async () =>
        (await call("GET", "/projects", probe.token)).status === 200 &&
        (await call("GET", "/teams", probe.token)).status === 200,
      30_000,
      "the gateway to route to teams and projects",
    );
  });

  afterAll(async () => {
    const dropKeys = async () => {
      if (!redis) return;
      const client = new Redis(SHARED_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
      try {
        await client.connect();
        const keys = await client.keys(`MW-${namespace}*`);
        if (keys.length) await client.del(...keys);
      } finally {
        client.disconnect();
      }
    };
    const stops = [gateway, core, projects].filter(Boolean).map((n) => n.stop());
    const results: PromiseSettledResult<unknown>[] = await Promise.allSettled(stops);
    results.push(...(await Promise.allSettled([db?.drop(), deleteStreams(namespace), dropKeys()])));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
  });

  it("refuses a removed member (404) within one second of the removal's 204", async () => {
    const alice = await signupUser("alice");
    const bob = await signupUser("bob");
    const team = await call("POST", "/teams", alice.token, { name: "Mesh team" });
    expect(team.status).toBe(201);
    const invite = await call("POST", `/teams/${team.body.id}/invites`, alice.token, {
      emails: [bob.email],
      role: "viewer",
    });
    expect(invite.status).toBe(201);
    await verifyEmail(bob);
    expect((await call("POST", `/invites/${invite.body.rows[0].id}/accept`, bob.token)).status).toBe(200);
    const project = await call("POST", "/projects", alice.token, { teamId: team.body.id, name: "Mesh Board" });
    expect(project.status).toBe(201);
    const columns = await call("GET", `/projects/${project.body.id}/columns`, alice.token);
    const task = await call("POST", `/projects/${project.body.id}/tasks`, alice.token, {
      columnId: columns.body.rows[0].id,
      title: "Watched",
    });
    expect(task.status).toBe(201);

    // Bob reads, more than once: his role is now cached wherever the mesh caches it.
    for (let i = 0; i < 3; i++) {
      const read = await call("GET", `/projects/${project.body.id}`, bob.token);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: project.body.id, teamId: team.body.id });
    }

    // Bob keeps reading while Alice removes him.
    let removedAt = 0;
    let refusedAt = 0;
    let stop = false;
    const statuses: number[] = [];
    const reader = (async () => {
      while (!stop) {
        const res = await call("GET", `/projects/${project.body.id}`, bob.token);
        statuses.push(res.status);
        if (res.status === 404) {
          refusedAt = performance.now();
          return;
        }
        expect(res.status).toBe(200);
      }
    })();
    const removal = await call("DELETE", `/teams/${team.body.id}/members/${bob.id}`, alice.token);
    removedAt = performance.now();
    expect(removal.status).toBe(204);
    const timeout = setTimeout(() => (stop = true), 5_000);
    await reader;
    clearTimeout(timeout);
    expect(refusedAt, `never refused; statuses ${statuses.join(",")}`).toBeGreaterThan(0);
    expect(refusedAt - removedAt).toBeLessThanOrEqual(1_000);

    // And from then on, everywhere: no node answers from a stale role.
    const after = await Promise.all([
      call("GET", `/projects/${project.body.id}`, bob.token),
      call("GET", `/projects/${project.body.id}/columns`, bob.token),
      call("GET", `/projects/${project.body.id}/tasks`, bob.token),
      call("GET", `/tasks/${task.body.id}`, bob.token),
      call("GET", `/tasks/${task.body.id}/comments`, bob.token),
      call("GET", `/teams/${team.body.id}`, bob.token),
      call("GET", `/projects?teamId=${team.body.id}`, bob.token),
    ]);
    expect(after.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    for (const res of after) expect(res.body).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect((await call("GET", "/projects", bob.token)).body.rows).toEqual([]);
    expect((await call("GET", `/projects/${project.body.id}`, alice.token)).status).toBe(200);
  });

  it("applies a demotion at once: an editor demoted to viewer can no longer write", async () => {
    const alice = await signupUser("alice");
    const carol = await signupUser("carol");
    const team = await call("POST", "/teams", alice.token, { name: "Demotions" });
    const invite = await call("POST", `/teams/${team.body.id}/invites`, alice.token, { emails: [carol.email] });
    await verifyEmail(carol);
    await call("POST", `/invites/${invite.body.rows[0].id}/accept`, carol.token);
    const project = await call("POST", "/projects", carol.token, { teamId: team.body.id, name: "Demoted Board" });
    expect(project.status).toBe(201);
    expect(
      (await call("PATCH", `/projects/${project.body.id}`, carol.token, { description: "still editor" })).status,
    ).toBe(200);
    const demoted = await call("PATCH", `/teams/${team.body.id}/members/${carol.id}`, alice.token, { role: "viewer" });
    expect(demoted.status).toBe(200);
    const started = performance.now();
    const refused = await eventually(
      async () => {
        const res = await call("PATCH", `/projects/${project.body.id}`, carol.token, { description: "after demotion" });
        return res.status === 403 ? res : null;
      },
      5_000,
      "the demotion to apply",
      20,
    );
    expect(performance.now() - started).toBeLessThanOrEqual(1_000);
    expect(refused.body).toMatchObject({ status: 403, code: "ROLE_TOO_LOW" });
    expect((await call("GET", `/projects/${project.body.id}`, carol.token)).status).toBe(200);
  });

  if (!redis) {
    it("gives 50 parallel creations consecutive keys and keeps columns consistent under 50 parallel moves on PostgreSQL", async () => {
      const owner = await signupUser("owner");
      const team = await call("POST", "/teams", owner.token, { name: "Load" });
      const project = await call("POST", "/projects", owner.token, { teamId: team.body.id, name: "Load Board" });
      const columnIds: string[] = (
        await call("GET", `/projects/${project.body.id}/columns`, owner.token)
      ).body.rows.map((c: { id: string }) => c.id);
      const created = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          call("POST", `/projects/${project.body.id}/tasks`, owner.token, {
            columnId: columnIds[i % 4],
            title: `Load ${i}`,
          }),
        ),
      );
      expect(created.map((r) => r.status)).toEqual(Array(50).fill(201));
      expect(created.map((r) => r.body.key).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `LB-${i + 1}`).sort());

      const ids = created.map((r) => r.body.id as string);
      const moves = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          call("POST", `/tasks/${ids[(i * 7) % 50]}/move`, owner.token, {
            columnId: columnIds[(i * 3) % 4],
            position: i % 5,
          }),
        ),
      );
      expect(moves.map((r) => r.status)).toEqual(Array(50).fill(200));
      const columns = await call("GET", `/projects/${project.body.id}/columns`, owner.token);
      const listed: string[] = columns.body.rows.flatMap((c: { taskIds: string[] }) => c.taskIds);
      expect(listed).toHaveLength(50);
      expect([...listed].sort()).toEqual([...ids].sort());
      const tasks = await call("GET", `/projects/${project.body.id}/tasks?pageSize=100`, owner.token);
      const columnOf = new Map(tasks.body.rows.map((t: { id: string; columnId: string }) => [t.id, t.columnId]));
      for (const column of columns.body.rows as { id: string; taskIds: string[] }[]) {
        for (const id of column.taskIds) expect(columnOf.get(id)).toBe(column.id);
      }
    });
  }
});
