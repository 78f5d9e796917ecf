/** The deployment files are checked offline (no Docker engine or cluster here): they parse, render, and match the code. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
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

describe("k8s overlays", () => {
  for (const overlay of ["dev", "production"]) {
    it(`${overlay} renders deployments with probes on /live and /ready and known env`, () => {
      const docs = render(overlay);
      const deployments = docs.filter((d) => d.kind === "Deployment");
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
  }
});
