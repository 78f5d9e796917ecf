/** The test kit's fakes: a neighbour service that answers as told and records every call and event. */
import { ServiceBroker, type Context, type ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asUser, fakeService } from "../support/testkit.js";

/** A tiny service under test that depends on "teams" and announces what it did. */
const Greeter: ServiceSchema = {
  name: "greeter",
  actions: {
    async greetTeam(ctx: Context<{ teamId: string }>) {
      const team = await ctx.call<{ name: string }, { id: string }>("teams.get", { id: ctx.params.teamId });
      ctx.emit("greeter.greeted", { teamId: ctx.params.teamId });
      return `hello ${team.name}`;
    },
  },
};

describe("fakeService", () => {
  const broker = new ServiceBroker({ logger: false });
  const teams = fakeService(
    "teams",
    { get: (params: { id: string }) => ({ id: params.id, name: `team ${params.id}` }), list: [] },
    ["greeter.greeted"],
  );
  const failing = fakeService("billing", {
    charge: () => {
      throw new Error("card declined");
    },
  });
  broker.createService(teams.schema);
  broker.createService(failing.schema);
  broker.createService(Greeter);

  beforeAll(() => broker.start());
  afterAll(() => broker.stop());

  it("answers with the function's result and records params and meta", async () => {
    teams.reset();
    await expect(
      broker.call("greeter.greetTeam", { teamId: "t1" }, asUser({ id: "u1", email: "u@x.test", roles: ["user"] })),
    ).resolves.toBe("hello team t1");
    expect(teams.callsTo("get")).toHaveLength(1);
    expect(teams.callsTo("get")[0].params).toEqual({ id: "t1" });
    expect(teams.callsTo("get")[0].meta.user).toMatchObject({ id: "u1", via: "jwt" });
  });

  it("answers a canned value with a fresh copy each time", async () => {
    const first = await broker.call<unknown[]>("teams.list");
    first.push("mutated");
    await expect(broker.call("teams.list")).resolves.toEqual([]);
    expect(teams.callsTo("list").length).toBeGreaterThanOrEqual(2);
  });

  it("records the events it listens to", async () => {
    teams.reset();
    await broker.call("greeter.greetTeam", { teamId: "t2" });
    await new Promise((resolve) => setImmediate(resolve));
    expect(teams.events).toEqual([{ event: "greeter.greeted", params: { teamId: "t2" } }]);
  });

  it("fails the call when the answer function throws, and still records it", async () => {
    await expect(broker.call("billing.charge", { amount: 5 })).rejects.toThrow("card declined");
    expect(failing.calls).toEqual([{ action: "charge", params: { amount: 5 }, meta: {} }]);
  });
});
