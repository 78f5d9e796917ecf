/**
 * Quota alerts on one embedded node with a free quota of 10: QuotaWarning at 8 calls and QuotaExceeded
 * at 10, each once per team and period on the requests topic (refused calls, redelivered events and
 * a second batch past the threshold raise nothing more), and the team's administrators get the mail
 * and the inbox entry.
 */
import { randomUUID } from "node:crypto";
import type { Sequelize } from "sequelize";
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { topicModules } from "../../events/topics.js";
import { decodeEnvelope, type Envelope } from "../../lib/events/envelope.js";
import { waitForMail } from "../support/mail.js";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  startTestNode,
  type ApiClient,
  type Json,
  type TestNode,
} from "../support/testkit.js";
import { billingTeam, type BillingTeam } from "./billing-kit.js";

const QUOTA = 10;
let node: TestNode;
let client: ApiClient;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0", TIERS: JSON.stringify({ free: { requestsPerMonth: QUOTA } }) });
  client = api(node.baseUrl);
});
afterAll(() => node?.stop());

interface UsageService {
  sql(): Sequelize;
  foldBatch(envelopes: Envelope[]): Promise<void>;
  /** What this node remembers having recorded (another node, or a restarted one, starts empty). */
  recorded: Set<string>;
}
const usage = () => node.broker.getLocalService("usage") as unknown as UsageService;

/** The quota alerts the outbox holds for a team, oldest first. */
async function alertsOf(teamId: string): Promise<{ type: string; event: Json }[]> {
  const sql = "SELECT envelope FROM outbox WHERE topic = 'requests' ORDER BY seq";
  const rows = await usage().sql().query<{ envelope: Buffer }>(sql, { type: QueryTypes.SELECT });
  return rows
    .map((row) => decodeEnvelope(row.envelope))
    .filter((e) => e.teamId === teamId && e.type !== "Request")
    .map((e) => ({ type: e.type, event: topicModules.requests.toJSON(topicModules.requests.decode(e.payload)) }));
}

async function keyed(): Promise<BillingTeam & { key: string }> {
  const team = await billingTeam(client);
  const res = await client.post(`/teams/${team.teamId}/keys`, { description: "alerts" }, { token: team.token });
  expectJson(res, 201);
  return { ...team, key: res.body.key };
}

const call = (team: { key: string }) => client.get("/projects", { apiKey: team.key });

describe("quota alerts", () => {
  it("raise QuotaWarning at 80 % and QuotaExceeded at 100 %, once each, and mail the administrators", async () => {
    const team = await keyed();
    for (let i = 0; i < 7; i++) expectJson(await call(team));
    await eventually(async () => {
      const res = await client.get(`/teams/${team.teamId}/usage`, { token: team.token });
      expect(res.body.used).toBe(7);
    });
    expect(await alertsOf(team.teamId)).toEqual([]);
    expectJson(await call(team));
    const [warning] = await eventually(async () => {
      const alerts = await alertsOf(team.teamId);
      expect(alerts.map((a) => a.type)).toEqual(["QuotaWarning"]);
      return alerts;
    });
    expect(warning.event.quota).toMatchObject({ tier: "free", limit: QUOTA, used: 8, percent: 80 });
    for (let i = 0; i < 2; i++) expectJson(await call(team));
    for (let i = 0; i < 3; i++) expectProblem(await call(team), 429, "QUOTA_EXCEEDED");
    const alerts = await eventually(async () => {
      const found = await alertsOf(team.teamId);
      expect(found.map((a) => a.type)).toEqual(["QuotaWarning", "QuotaExceeded"]);
      return found;
    });
    expect(alerts[1].event.quota).toMatchObject({ limit: QUOTA, used: QUOTA, percent: 100 });
    const [mail] = await waitForMail(client, team.owner.user.email, "quota-warning");
    expect(mail.bodyText).toContain("80% of its 10 metered requests");
    const [exceeded] = await waitForMail(client, team.owner.user.email, "quota-exceeded");
    expect(exceeded.bodyText).toContain("all 10 metered requests");
    const inbox = await eventually(async () => {
      const res = await client.get("/notifications", { token: team.token });
      expectJson(res);
      const kinds = (res.body.rows as { kind: string }[]).map((n) => n.kind);
      expect(kinds).toEqual(expect.arrayContaining(["quota-warning", "quota-exceeded"]));
      return kinds;
    });
    expect(inbox.filter((k) => k === "quota-warning")).toHaveLength(1);
  });

  it("fire once per team and period however often the threshold is crossed again or events come back", async () => {
    const team = await keyed();
    for (let i = 0; i < QUOTA; i++) expectJson(await call(team));
    await eventually(async () => expect((await alertsOf(team.teamId)).length).toBe(2));
    const period = (await client.get(`/teams/${team.teamId}/usage`, { token: team.token })).body;
    // More events of the same period, new ones and a redelivered one, past both thresholds again.
    const made = (id: string): Envelope => ({
      id,
      topic: "requests",
      type: "Request",
      occurredAt: Date.now(),
      actorId: team.owner.user.id,
      teamId: team.teamId,
      entity: "request",
      entityId: id,
      traceId: id,
      schemaVersion: 1,
      payload: topicModules.requests.encode("Request", {
        method: "GET",
        route: "/projects",
        status: 200,
        periodStart: Date.parse(period.periodStart),
        periodEnd: Date.parse(period.periodEnd),
      }),
    });
    const again = [made(randomUUID()), made(randomUUID())];
    // As a restarted node would, with nothing remembered: the table's key is what keeps them single.
    usage().recorded.clear();
    await usage().foldBatch(again);
    await usage().foldBatch([again[0]]);
    const after = await client.get(`/teams/${team.teamId}/usage`, { token: team.token });
    expect(after.body.used).toBe(QUOTA + 2);
    expect((await alertsOf(team.teamId)).map((a) => a.type)).toEqual(["QuotaWarning", "QuotaExceeded"]);
    const rows = await usage()
      .sql()
      .query<{ n: number }>("SELECT count(*)::int AS n FROM usage_alerts WHERE team_id = $1", {
        bind: [team.teamId],
        type: QueryTypes.SELECT,
      });
    expect(rows[0].n).toBe(2);
  });
});
