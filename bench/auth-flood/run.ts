/**
 * Auth flood: a legitimate user's login latency while BENCH_FLOOD (40) concurrent clients send
 * POST /auth/login for unknown emails from one address, against the same logins on the idle node.
 * `PATH=$PWD/node_modules/.bin:$PATH bash scripts/node24.sh tsx bench/auth-flood/run.ts`
 *
 * One node process per protection level (bench/auth-flood/node.ts: none, hashing-only, defaults), all
 * services, embedded in-memory database, NODE_ENV=development, RATE_LIMIT high so the gateway's own
 * limit stays out of the way, X-Forwarded-For believed from loopback so the flood and the user come
 * from different addresses. The user signs in BENCH_SAMPLES (15) times one after another, each time
 * from a fresh address, idle and then under the flood. Prints a Markdown table; docs/benchmarks.md
 * keeps the figures.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const FLOOD = Number(process.env.BENCH_FLOOD ?? 40);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const PROTECTIONS = (process.env.BENCH_PROTECTIONS ?? "none,hashing-only,defaults").split(",");
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PASSWORD = "a legitimate user's password";
const FLOOD_ADDRESS = "203.0.113.66";

interface Node {
  baseUrl: string;
  child: ChildProcess;
}

function startNode(protection: string): Promise<Node> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/auth-flood/node.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "development",
      DATA_DIR: `memory://auth-flood-${randomUUID()}`,
      JWT_SECRET: randomBytes(32).toString("hex"),
      HOST: "127.0.0.1",
      PORT: "0",
      HEALTH_PORT: "0",
      METRICS_PORT: "0",
      RATE_LIMIT: "1000000",
      TRUSTED_PROXIES: "127.0.0.1",
      LOG_LEVEL: "warn",
      BENCH_PROTECTION: protection,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /READY (\d+)/.exec(out);
      if (ready) resolve({ baseUrl: `http://127.0.0.1:${ready[1]}/api/v1`, child });
    });
    child.on("exit", (code) => reject(new Error(`node (${protection}) exited with ${code} before ready:\n${out}`)));
  });
}

async function stopNode(node: Node): Promise<void> {
  const exited = new Promise((resolve) => node.child.once("exit", resolve));
  node.child.kill("SIGTERM");
  await exited;
}

let nextAddress = 1;
/** A client address of its own for each legitimate request (198.18.0.0/15, benchmarking space). */
const freshAddress = () => `198.18.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

// Plain keep-alive HTTP (cheaper than fetch): the load generator shares the machine with the node.
const agent = new Agent({ keepAlive: true, maxSockets: FLOOD + 1 });

function post(node: Node, path: string, body: unknown, address: string): Promise<number> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${node.baseUrl}${path}`,
      {
        method: "POST",
        agent,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(payload),
          "X-Forwarded-For": address,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** CPU time (user + system) a process has used so far, in ms. */
function cpuMsOf(pid: number): number {
  // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

/** Runs `phase`, answering its result with the node's and this process's CPU use as % of one core. */
async function withCpu<T>(node: Node, phase: () => Promise<T>) {
  const [nodeBefore, selfBefore, started] = [cpuMsOf(node.child.pid!), process.cpuUsage(), performance.now()];
  const result = await phase();
  const wall = performance.now() - started;
  const self = process.cpuUsage(selfBefore);
  return {
    result,
    nodeCpu: (100 * (cpuMsOf(node.child.pid!) - nodeBefore)) / wall,
    clientCpu: (100 * (self.user + self.system)) / 1000 / wall,
  };
}

/** Milliseconds of each of `SAMPLES` logins in a row, and how many did not answer 200. */
async function legitimateLogins(node: Node, email: string): Promise<{ ms: number[]; failed: number }> {
  const ms: number[] = [];
  let failed = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    const status = await post(node, "/auth/login", { email, password: PASSWORD }, freshAddress());
    ms.push(performance.now() - started);
    if (status !== 200) failed++;
  }
  return { ms, failed };
}

/** FLOOD clients, each sending the next login for an unknown email as soon as the last one answers. */
function startFlood(node: Node) {
  const statuses = new Map<number, number>();
  let running = true;
  const clients = Array.from({ length: FLOOD }, async () => {
    while (running) {
      const status = await post(
        node,
        "/auth/login",
        { email: `nobody-${randomUUID().slice(0, 12)}@example.test`, password: "guess-guess-guess" },
        FLOOD_ADDRESS,
      ).catch(() => 0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  const started = performance.now();
  return {
    async stop() {
      running = false;
      await Promise.all(clients);
      return { statuses, seconds: (performance.now() - started) / 1000 };
    },
  };
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface Result {
  protection: string;
  idle: number[];
  flood: number[];
  failedUnderFlood: number;
  statuses: Map<number, number>;
  floodPerSecond: number;
  /** The node's CPU, % of one core, idle and under the flood; the load generator's under the flood. */
  cpu: { idle: number; flood: number; client: number };
}

async function measure(protection: string): Promise<Result> {
  const node = await startNode(protection);
  try {
    const email = `legit-${randomUUID().slice(0, 8)}@example.test`;
    const signedUp = await post(node, "/auth/signup", { email, password: PASSWORD }, freshAddress());
    if (signedUp !== 201) throw new Error(`sign-up answered ${signedUp}`);
    await legitimateLogins(node, email); // warm-up: JIT, pools, caches
    const idle = await withCpu(node, () => legitimateLogins(node, email));
    const flood = startFlood(node);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const underFlood = await withCpu(node, () => legitimateLogins(node, email));
    const { statuses, seconds } = await flood.stop();
    const answered = [...statuses.values()].reduce((a, b) => a + b, 0);
    return {
      protection,
      idle: idle.result.ms,
      flood: underFlood.result.ms,
      failedUnderFlood: underFlood.result.failed,
      statuses,
      floodPerSecond: answered / seconds,
      cpu: { idle: idle.nodeCpu, flood: underFlood.nodeCpu, client: underFlood.clientCpu },
    };
  } finally {
    await stopNode(node);
  }
}

const fmt = (ms: number) => `${Math.round(ms)} ms`;
const ratio = (a: number, b: number) => `×${(a / b).toFixed(1)}`;

const results: Result[] = [];
for (const protection of PROTECTIONS) {
  console.error(`auth-flood: measuring protection=${protection}`);
  results.push(await measure(protection));
}

console.log(
  `Auth flood: ${FLOOD} concurrent logins for unknown emails from one address; ${SAMPLES} legitimate logins ` +
    `in a row each idle and under the flood; ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)} at the end.\n`,
);
console.log(
  "| protection | idle p50 | idle p99 | flood p50 | flood p99 | p50 vs idle | p99 vs idle | user refused | " +
    "flood answers | node CPU idle → flood (load generator) |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const r of results) {
  const [i50, i99, f50, f99] = [
    percentile(r.idle, 50),
    percentile(r.idle, 99),
    percentile(r.flood, 50),
    percentile(r.flood, 99),
  ];
  const answers = [...r.statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${n}×${status}`)
    .join(", ");
  console.log(
    `| ${r.protection} | ${fmt(i50)} | ${fmt(i99)} | ${fmt(f50)} | ${fmt(f99)} | ${ratio(f50, i50)} | ${ratio(f99, i99)} | ` +
      `${r.failedUnderFlood}/${SAMPLES} | ${answers} (${Math.round(r.floodPerSecond)}/s) | ` +
      `${Math.round(r.cpu.idle)} % → ${Math.round(r.cpu.flood)} % (${Math.round(r.cpu.client)} %) |`,
  );
}
