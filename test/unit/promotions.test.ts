/**
 * The promotions service on its own broker and database, with fake teams, products and customers
 * services: the approval workflow (every transition), self-approval, edits that reset to draft,
 * validation by field, references to other teams, pricing and usage budgets, team removal.
 */
import { randomUUID } from "node:crypto";
import type { ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceUnderTest, type ServiceUnderTest } from "meshwork/testing";
import type { Envelope } from "../../lib/events/envelope.js";
import type { Page } from "../../lib/pagination.js";
import PromotionsService, {
  type Promotion,
  type PromotionStatus,
  type Quote,
  type RedemptionView,
} from "../../services/promotions/promotions.service.js";
import { hundredthsToPercent } from "../../services/promotions/common.js";

type Role = "administrator" | "editor" | "commenter" | "viewer";
type User = ReturnType<ServiceUnderTest["user"]>;
type Json = Record<string, unknown>;

let kit: ServiceUnderTest;
const teamId = randomUUID();
const otherTeam = randomUUID();
/** `${teamId}/${userId}` → role, as the fake teams service answers it. */
const roles = new Map<string, Role>();
/** Product and customer ids per team, as the fake products and customers services answer them. */
const products = new Map<string, string[]>([
  [teamId, Array.from({ length: 8 }, () => randomUUID())],
  [otherTeam, [randomUUID()]],
]);
const customers = new Map<string, string[]>([
  [teamId, [randomUUID()]],
  [otherTeam, [randomUUID()]],
]);
const [apple, pear, plum, fig, kiwi, lime, date, quince] = products.get(teamId)!;
const customer = customers.get(teamId)![0];
let author: User;
let admin: User;
let reviewer: User;
let viewer: User;
let stranger: User;

const key = (team: string, user: string) => `${team}/${user}`;

beforeAll(async () => {
  kit = await serviceUnderTest(PromotionsService as unknown as ServiceSchema, {
    fakes: {
      teams: {
        membership: (p: { teamId: string; userId: string }) => {
          const role = roles.get(key(p.teamId, p.userId));
          return role ? { role } : null;
        },
        teamIdsOf: (p: { userId: string }) => [teamId, otherTeam].filter((team) => roles.has(key(team, p.userId))),
      },
      products: {
        ofTeam: (p: { teamId: string; ids: string[] }) =>
          p.ids
            .filter((id) => products.get(p.teamId)?.includes(id))
            .map((id) => ({ id, name: "P", sku: id.slice(0, 8), priceCents: 100, currency: "USD" })),
      },
      customers: {
        ofTeam: (p: { teamId: string; ids: string[] }) => p.ids.filter((id) => customers.get(p.teamId)?.includes(id)),
      },
    },
  });
  author = kit.user();
  admin = kit.user();
  reviewer = kit.user();
  viewer = kit.user();
  stranger = kit.user();
  roles.set(key(teamId, author.id), "editor");
  roles.set(key(teamId, admin.id), "administrator");
  roles.set(key(teamId, reviewer.id), "administrator");
  roles.set(key(teamId, viewer.id), "viewer");
  roles.set(key(otherTeam, stranger.id), "administrator");
});
afterAll(() => kit?.stop());

const NOW = Date.now();
const iso = (offsetDays: number) => new Date(NOW + offsetDays * 86_400_000).toISOString();

function draftBody(extra: Json = {}): Json {
  return {
    teamId,
    name: "Spring sale",
    validFrom: iso(-1),
    validThru: iso(30),
    lines: [
      { productId: apple, type: "percent", value: 10 },
      { productId: pear, type: "amount", value: 150 },
    ],
    ...extra,
  };
}

const create = (extra: Json = {}, user: User = author) =>
  kit.call<Promotion>("promotions.create", draftBody(extra), { user });
const act = (action: "submit" | "approve" | "reject", id: string, user: User, extra: Json = {}) =>
  kit.call<Promotion>(
    `promotions.${action}`,
    { id, ...(action === "reject" ? { reason: "Too generous" } : {}), ...extra },
    { user },
  );

/** A promotion in `status`, reached through the workflow (approvals by the reviewer, not the author). */
async function promotionIn(status: PromotionStatus, extra: Json = {}): Promise<Promotion> {
  const promotion = await create(extra);
  if (status === "draft") return promotion;
  await act("submit", promotion.id, author);
  if (status === "pending") return kit.call("promotions.get", { id: promotion.id }, { user: viewer });
  return act(status === "approved" ? "approve" : "reject", promotion.id, reviewer);
}

async function eventsOf(entityId: string) {
  return (await kit.published("promotions")).filter((e) => e.entityId === entityId);
}

/** The field names of a 422's errors. */
async function fieldsOf(call: Promise<unknown>): Promise<string[]> {
  const err = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as { code: number; data: { field: string }[] } | null;
  expect(err, "the call should have failed").not.toBeNull();
  expect(err?.code).toBe(422);
  return (err?.data ?? []).map((e) => e.field);
}

describe("promotions.create", () => {
  it("creates a draft with its lines, authored by the caller, and publishes Created", async () => {
    const promotion = await create({
      description: "Ten off apples",
      customerId: customer,
      combinable: true,
      priority: 5,
      usageLimit: 3,
      lines: [
        { productId: apple, type: "percent", value: 12.5 },
        { productId: pear, type: "percent", value: 0.29 },
        { productId: plum, type: "amount", value: 99 },
      ],
    });
    expect(promotion).toMatchObject({
      teamId,
      name: "Spring sale",
      description: "Ten off apples",
      customerId: customer,
      status: "draft",
      combinable: true,
      priority: 5,
      usageLimit: 3,
      usageCount: 0,
      createdBy: author.id,
      approvedBy: null,
      rejectionReason: null,
      lines: [
        { productId: apple, type: "percent", value: 12.5 },
        { productId: pear, type: "percent", value: 0.29 },
        { productId: plum, type: "amount", value: 99 },
      ],
    });
    expect(Object.keys(promotion)).toEqual([
      "id",
      "teamId",
      "name",
      "description",
      "customerId",
      "validFrom",
      "validThru",
      "status",
      "combinable",
      "priority",
      "usageLimit",
      "usageCount",
      "lines",
      "createdBy",
      "approvedBy",
      "rejectionReason",
      "createdAt",
      "updatedAt",
    ]);
    const [created] = await eventsOf(promotion.id);
    expect(created).toMatchObject({
      type: "Created",
      entity: "promotion",
      teamId,
      actorId: author.id,
      event: {
        promotion: {
          id: promotion.id,
          approvalStatus: "draft",
          usageLimit: 3,
          hasUsageLimit: true,
          customerId: customer,
          lines: [
            { productId: apple, type: "percent", percentOffHundredths: 1250, percentOff: 12 },
            { productId: pear, type: "percent", percentOffHundredths: 29, percentOff: 0 },
            { productId: plum, type: "amount", amountOffCents: 99 },
          ],
        },
      },
    });
    // The products service was asked about the team's products, once.
    expect(kit.fakes.products.callsTo("ofTeam").at(-1)?.params).toEqual({ teamId, ids: [apple, pear, plum] });
  });

  it("ignores status, counters, authors and ids in the body", async () => {
    const forged = randomUUID();
    const promotion = await create({
      id: forged,
      status: "approved",
      usageCount: 7,
      approvedBy: admin.id,
      createdBy: admin.id,
      rejectionReason: "x",
    });
    expect(promotion).toMatchObject({ status: "draft", usageCount: 0, approvedBy: null, createdBy: author.id });
    expect(promotion.id).not.toBe(forged);
  });

  it("answers 403 to a viewer and 404 to an outsider", async () => {
    await expect(create({}, viewer)).rejects.toMatchObject({ code: 403, type: "ROLE_TOO_LOW" });
    await expect(create({}, stranger)).rejects.toMatchObject({ code: 404, type: "NOT_FOUND" });
  });
});

describe("validation names the field", () => {
  const lines = (...l: Json[]) => ({ lines: l });
  const percent = (value: unknown) => ({ productId: apple, type: "percent", value });
  const amount = (value: unknown) => ({ productId: pear, type: "amount", value });
  it.each<[string, Json, string[]]>([
    ["a missing name", { name: undefined }, ["name"]],
    ["a blank name", { name: "   " }, ["name"]],
    ["validThru before validFrom", { validFrom: iso(2), validThru: iso(1) }, ["validThru"]],
    ["a day that doesn't exist", { validFrom: "2025-02-30T00:00:00Z" }, ["validFrom"]],
    ["a date-time without a time zone", { validThru: "2030-01-01T00:00:00" }, ["validThru"]],
    ["a bare date", { validFrom: "2030-01-01" }, ["validFrom"]],
    ["a control character in the name", { name: "Bell\u0007" }, ["name"]],
    ["a lone surrogate in the name", { name: "Half \ud800 a pair" }, ["name"]],
    ["a lone surrogate in the description", { description: "Line one\nhalf \udc00" }, ["description"]],
    ["a percent of 0", lines(percent(0)), ["lines[0].value"]],
    ["a percent over 100", lines(percent(100.01)), ["lines[0].value"]],
    ["a percent with three decimals", lines(percent(12.345)), ["lines[0].value"]],
    ["a fractional amount", lines(percent(5), amount(1.5)), ["lines[1].value"]],
    ["an amount of 0", lines(amount(0)), ["lines[0].value"]],
    ["an unknown line type", lines({ productId: apple, type: "free", value: 1 }), ["lines[0].type"]],
    ["a line without a product", lines({ type: "percent", value: 1 }), ["lines[0].productId"]],
    ["no lines", lines(), ["lines"]],
    [
      "101 lines",
      { lines: Array.from({ length: 101 }, () => ({ productId: randomUUID(), type: "amount", value: 1 })) },
      ["lines"],
    ],
    [
      "two lines for one product",
      lines(percent(5), { productId: apple, type: "amount", value: 1 }),
      ["lines[1].productId"],
    ],
    ["a usage limit of 0", { usageLimit: 0 }, ["usageLimit"]],
    ["a fractional priority", { priority: 1.5 }, ["priority"]],
    ["a customer id that is no uuid", { customerId: "nope" }, ["customerId"]],
  ])("refuses %s", async (_what, extra, fields) => {
    expect(await fieldsOf(create(extra))).toEqual(fields);
  });

  it("refuses a line naming another team's product, by its index", async () => {
    const foreign = products.get(otherTeam)![0];
    const body = {
      lines: [
        { productId: apple, type: "percent", value: 5 },
        { productId: foreign, type: "percent", value: 5 },
        { productId: randomUUID(), type: "amount", value: 5 },
      ],
    };
    expect(await fieldsOf(create(body))).toEqual(["lines[1].productId", "lines[2].productId"]);
  });

  it("refuses another team's customer", async () => {
    expect(await fieldsOf(create({ customerId: customers.get(otherTeam)![0] }))).toEqual(["customerId"]);
  });

  it("refuses on a PATCH what it refuses on a create, against the stored values", async () => {
    const promotion = await create({ validFrom: iso(1), validThru: iso(5) });
    expect(
      await fieldsOf(kit.call("promotions.update", { id: promotion.id, validThru: iso(0) }, { user: author })),
    ).toEqual(["validThru"]);
    const foreign = { productId: products.get(otherTeam)![0], type: "amount", value: 5 };
    expect(
      await fieldsOf(kit.call("promotions.update", { id: promotion.id, lines: [foreign] }, { user: author })),
    ).toEqual(["lines[0].productId"]);
    expect((await kit.call<Promotion>("promotions.get", { id: promotion.id }, { user: viewer })).updatedAt).toBe(
      promotion.updatedAt,
    );
  });
});

describe("percent values", () => {
  it.each([0.01, 0.29, 1.1, 12.5, 33.33, 99.99, 100])("keeps %s exactly", async (value) => {
    const promotion = await create({ lines: [{ productId: apple, type: "percent", value }] });
    expect(promotion.lines[0].value).toBe(value);
    expect(String(promotion.lines[0].value)).toBe(String(value));
  });

  it("shows hundredths through integer division and the decimal text", () => {
    expect([1, 29, 110, 1250, 3333, 9999, 10000].map(hundredthsToPercent)).toEqual([
      0.01, 0.29, 1.1, 12.5, 33.33, 99.99, 100,
    ]);
  });
});

describe("the approval workflow", () => {
  const STATUSES: PromotionStatus[] = ["draft", "pending", "approved", "rejected"];
  /** Where each step leads from each status; null is 409 INVALID_TRANSITION. */
  const TABLE: Record<"submit" | "approve" | "reject", Record<PromotionStatus, PromotionStatus | null>> = {
    submit: { draft: "pending", rejected: "pending", pending: null, approved: null },
    approve: { pending: "approved", draft: null, approved: null, rejected: null },
    reject: { pending: "rejected", draft: null, approved: null, rejected: null },
  };
  const rows = (["submit", "approve", "reject"] as const).flatMap((step) =>
    STATUSES.map((from) => ({ step, from, to: TABLE[step][from] })),
  );

  it.each(rows)("$step from $from → $to", async ({ step, from, to }) => {
    const promotion = await promotionIn(from);
    const user = step === "submit" ? author : reviewer;
    const before = (await eventsOf(promotion.id)).length;
    if (to === null) {
      await expect(act(step, promotion.id, user)).rejects.toMatchObject({ code: 409, type: "INVALID_TRANSITION" });
      const unchanged = await kit.call<Promotion>("promotions.get", { id: promotion.id }, { user: viewer });
      expect(unchanged.status).toBe(from);
      expect((await eventsOf(promotion.id)).length).toBe(before);
      return;
    }
    const moved = await act(step, promotion.id, user);
    expect(moved.status).toBe(to);
    expect(moved.approvedBy).toBe(to === "approved" ? reviewer.id : null);
    expect(moved.rejectionReason).toBe(to === "rejected" ? "Too generous" : null);
    const events = (await eventsOf(promotion.id)).slice(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "ApprovalStatusChanged",
      actorId: user.id,
      event: { previousApprovalStatus: from, promotion: { approvalStatus: to } },
    });
  });

  it("refuses approval and rejection to the author, even an administrator (403 SELF_APPROVAL)", async () => {
    const promotion = await create({}, admin);
    await act("submit", promotion.id, admin);
    await expect(act("approve", promotion.id, admin)).rejects.toMatchObject({ code: 403, type: "SELF_APPROVAL" });
    await expect(act("reject", promotion.id, admin)).rejects.toMatchObject({ code: 403, type: "SELF_APPROVAL" });
    expect((await act("approve", promotion.id, reviewer)).approvedBy).toBe(reviewer.id);
  });

  it("refuses approval to the administrator who last edited it", async () => {
    const promotion = await create();
    await kit.call("promotions.update", { id: promotion.id, priority: 9 }, { user: admin });
    await act("submit", promotion.id, author);
    await expect(act("approve", promotion.id, admin)).rejects.toMatchObject({ code: 403, type: "SELF_APPROVAL" });
    expect((await act("approve", promotion.id, reviewer)).status).toBe("approved");
  });

  it("leaves approval and rejection to administrators (403 to an editor)", async () => {
    const promotion = await promotionIn("pending", {});
    const editor = kit.user();
    roles.set(key(teamId, editor.id), "editor");
    await expect(act("approve", promotion.id, editor)).rejects.toMatchObject({ code: 403, type: "ROLE_TOO_LOW" });
    await expect(act("submit", promotion.id, viewer)).rejects.toMatchObject({ code: 403, type: "ROLE_TOO_LOW" });
    await expect(act("approve", promotion.id, stranger)).rejects.toMatchObject({ code: 404 });
  });

  it("wants a reason to reject", async () => {
    const promotion = await promotionIn("pending");
    expect(await fieldsOf(act("reject", promotion.id, reviewer, { reason: "" }))).toEqual(["reason"]);
    expect(await fieldsOf(act("reject", promotion.id, reviewer, { reason: "half \ud800" }))).toEqual(["reason"]);
  });

  it("lets exactly one of 8 racing approvals and rejections through", async () => {
    const promotion = await promotionIn("pending");
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => act(i % 2 ? "approve" : "reject", promotion.id, reviewer)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 409, type: "INVALID_TRANSITION" });
    }
    const changes = (await eventsOf(promotion.id)).filter((e) => e.type === "ApprovalStatusChanged");
    expect(changes.map((e) => e.event.previousApprovalStatus)).toEqual(["draft", "pending"]);
  });
});

describe("editing", () => {
  it.each<[PromotionStatus, PromotionStatus]>([
    ["draft", "draft"],
    ["pending", "draft"],
    ["approved", "draft"],
    ["rejected", "rejected"],
  ])("an edit of a %s promotion leaves it %s", async (from, to) => {
    const promotion = await promotionIn(from);
    const before = (await eventsOf(promotion.id)).length;
    const edited = await kit.call<Promotion>(
      "promotions.update",
      { id: promotion.id, name: "Summer sale", lines: [{ productId: kiwi, type: "amount", value: 5 }] },
      { user: author },
    );
    expect(edited).toMatchObject({
      status: to,
      name: "Summer sale",
      lines: [{ productId: kiwi, type: "amount", value: 5 }],
      approvedBy: null,
    });
    const events = (await eventsOf(promotion.id)).slice(before);
    expect(events.map((e) => e.type)).toEqual(from === to ? ["Updated"] : ["Updated", "ApprovalStatusChanged"]);
    expect(events[0].event.changed).toEqual(["name", "lines"]);
    if (from !== to)
      expect(events[1].event).toMatchObject({ previousApprovalStatus: from, promotion: { approvalStatus: "draft" } });
  });

  it("ignores status, counters, authors and team on a PATCH", async () => {
    const promotion = await promotionIn("draft");
    const edited = await kit.call<Promotion>(
      "promotions.update",
      {
        id: promotion.id,
        description: "Changed",
        status: "approved",
        usageCount: 5,
        approvedBy: reviewer.id,
        createdBy: reviewer.id,
        teamId: otherTeam,
      },
      { user: author },
    );
    expect(edited).toMatchObject({
      id: promotion.id,
      teamId,
      description: "Changed",
      status: "draft",
      usageCount: 0,
      approvedBy: null,
      createdBy: author.id,
    });
  });

  it("changes nothing and tells nobody on an empty PATCH", async () => {
    const promotion = await promotionIn("approved");
    const before = (await eventsOf(promotion.id)).length;
    const same = await kit.call<Promotion>("promotions.update", { id: promotion.id }, { user: author });
    expect(same).toEqual(promotion);
    expect((await eventsOf(promotion.id)).length).toBe(before);
  });

  it("deletes for administrators only, with a Deleted event", async () => {
    const promotion = await promotionIn("approved");
    await expect(kit.call("promotions.remove", { id: promotion.id }, { user: author })).rejects.toMatchObject({
      code: 403,
    });
    await kit.call("promotions.remove", { id: promotion.id }, { user: admin });
    await expect(kit.call("promotions.get", { id: promotion.id }, { user: admin })).rejects.toMatchObject({
      code: 404,
    });
    expect((await eventsOf(promotion.id)).at(-1)).toMatchObject({ type: "Deleted", actorId: admin.id });
  });
});

describe("promotions.list", () => {
  it("filters by status, customer, product and validity, with lines", async () => {
    const tagged = `List ${randomUUID().slice(0, 6)}`;
    const approved = await promotionIn("approved", {
      name: tagged,
      lines: [{ productId: lime, type: "amount", value: 1 }],
    });
    const forCustomer = await create({ name: tagged, customerId: customer });
    const later = await create({ name: tagged, validFrom: iso(100), validThru: iso(200) });
    const list = (query: Json) =>
      kit.call<Page<Promotion>>("promotions.list", { teamId, pageSize: 100, ...query }, { user: viewer });
    const ids = async (query: Json) => (await list(query)).rows.map((p) => p.id);
    expect(await ids({ status: "approved" })).toContain(approved.id);
    expect(await ids({ status: "approved" })).not.toContain(forCustomer.id);
    expect(await ids({ customerId: customer })).toContain(forCustomer.id);
    expect(await ids({ customerId: customer })).not.toContain(approved.id);
    expect(await ids({ productId: lime })).toEqual([approved.id]);
    expect(await ids({ activeAt: iso(150) })).toEqual([later.id]);
    expect((await list({ productId: lime })).rows[0].lines).toEqual([{ productId: lime, type: "amount", value: 1 }]);
    const page = await list({ pageSize: 2, page: 2 });
    expect(page).toMatchObject({ page: 2, pageSize: 2 });
    expect(page.total).toBeGreaterThanOrEqual(3);
  });

  it("lists across the caller's teams without teamId, and nothing of other teams", async () => {
    const promotion = await create();
    const mine = await kit.call<Page<Promotion>>("promotions.list", { pageSize: 100 }, { user: stranger });
    expect(mine.rows.every((p) => p.teamId === otherTeam)).toBe(true);
    const theirs = await kit.call<Page<Promotion>>("promotions.list", { pageSize: 100 }, { user: viewer });
    expect(theirs.rows.map((p) => p.id)).toContain(promotion.id);
  });
});

describe("pricing", () => {
  const basket = (lines: Json[], extra: Json = {}) => ({ teamId, lines, ...extra });

  it("quotes with approved promotions valid at `at` and changes nothing", async () => {
    const promotion = await promotionIn("approved", {
      lines: [{ productId: fig, type: "percent", value: 12.5 }],
      usageLimit: 1,
    });
    const quote = await kit.call<Quote>(
      "promotions.quote",
      basket([{ productId: fig, quantity: 3, unitPriceCents: 333 }]),
      { user: viewer },
    );
    // 999 × 12.5 % = 124.875 → 125.
    expect(quote).toEqual({
      lines: [
        {
          productId: fig,
          quantity: 3,
          unitPriceCents: 333,
          subtotalCents: 999,
          discountCents: 125,
          totalCents: 874,
          applied: [{ promotionId: promotion.id, discountCents: 125 }],
        },
      ],
      subtotalCents: 999,
      discountCents: 125,
      totalCents: 874,
    });
    const outside = await kit.call<Quote>(
      "promotions.quote",
      basket([{ productId: fig, quantity: 1, unitPriceCents: 100 }], { at: iso(40) }),
      { user: viewer },
    );
    expect(outside.discountCents).toBe(0);
    expect((await kit.call<Promotion>("promotions.get", { id: promotion.id }, { user: viewer })).usageCount).toBe(0);
    await kit.call("promotions.remove", { id: promotion.id }, { user: admin });
  });

  it("redeems until the usage limit, then prices without the promotion", async () => {
    const promotion = await promotionIn("approved", {
      lines: [{ productId: kiwi, type: "amount", value: 50 }],
      usageLimit: 2,
    });
    const redeem = () =>
      kit.call<RedemptionView>("promotions.redeem", basket([{ productId: kiwi, quantity: 2, unitPriceCents: 500 }]), {
        user: author,
      });
    const [first, second, third] = [await redeem(), await redeem(), await redeem()];
    expect([first, second, third].map((r) => r.discountCents)).toEqual([100, 100, 0]);
    expect(first).toMatchObject({ customerId: null, subtotalCents: 1000, totalCents: 900 });
    expect(Object.keys(first)).toEqual([
      "id",
      "customerId",
      "at",
      "lines",
      "subtotalCents",
      "discountCents",
      "totalCents",
      "createdAt",
    ]);
    expect(await kit.call("promotions.redemption", { id: first.id }, { user: viewer })).toEqual(first);
    const after = await kit.call<Promotion>("promotions.get", { id: promotion.id }, { user: viewer });
    expect(after.usageCount).toBe(2);
    const events = await kit.published("promotions");
    expect(events.filter((e) => e.type === "Redeemed" && e.entityId === first.id)[0]).toMatchObject({
      entity: "redemption",
      teamId,
      event: { redemption: { id: first.id, discountCents: 100, lines: [{ productId: kiwi, quantity: 2 }] } },
    });
    const usage = events.filter((e) => e.type === "Updated" && e.entityId === promotion.id);
    expect(usage.map((e) => (e.event.promotion as Json).usageCount)).toEqual([1, 2]);
    await expect(kit.call("promotions.redemption", { id: first.id }, { user: stranger })).rejects.toMatchObject({
      code: 404,
    });
  });

  it("applies a customer's promotion to that customer only", async () => {
    await promotionIn("approved", { customerId: customer, lines: [{ productId: quince, type: "percent", value: 50 }] });
    const line = [{ productId: quince, quantity: 1, unitPriceCents: 1000 }];
    const anonymous = await kit.call<Quote>("promotions.quote", basket(line), { user: viewer });
    const theirs = await kit.call<Quote>("promotions.quote", basket(line, { customerId: customer }), {
      user: viewer,
    });
    expect(anonymous.discountCents).toBe(0);
    expect(theirs.discountCents).toBe(500);
    expect(
      await fieldsOf(kit.call("promotions.quote", basket(line, { customerId: randomUUID() }), { user: viewer })),
    ).toEqual(["customerId"]);
  });

  it("consumes a use of the promotions it applied only, not of the ones that lost", async () => {
    const winner = await promotionIn("approved", {
      lines: [{ productId: date, type: "percent", value: 10 }],
      usageLimit: 5,
    });
    const loser = await promotionIn("approved", {
      combinable: true,
      lines: [{ productId: date, type: "amount", value: 1 }],
      usageLimit: 5,
    });
    const redemption = await kit.call<RedemptionView>(
      "promotions.redeem",
      basket([{ productId: date, quantity: 1, unitPriceCents: 1000 }]),
      { user: author },
    );
    expect(redemption.lines[0].applied).toEqual([{ promotionId: winner.id, discountCents: 100 }]);
    const count = async (id: string) =>
      (await kit.call<Promotion>("promotions.get", { id }, { user: viewer })).usageCount;
    expect([await count(winner.id), await count(loser.id)]).toEqual([1, 0]);
  });

  it("refuses a basket whose amounts overflow, naming the line", async () => {
    const big = { productId: apple, quantity: 1_000_000, unitPriceCents: 100_000_000_000 };
    expect(
      await fieldsOf(kit.call("promotions.quote", basket([{ ...big, quantity: 1 }, big]), { user: viewer })),
    ).toEqual(["lines[1].unitPriceCents"]);
    const fits = { productId: apple, quantity: 90_000, unitPriceCents: 100_000_000_000 };
    expect(await fieldsOf(kit.call("promotions.redeem", basket([fits, fits]), { user: author }))).toEqual(["lines"]);
    expect(await fieldsOf(kit.call("promotions.quote", basket([{ ...big, quantity: 0 }]), { user: viewer }))).toEqual([
      "lines[0].quantity",
    ]);
  });

  it("prices at the first and last instants it accepts", async () => {
    for (const at of ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z"]) {
      const quote = await kit.call<Quote>(
        "promotions.quote",
        basket([{ productId: apple, quantity: 1, unitPriceCents: 100 }], { at }),
        { user: viewer },
      );
      expect(quote.discountCents).toBe(0);
    }
    expect(await fieldsOf(create({ validFrom: "0001-01-01T00:00:00+00:01" }))).toEqual(["validFrom"]);
  });

  it("leaves redeeming to editors", async () => {
    const line = [{ productId: apple, quantity: 1, unitPriceCents: 1 }];
    await expect(kit.call("promotions.redeem", basket(line), { user: viewer })).rejects.toMatchObject({ code: 403 });
    await expect(kit.call("promotions.quote", basket(line), { user: stranger })).rejects.toMatchObject({ code: 404 });
  });
});

describe("a deleted team", () => {
  it("takes its promotions and redemptions with it, each promotion with a Deleted event", async () => {
    const doomed = randomUUID();
    const product = randomUUID();
    products.set(doomed, [product]);
    roles.set(key(doomed, author.id), "editor");
    const promotion = await create({ teamId: doomed, lines: [{ productId: product, type: "amount", value: 1 }] });
    const redemption = await kit.call<RedemptionView>(
      "promotions.redeem",
      { teamId: doomed, lines: [{ productId: product, quantity: 1, unitPriceCents: 10 }] },
      { user: author },
    );
    const survivor = await create();
    const envelope = {
      id: randomUUID(),
      topic: "teams",
      type: "TeamDeleted",
      teamId: doomed,
      actorId: admin.id,
      traceId: "t-1",
    } as Envelope;
    const service = kit.service as unknown as { onTeamEvent(e: Envelope): Promise<void> };
    await service.onTeamEvent(envelope);
    await service.onTeamEvent(envelope);
    await expect(kit.call("promotions.get", { id: promotion.id })).rejects.toMatchObject({ code: 404 });
    await expect(kit.call("promotions.redemption", { id: redemption.id })).rejects.toMatchObject({ code: 404 });
    const deleted = (await eventsOf(promotion.id)).filter((e) => e.type === "Deleted");
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatchObject({ teamId: doomed, actorId: admin.id, traceId: "t-1" });
    expect((await kit.call<Promotion>("promotions.get", { id: survivor.id })).id).toBe(survivor.id);
  });
});
