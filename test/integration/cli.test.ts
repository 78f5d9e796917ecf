/** The commands README promises beside npm start: `npm run admin`, `npm run repl`, and JSON logs. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cleanupAll,
  createDatabase,
  deleteStreams,
  eventually,
  http,
  NATS_URL,
  ROOT,
  spawnNode,
  tempDir,
  uniqueName,
  type MeshworkNode,
  type TestDatabase,
} from "../support/processes.js";

const SECRET = "cli-test-secret-".padEnd(48, "x");
let db: TestDatabase;
let node: MeshworkNode;
let namespace: string;

interface Run {
  code: number | null;
  output: string;
}

/** Runs `bin/<script> args…`; `session` may write to stdin while the output grows. */
function runBin(
  script: string,
  args: string[],
  env: Record<string, string>,
  session?: (write: (line: string) => void, output: () => string) => Promise<void>,
): Promise<Run> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bin", script), ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      NODE_ENV: "test",
      DATA_DIR: tempDir(),
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<Run>((resolve) => child.once("exit", (code) => resolve({ code, output })));
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const driven = session
    ? session(
        (line) => child.stdin.write(`${line}\n`),
        () => output,
      ).finally(() => child.kill("SIGTERM"))
    : Promise.resolve(child.stdin.end());
  return Promise.all([driven, exited]).then(([, run]) => {
    clearTimeout(timer);
    return run;
  });
}

beforeAll(async () => {
  db = await createDatabase();
  namespace = uniqueName("cli");
  node = await spawnNode({
    name: "users",
    env: {
      SERVICES: "api,users",
      DATABASE_URL: db.url,
      TRANSPORTER: NATS_URL,
      NAMESPACE: namespace,
      JWT_SECRET: SECRET,
      LOG_FORMAT: "json",
    },
  });
  await node.waitReady();
});

afterAll(async () => {
  await cleanupAll();
  await deleteStreams(namespace);
});

describe("LOG_FORMAT=json", () => {
  it("writes one JSON object per log line", () => {
    const lines = node
      .output()
      .split("\n")
      .filter((line) => line.trim());
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry).toMatchObject({ level: expect.any(String), msg: expect.any(String) });
    }
  });
});

describe("npm run admin -- <email>", () => {
  const env = () => ({ DATABASE_URL: db.url, JWT_SECRET: SECRET });

  it("grants the admin role to an existing account, once", async () => {
    const email = `${uniqueName("ops")}@example.com`;
    const signup = await http(`${node.baseUrl}/auth/signup`, {
      method: "POST",
      body: { email, password: "correct horse" },
    });
    expect(signup.status).toBe(201);
    expect(signup.body.user.roles).toEqual(["user"]);

    const granted = await runBin("admin.ts", [email], env());
    expect(granted.code).toBe(0);
    expect(granted.output).toContain(`${email} is now an admin`);

    const login = await http(`${node.baseUrl}/auth/login`, {
      method: "POST",
      body: { email, password: "correct horse" },
    });
    expect(login.body.user.roles).toEqual(["user", "admin"]);
    const users = await http(`${node.baseUrl}/users`, { token: login.body.accessToken });
    expect(users.status).toBe(200);

    const again = await runBin("admin.ts", [email.toUpperCase()], env());
    expect(again.code).toBe(0);
    expect(again.output).toContain("is already an admin");
  });

  it("exits 1 for an unknown email and 2 without one", async () => {
    const unknown = await runBin("admin.ts", ["nobody@example.com"], env());
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain("no account with email nobody@example.com");
    const usage = await runBin("admin.ts", [], env());
    expect(usage.code).toBe(2);
    expect(usage.output).toContain("usage: npm run admin -- <email>");
  });
});

describe("npm run repl", () => {
  it("joins the mesh without services of its own and calls a remote action", async () => {
    const run = await runBin(
      "repl.ts",
      [],
      { TRANSPORTER: NATS_URL, NAMESPACE: namespace, JWT_SECRET: SECRET, LOG_LEVEL: "warn" },
      async (write, output) => {
        await eventually(async () => output().includes("mol $"), 30_000, "the REPL prompt");
        write("call users.list --pageSize 1");
        await eventually(async () => /totalPages/.test(output()), 20_000, "the call's response");
      },
    );
    expect(run.output).toMatch(/>> Response:/);
    expect(run.output).toMatch(/pageSize: 1/);
  });
});
