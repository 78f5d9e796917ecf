/** The deployment files are checked offline (no Docker engine or cluster here): they parse, render, and match the code. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { loadConfig } from "../../config.js";
import { availableServices } from "../../node.js";

const CONFIG_VARS =
  readFileSync("config.ts", "utf8")
    .match(/env, "([A-Z_0-9]+)"/g)
    ?.map((m) => m.slice(6, -1)) ?? [];

function render(overlay: string) {
  const text = execFileSync("kubectl", ["kustomize", `k8s/overlays/${overlay}`]).toString();
  return parseAllDocuments(text).map((d) => d.toJSON());
}

describe("Dockerfile", () => {
  const dockerfile = readFileSync("Dockerfile", "utf8");

  it("runs the compiled build with node itself, and ships neither TypeScript nor tsx", () => {
    const stages = dockerfile.split(/^FROM /m).slice(1);
    const runtime = stages[stages.length - 1];
    expect(runtime).toMatch(/^CMD \["node", "dist\/bin\/start\.js"\]$/m);
    expect(runtime).toContain("npm ci --omit=dev");
    expect(runtime).toContain("COPY --from=build /app/dist ./dist");
    expect(runtime).not.toMatch(/tsx|\.ts\b|COPY \. \./);
    // What --omit=dev leaves out: tsx and typescript are development dependencies only.
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Record<string, Record<string, string>>;
    expect(Object.keys(pkg.dependencies)).not.toContain("tsx");
    expect(Object.keys(pkg.dependencies)).not.toContain("typescript");
  });
});

describe("docker-compose.yml", () => {
  const compose = parse(readFileSync("docker-compose.yml", "utf8"), { merge: true });

  it("runs every service of the codebase on some node", () => {
    const nodes = ["gateway", "core", "events"].map((n) => compose.services[n].environment.SERVICES.split(","));
    expect(nodes.flat().sort()).toEqual(availableServices());
  });

  it("sets only variables the config knows, with values the config accepts", () => {
    const env = {
      ...compose.services.core.environment,
      JWT_SECRET: "x".repeat(40),
      PAYMENTS_WEBHOOK_SECRETS: `whsec_${Buffer.alloc(32, 7).toString("base64")}`,
      ADMIN_EMAIL: "",
      MIXPANEL_TOKEN: "",
    };
    for (const name of Object.keys(env)) expect(CONFIG_VARS).toContain(name);
    expect(() => loadConfig(env)).not.toThrow();
  });

  it("probes readiness on the health port", () => {
    expect(compose.services.gateway.healthcheck.test.join(" ")).toContain("3001/ready");
  });
});

describe("docker-compose config", () => {
  const env = { ...process.env, JWT_SECRET: "x".repeat(40), PAYMENTS_WEBHOOK_SECRETS: "whsec_x" };
  const config = (file: string) => execFileSync("docker-compose", ["-f", file, "config", "-q"], { env, stdio: "pipe" });

  it("validates docker-compose.yml against the Compose schema", () => {
    expect(() => config("docker-compose.yml")).not.toThrow();
  });

  it("refuses a file the schema doesn't allow (the check is real)", () => {
    const dir = mkdtempSync(join(tmpdir(), "meshwork-compose-"));
    try {
      writeFileSync(join(dir, "docker-compose.yml"), "services:\n  gateway:\n    imagee: meshwork\n");
      expect(() => config(join(dir, "docker-compose.yml"))).toThrow(/imagee/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("migrates once before the nodes start", () => {
    const compose = parse(readFileSync("docker-compose.yml", "utf8"), { merge: true });
    expect(compose.services.migrate.command).toEqual(["node", "dist/bin/migrate.js"]);
    for (const node of ["gateway", "core", "events"]) {
      expect(compose.services[node].depends_on.migrate).toEqual({ condition: "service_completed_successfully" });
    }
  });
});

describe("k8s overlays", () => {
  for (const overlay of ["dev", "production"]) {
    it(`${overlay} renders deployments with probes on /live and /ready and known env`, () => {
      const docs = render(overlay);
      // The node roles (dev also deploys its own Redis, components/infra).
      const deployments = docs.filter((d) => d.kind === "Deployment" && d.metadata.name.startsWith("meshwork-"));
      expect(deployments.map((d) => d.metadata.name).sort()).toEqual([
        "meshwork-core",
        "meshwork-events",
        "meshwork-gateway",
      ]);
      const configMap = docs.find((d) => d.kind === "ConfigMap");
      for (const name of Object.keys(configMap.data)) expect(CONFIG_VARS).toContain(name);
      const served: string[] = [];
      for (const d of deployments) {
        const container = d.spec.template.spec.containers[0];
        expect(container.readinessProbe.httpGet.path).toBe("/ready");
        expect(container.livenessProbe.httpGet.path).toBe("/live");
        for (const e of container.env) expect(CONFIG_VARS).toContain(e.name);
        const services = container.env.find((e: { name: string }) => e.name === "SERVICES").value.split(",");
        for (const s of services) expect(availableServices()).toContain(s);
        served.push(...services);
      }
      // Every service of the codebase runs on some deployment.
      expect(served.sort()).toEqual(availableServices());
      // The gateway keeps serving until endpoints drop it, then drains within the grace period.
      const gateway = deployments.find((d) => d.metadata.name === "meshwork-gateway");
      expect(gateway.spec.template.spec.containers[0].lifecycle.preStop.exec.command).toEqual(["sleep", "5"]);
      expect(gateway.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(20);
    });

    it(`${overlay} scales, spreads, sizes, migrates first and fences every role`, () => {
      const docs = render(overlay);
      const deployments = docs.filter((d) => d.kind === "Deployment" && d.metadata.name.startsWith("meshwork-"));
      // CPU autoscaling for the stateless roles, never below two... replicas in production.
      const hpas = docs.filter((d) => d.kind === "HorizontalPodAutoscaler");
      expect(hpas.map((h) => h.spec.scaleTargetRef.name).sort()).toEqual(["meshwork-core", "meshwork-gateway"]);
      for (const hpa of hpas) {
        expect(hpa.spec.metrics[0].resource.name).toBe("cpu");
        expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
        if (overlay === "production") expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      }
      for (const d of deployments) {
        const pod = d.spec.template.spec;
        // Requests and a memory limit on every container, init containers included.
        for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
          expect(c.resources.requests.cpu, `${d.metadata.name}/${c.name}`).toBeTruthy();
          expect(c.resources.requests.memory, `${d.metadata.name}/${c.name}`).toBeTruthy();
          expect(c.resources.limits.memory, `${d.metadata.name}/${c.name}`).toBeTruthy();
        }
        expect(pod.topologySpreadConstraints.map((t: { topologyKey: string }) => t.topologyKey)).toEqual([
          "topology.kubernetes.io/zone",
          "kubernetes.io/hostname",
        ]);
        expect(d.spec.template.metadata.labels["app.kubernetes.io/part-of"]).toBe("meshwork");
      }
      // The roles with a database migrate their domains before the node starts.
      for (const name of ["meshwork-core", "meshwork-events"]) {
        const pod = deployments.find((d) => d.metadata.name === name).spec.template.spec;
        const migrate = pod.initContainers.find((c: { name: string }) => c.name === "migrate");
        expect(migrate.command).toEqual(["node", "dist/bin/migrate.js"]);
        const services = (c: { env: { name: string; value?: string }[] }) =>
          c.env.find((e) => e.name === "SERVICES")?.value;
        expect(services(migrate)).toBe(services(pod.containers[0]));
      }
      // All ingress denied but the gateway's HTTP port (and metrics to the monitoring namespace).
      const policies = docs.filter((d) => d.kind === "NetworkPolicy");
      const denyAll = policies.find((p) => Object.keys(p.spec.podSelector).length === 0);
      expect(denyAll.spec).toEqual({ podSelector: {}, policyTypes: ["Ingress"] });
      const open = policies.filter((p) => p.spec.ingress?.some((rule: { from?: unknown }) => !rule.from));
      expect(open.map((p) => p.spec.podSelector.matchLabels)).toEqual([
        { "app.kubernetes.io/name": "meshwork-gateway" },
      ]);
    });
  }

  it("dev brings its own NATS JetStream (on a volume), PostgreSQL, Redis and etcd", () => {
    const docs = render("dev");
    const sets = docs.filter((d) => d.kind === "StatefulSet");
    expect(sets.map((d) => d.metadata.name).sort()).toEqual(["etcd", "nats", "postgres"]);
    const nats = sets.find((d) => d.metadata.name === "nats");
    expect(nats.spec.template.spec.containers[0].args).toContain("-js");
    expect(nats.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBeTruthy();
    expect(docs.find((d) => d.kind === "Deployment" && d.metadata.name === "redis")).toBeTruthy();
    const services = docs.filter((d) => d.kind === "Service").map((d) => d.metadata.name);
    expect(services).toEqual(expect.arrayContaining(["nats", "postgres", "redis", "etcd"]));
    // The generated Secret is what the Deployments read, and its config loads.
    const secret = docs.find(
      (d) => d.kind === "Secret" && d.metadata.name.startsWith("meshwork-") && d.data.JWT_SECRET,
    );
    const env = Object.fromEntries(
      Object.entries(secret.data as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, "base64").toString()]),
    );
    expect(env.DATABASE_URL).toMatch(/@postgres:5432\//);
    expect(() => loadConfig({ ...env, NODE_ENV: "production" })).not.toThrow();
  });

  it("production runs no backing service of its own and names the external ones", () => {
    const docs = render("production");
    expect(docs.filter((d) => d.kind === "StatefulSet")).toEqual([]);
    expect(docs.filter((d) => d.kind === "Secret")).toEqual([]);
    const external = docs.filter((d) => d.kind === "Service" && d.spec.type === "ExternalName");
    expect(external.map((d) => d.metadata.name).sort()).toEqual(["etcd", "nats", "redis"]);
    const configMap = docs.find((d) => d.kind === "ConfigMap");
    expect(configMap.data).toMatchObject({
      TRANSPORTER: "nats://nats:4222",
      REDIS_URL: "redis://redis:6379",
      DISCOVERER: "etcd3://etcd:2379",
    });
  });
});
