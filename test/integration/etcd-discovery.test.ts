/** DISCOVERER=etcd3://…: nodes find each other through etcd (our own etcd on private ports), NATS carries the calls. */
import { spawn } from "node:child_process";
import { Etcd3 } from "etcd3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cleanupAll,
  createDatabase,
  deleteStreams,
  freePort,
  http,
  NATS_URL,
  sleep,
  spawnNode,
  tempDir,
  uniqueName,
  type MeshworkNode,
} from "../support/processes.js";

let etcd: ReturnType<typeof spawn>;
let etcdUrl: string;
let namespace: string;
let gateway: MeshworkNode;
let users: MeshworkNode;
const usersId = uniqueName("users-node");
const gatewayId = uniqueName("gateway-node");

async function startEtcd(): Promise<string> {
  const client = await freePort();
  const peer = await freePort();
  etcd = spawn(
    "etcd",
    [
      "--name",
      "mw-test",
      "--data-dir",
      tempDir("etcd-"),
      "--listen-client-urls",
      `http://127.0.0.1:${client}`,
      "--advertise-client-urls",
      `http://127.0.0.1:${client}`,
      "--listen-peer-urls",
      `http://127.0.0.1:${peer}`,
      "--initial-advertise-peer-urls",
      `http://127.0.0.1:${peer}`,
      "--initial-cluster",
      `mw-test=http://127.0.0.1:${peer}`,
    ],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${client}/health`);
      if (res.ok) return `127.0.0.1:${client}`;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error("etcd did not start");
}

beforeAll(async () => {
  const host = await startEtcd();
  etcdUrl = `etcd3://${host}`;
  namespace = uniqueName("etcd");
  const db = await createDatabase();
  const env = {
    TRANSPORTER: NATS_URL,
    DISCOVERER: etcdUrl,
    NAMESPACE: namespace,
    DATABASE_URL: db.url,
    JWT_SECRET: "etcd-discovery-secret".padEnd(48, "x"),
  };
  users = await spawnNode({ name: "users", env: { ...env, SERVICES: "users", NODE_ID: usersId } });
  gateway = await spawnNode({ name: "gateway", env: { ...env, SERVICES: "api", NODE_ID: gatewayId } });
  await Promise.all([users.waitReady(), gateway.waitReady()]);
});

afterAll(async () => {
  await cleanupAll();
  await deleteStreams(namespace);
  etcd?.kill("SIGTERM");
});

describe("etcd3 discovery", () => {
  it("registers both nodes in etcd under the namespace", async () => {
    const client = new Etcd3({ hosts: etcdUrl.replace("etcd3://", "http://") });
    try {
      // Each node writes its INFO key once its discoverer has registered (with its first heartbeat).
      let keys: string[] = [];
      for (let i = 0; keys.length < 2 && i < 50; i++) {
        keys = await client.getAll().prefix(`moleculer-${namespace}/discovery/`).keys();
        keys = keys.filter((key) => key.includes("/info/"));
        if (keys.length < 2) await sleep(200);
      }
      expect(keys.sort()).toEqual(
        [
          `moleculer-${namespace}/discovery/info/${gatewayId}`,
          `moleculer-${namespace}/discovery/info/${usersId}`,
        ].sort(),
      );
    } finally {
      client.close();
    }
  });

  it("routes gateway calls to the users node it discovered", async () => {
    let signup = await http(`${gateway.baseUrl}/auth/signup`, {
      method: "POST",
      body: { email: `${namespace}@example.com`, password: "correct horse" },
    });
    // Discovery is periodic: give the gateway a moment to see the users node's actions.
    for (let i = 0; signup.status === 503 && i < 50; i++) {
      await sleep(200);
      signup = await http(`${gateway.baseUrl}/auth/signup`, {
        method: "POST",
        body: { email: `${namespace}@example.com`, password: "correct horse" },
      });
    }
    expect(signup.status).toBe(201);
    const me = await http(`${gateway.baseUrl}/users/me`, { token: signup.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(`${namespace}@example.com`);
  });
});
