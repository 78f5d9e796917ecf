/** Moleculer's request metrics through lib/metrics.ts: the same series per service, action and type, without caller or levels. */
import { Errors, ServiceBroker } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installLeanRequestMetrics } from "../../lib/metrics.js";
import { cloneCached } from "../../mixins/cache.mixin.js";

interface Item {
  labels: Record<string, unknown>;
  value?: number;
  count?: number;
  quantileValues?: unknown;
}
interface Metric {
  values: Map<string, Item>;
  labelNames: string[];
}

let broker: ServiceBroker;
const metric = (name: string) => broker.metrics.getMetric(name) as unknown as Metric | null;
const items = (name: string) => [...(metric(name)?.values.values() ?? [])];

beforeAll(async () => {
  installLeanRequestMetrics();
  broker = new ServiceBroker({ logger: false, metrics: { enabled: true, reporter: [] } });
  broker.createService({
    name: "probe",
    actions: {
      ok: () => ({ fine: true }),
      fail: () => {
        throw new Errors.MoleculerClientError("nope", 422, "NOPE");
      },
    },
  });
  await broker.start();
});
afterAll(() => broker.stop());

describe("lean request metrics", () => {
  it("counts calls, errors and times per service, action and type", async () => {
    await broker.call("probe.ok");
    await broker.call("probe.ok");
    await broker.call("probe.fail").catch(() => undefined);
    const labels = { service: "probe", action: "probe.ok", type: "local" };
    expect(items("moleculer.request.total")).toContainEqual(expect.objectContaining({ labels, value: 2 }));
    expect(items("moleculer.request.active")).toContainEqual(expect.objectContaining({ labels, value: 0 }));
    expect(items("moleculer.request.error.total")).toContainEqual(
      expect.objectContaining({
        labels: {
          service: "probe",
          action: "probe.fail",
          type: "local",
          errorName: "MoleculerClientError",
          errorCode: 422,
          errorType: "NOPE",
        },
        value: 1,
      }),
    );
    const time = items("moleculer.request.time").find((item) => item.labels.action === "probe.ok");
    expect(time?.count).toBe(2);
    // Buckets only: Prometheus computes quantiles from them.
    expect(time?.quantileValues).toBeUndefined();
  });

  it("drops the caller label and the call-depth counter", () => {
    expect(metric("moleculer.request.total")?.labelNames).toEqual(["service", "action", "type"]);
    expect(metric("moleculer.request.levels")).toBeNull();
  });
});

describe("cloneCached", () => {
  it("copies JSON-shaped values deeply, Dates included, and keeps other objects by reference", () => {
    const buffer = Buffer.from("x");
    const original = { a: [1, { b: "c" }], when: new Date(5), nothing: null, buffer };
    const copy = cloneCached(original);
    expect(copy).toEqual(original);
    expect(copy.a).not.toBe(original.a);
    expect(copy.a[1]).not.toBe(original.a[1]);
    expect(copy.when).not.toBe(original.when);
    expect(copy.when.getTime()).toBe(5);
    expect(copy.buffer).toBe(buffer);
    expect(cloneCached("text")).toBe("text");
    expect(cloneCached(undefined)).toBeUndefined();
  });
});
