/** The pricing engine on its own: a table of DESIGN §6 pricing rules, then properties over random carts. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hundredthsToPercent,
  percentToHundredths,
  price,
  PricingOverflowError,
  type PricingInput,
  type PricingLineInput,
  type PricingPromotion,
  type PromotionLine,
} from "../../services/promotions/pricing.js";

/** Ids sort as their number: id(1) < id(2) < … in UUID string order. */
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const A = "product-a";
const B = "product-b";
const CUSTOMER = "customer-1";
const FROM = new Date("2026-01-01T00:00:00.000Z");
const THRU = new Date("2026-01-31T23:59:59.999Z");
const AT = new Date("2026-01-15T12:00:00.000Z");
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

const percent = (value: number, productId = A): PromotionLine => ({ productId, type: "percent", value });
const amount = (value: number, productId = A): PromotionLine => ({ productId, type: "amount", value });

function promo(n: number, lines: PromotionLine[], over: Partial<PricingPromotion> = {}): PricingPromotion {
  return {
    id: id(n),
    status: "approved",
    customerId: null,
    validFrom: FROM,
    validThru: THRU,
    combinable: false,
    priority: 0,
    usageLimit: null,
    usageCount: 0,
    lines,
    ...over,
  };
}
const line = (quantity: number, unitPriceCents: number, productId = A): PricingLineInput => ({
  productId,
  quantity,
  unitPriceCents,
});
const cart = (lines: PricingLineInput[], promotions: PricingPromotion[], over: Partial<PricingInput> = {}) => ({
  lines,
  customerId: null,
  at: AT,
  promotions,
  requireUsageLeft: false,
  ...over,
});

interface Case {
  name: string;
  input: PricingInput;
  /** Per line: [discountCents, applied as [promotion number, cents]]. */
  want: [number, [number, number][]][];
}

const cases: Case[] = [
  // Percent and amount.
  { name: "10 % of 2 × 1000", input: cart([line(2, 1000)], [promo(1, [percent(1000)])]), want: [[200, [[1, 200]]]] },
  { name: "12.5 % of 1000", input: cart([line(1, 1000)], [promo(1, [percent(1250)])]), want: [[125, [[1, 125]]]] },
  {
    name: "100 % is the whole subtotal",
    input: cart([line(3, 999)], [promo(1, [percent(10000)])]),
    want: [[2997, [[1, 2997]]]],
  },
  {
    name: "150 off each of 3 units",
    input: cart([line(3, 1000)], [promo(1, [amount(150)])]),
    want: [[450, [[1, 450]]]],
  },
  {
    name: "amount capped at the subtotal",
    input: cart([line(2, 500)], [promo(1, [amount(700)])]),
    want: [[1000, [[1, 1000]]]],
  },
  // Exclusive vs stacking.
  {
    name: "non-combinables: only the best single applies",
    input: cart([line(1, 1000)], [promo(1, [percent(1000)]), promo(2, [amount(300)]), promo(3, [amount(250)])]),
    want: [[300, [[2, 300]]]],
  },
  {
    name: "combinables stack",
    input: cart(
      [line(1, 1000)],
      [promo(1, [percent(1000)], { combinable: true }), promo(2, [amount(50)], { combinable: true })],
    ),
    want: [
      [
        150,
        [
          [1, 100],
          [2, 50],
        ],
      ],
    ],
  },
  {
    name: "the combinable sum beats a smaller single",
    input: cart(
      [line(1, 1000)],
      [
        promo(1, [amount(150)]),
        promo(2, [percent(1000)], { combinable: true }),
        promo(3, [percent(1000)], { combinable: true }),
      ],
    ),
    want: [
      [
        200,
        [
          [2, 100],
          [3, 100],
        ],
      ],
    ],
  },
  {
    name: "a larger single beats the combinable sum",
    input: cart(
      [line(1, 1000)],
      [
        promo(1, [amount(300)]),
        promo(2, [amount(100)], { combinable: true }),
        promo(3, [amount(100)], { combinable: true }),
      ],
    ),
    want: [[300, [[1, 300]]]],
  },
  // Capped sum, allocated in (priority desc, id asc) order.
  {
    name: "capped sum: the higher priority takes its share first",
    input: cart(
      [line(1, 1000)],
      [
        promo(1, [percent(7000)], { combinable: true, priority: 1 }),
        promo(2, [percent(6000)], { combinable: true, priority: 5 }),
      ],
    ),
    want: [
      [
        1000,
        [
          [2, 600],
          [1, 400],
        ],
      ],
    ],
  },
  {
    name: "capped sum, same priority: the lower id takes its share first",
    input: cart(
      [line(1, 1000)],
      [promo(2, [percent(6000)], { combinable: true }), promo(1, [percent(7000)], { combinable: true })],
    ),
    want: [
      [
        1000,
        [
          [1, 700],
          [2, 300],
        ],
      ],
    ],
  },
  {
    name: "capped sum: a member left with nothing is not listed",
    input: cart(
      [line(1, 1000)],
      [
        promo(1, [percent(1000)], { combinable: true, priority: 1 }),
        promo(2, [percent(5000)], { combinable: true, priority: 2 }),
        promo(3, [percent(8000)], { combinable: true, priority: 3 }),
      ],
    ),
    want: [
      [
        1000,
        [
          [3, 800],
          [2, 200],
        ],
      ],
    ],
  },
  // Ties.
  {
    name: "tie between singles: the higher priority wins",
    input: cart(
      [line(1, 1000)],
      [promo(1, [amount(200)], { priority: 1 }), promo(2, [percent(2000)], { priority: 2 })],
    ),
    want: [[200, [[2, 200]]]],
  },
  {
    name: "tie between singles, same priority: the lower id wins",
    input: cart([line(1, 1000)], [promo(2, [amount(200)]), promo(1, [percent(2000)])]),
    want: [[200, [[1, 200]]]],
  },
  {
    name: "tie single vs set: the single's higher priority wins",
    input: cart(
      [line(1, 1000)],
      [
        promo(3, [amount(200)], { priority: 5 }),
        promo(1, [amount(100)], { combinable: true, priority: 3 }),
        promo(2, [amount(100)], { combinable: true, priority: 3 }),
      ],
    ),
    want: [[200, [[3, 200]]]],
  },
  {
    name: "tie single vs set: the set's best member's higher priority wins",
    input: cart(
      [line(1, 1000)],
      [
        promo(1, [amount(200)], { priority: 5 }),
        promo(2, [amount(100)], { combinable: true, priority: 6 }),
        promo(3, [amount(100)], { combinable: true, priority: 0 }),
      ],
    ),
    want: [
      [
        200,
        [
          [2, 100],
          [3, 100],
        ],
      ],
    ],
  },
  {
    name: "tie single vs set, same priority: the set wins with the lower id",
    input: cart(
      [line(1, 1000)],
      [
        promo(2, [amount(200)]),
        promo(1, [amount(100)], { combinable: true }),
        promo(3, [amount(100)], { combinable: true }),
      ],
    ),
    want: [
      [
        200,
        [
          [1, 100],
          [3, 100],
        ],
      ],
    ],
  },
  {
    name: "tie single vs set, same priority: the single wins with the lower id",
    input: cart(
      [line(1, 1000)],
      [
        promo(1, [amount(200)]),
        promo(2, [amount(100)], { combinable: true }),
        promo(3, [amount(100)], { combinable: true }),
      ],
    ),
    want: [[200, [[1, 200]]]],
  },
  {
    name: "tie single vs capped set: a set member giving 0 does not speak for the set",
    input: cart(
      [line(1, 10)],
      [
        promo(2, [percent(10000)]),
        promo(1, [percent(1)], { combinable: true }), // 0.01 % of 10 cents rounds to 0
        promo(3, [percent(10000)], { combinable: true }),
      ],
    ),
    want: [[10, [[2, 10]]]],
  },
  // Round half-even.
  { name: "2.5 rounds to 2", input: cart([line(1, 10)], [promo(1, [percent(2500)])]), want: [[2, [[1, 2]]]] },
  { name: "3.5 rounds to 4", input: cart([line(1, 7)], [promo(1, [percent(5000)])]), want: [[4, [[1, 4]]]] },
  { name: "1.5 rounds to 2", input: cart([line(1, 3)], [promo(1, [percent(5000)])]), want: [[2, [[1, 2]]]] },
  {
    name: "0.5 rounds to 0, so nothing applies",
    input: cart([line(1, 1)], [promo(1, [percent(5000)])]),
    want: [[0, []]],
  },
  {
    name: "10 % of 125 = 12.5 rounds to 12",
    input: cart([line(1, 125)], [promo(1, [percent(1000)])]),
    want: [[12, [[1, 12]]]],
  },
  {
    name: "10 % of 135 = 13.5 rounds to 14",
    input: cart([line(1, 135)], [promo(1, [percent(1000)])]),
    want: [[14, [[1, 14]]]],
  },
  { name: "12.6 rounds up to 13", input: cart([line(1, 126)], [promo(1, [percent(1000)])]), want: [[13, [[1, 13]]]] },
  { name: "12.4 rounds down to 12", input: cart([line(1, 124)], [promo(1, [percent(1000)])]), want: [[12, [[1, 12]]]] },
  {
    name: "12.5 % of 3 × 333 = 124.875 rounds to 125 on the line subtotal, not per unit",
    input: cart([line(3, 333)], [promo(1, [percent(1250)])]),
    want: [[125, [[1, 125]]]],
  },
  // Validity window, both ends included to the millisecond.
  {
    name: "at = validFrom is included",
    input: cart([line(1, 1000)], [promo(1, [amount(10)])], { at: FROM }),
    want: [[10, [[1, 10]]]],
  },
  {
    name: "at = validThru is included",
    input: cart([line(1, 1000)], [promo(1, [amount(10)])], { at: THRU }),
    want: [[10, [[1, 10]]]],
  },
  {
    name: "1 ms before validFrom is excluded",
    input: cart([line(1, 1000)], [promo(1, [amount(10)])], { at: ms(FROM, -1) }),
    want: [[0, []]],
  },
  {
    name: "1 ms after validThru is excluded",
    input: cart([line(1, 1000)], [promo(1, [amount(10)])], { at: ms(THRU, 1) }),
    want: [[0, []]],
  },
  // Status.
  ...(["draft", "pending", "rejected"] as const).map((status) => ({
    name: `a ${status} promotion is excluded`,
    input: cart([line(1, 1000)], [promo(1, [amount(10)], { status }), promo(2, [amount(5)])]),
    want: [[5, [[2, 5]]]] as Case["want"],
  })),
  // Customer-bound.
  {
    name: "a customer's promotion applies to that customer",
    input: cart([line(1, 1000)], [promo(1, [amount(10)], { customerId: CUSTOMER })], { customerId: CUSTOMER }),
    want: [[10, [[1, 10]]]],
  },
  {
    name: "a customer's promotion does not apply to another customer",
    input: cart([line(1, 1000)], [promo(1, [amount(10)], { customerId: CUSTOMER })], { customerId: "customer-2" }),
    want: [[0, []]],
  },
  {
    name: "a customer's promotion does not apply to an anonymous cart",
    input: cart([line(1, 1000)], [promo(1, [amount(10)], { customerId: CUSTOMER })]),
    want: [[0, []]],
  },
  {
    name: "a promotion for everyone applies to a customer",
    input: cart([line(1, 1000)], [promo(1, [amount(10)])], { customerId: CUSTOMER }),
    want: [[10, [[1, 10]]]],
  },
  // Usage.
  {
    name: "redeem: an exhausted promotion is not a candidate",
    input: cart([line(1, 1000)], [promo(1, [amount(50)], { usageLimit: 3, usageCount: 3 }), promo(2, [amount(10)])], {
      requireUsageLeft: true,
    }),
    want: [[10, [[2, 10]]]],
  },
  {
    name: "quote: an exhausted promotion still prices",
    input: cart([line(1, 1000)], [promo(1, [amount(50)], { usageLimit: 3, usageCount: 3 }), promo(2, [amount(10)])]),
    want: [[50, [[1, 50]]]],
  },
  {
    name: "redeem: one use left is a candidate",
    input: cart([line(1, 1000)], [promo(1, [amount(50)], { usageLimit: 3, usageCount: 2 })], {
      requireUsageLeft: true,
    }),
    want: [[50, [[1, 50]]]],
  },
  {
    name: "redeem: no usage limit never runs out",
    input: cart([line(1, 1000)], [promo(1, [amount(50)], { usageLimit: null, usageCount: 1e6 })], {
      requireUsageLeft: true,
    }),
    want: [[50, [[1, 50]]]],
  },
  // Products and lines.
  {
    name: "a promotion for another product does not apply",
    input: cart([line(1, 1000)], [promo(1, [amount(50, B)])]),
    want: [[0, []]],
  },
  {
    name: "several lines of one promotion for the product: its best one",
    input: cart([line(1, 1000)], [promo(1, [percent(1000), amount(150), amount(120)])]),
    want: [[150, [[1, 150]]]],
  },
  {
    name: "each line gets its own promotions",
    input: cart(
      [line(2, 1000, A), line(1, 400, B), line(1, 999, "product-c")],
      [promo(1, [percent(1000, A), amount(50, B)]), promo(2, [amount(100, B)], { combinable: true })],
    ),
    want: [
      [200, [[1, 200]]],
      [100, [[2, 100]]],
      [0, []],
    ],
  },
  {
    name: "the same product on two lines is priced per line",
    input: cart([line(1, 125, A), line(1, 135, A)], [promo(1, [percent(1000)])]),
    want: [
      [12, [[1, 12]]],
      [14, [[1, 14]]],
    ],
  },
  // Zero: quantity 0 (the actions refuse it, the engine copes) and a free product.
  { name: "quantity 0 is a zero line", input: cart([line(0, 1000)], [promo(1, [amount(50)])]), want: [[0, []]] },
  { name: "unit price 0 gets no discount", input: cart([line(5, 0)], [promo(1, [percent(5000)])]), want: [[0, []]] },
  { name: "no promotions, no discount", input: cart([line(2, 300)], []), want: [[0, []]] },
];

describe("price", () => {
  it.each(cases)("$name", ({ input, want }) => {
    const result = price(input);
    expect(result.lines).toHaveLength(want.length);
    result.lines.forEach((l, i) => {
      const [discount, applied] = want[i];
      const subtotal = input.lines[i].quantity * input.lines[i].unitPriceCents;
      expect(l).toEqual({
        ...input.lines[i],
        subtotalCents: subtotal,
        discountCents: discount,
        totalCents: subtotal - discount,
        applied: applied.map(([n, cents]) => ({ promotionId: id(n), discountCents: cents })),
      });
    });
    const ids = new Set(want.flatMap(([, applied]) => applied.map(([n]) => id(n))));
    expect(result.appliedPromotionIds).toEqual([...ids].sort());
  });

  it("sums the lines into the cart's totals and lists every applied promotion once, sorted", () => {
    const result = price(
      cart(
        [line(2, 1000, A), line(3, 500, B)],
        [promo(9, [percent(1000, A), percent(1000, B)]), promo(4, [amount(100, B)], { combinable: true })],
      ),
    );
    expect(result).toEqual({
      lines: [
        {
          ...line(2, 1000, A),
          subtotalCents: 2000,
          discountCents: 200,
          totalCents: 1800,
          applied: [{ promotionId: id(9), discountCents: 200 }],
        },
        {
          ...line(3, 500, B),
          subtotalCents: 1500,
          discountCents: 300,
          totalCents: 1200,
          applied: [{ promotionId: id(4), discountCents: 300 }],
        },
      ],
      subtotalCents: 3500,
      discountCents: 500,
      totalCents: 3000,
      appliedPromotionIds: [id(4), id(9)],
    });
  });

  it("gives the same result whatever the order of the promotions", () => {
    const promotions = [
      promo(5, [amount(200)], { priority: 2 }),
      promo(3, [percent(2000)], { priority: 2 }),
      promo(1, [amount(100)], { combinable: true, priority: 2 }),
      promo(2, [percent(1000)], { combinable: true, priority: 2 }),
      promo(4, [percent(9000)], { combinable: true, priority: 1 }),
      promo(6, [amount(50, B)], { combinable: true }),
    ];
    const lines = [line(1, 1000, A), line(2, 700, B), line(1, 333, A)];
    const expected = price(cart(lines, promotions));
    fc.assert(
      fc.property(fc.shuffledSubarray(promotions, { minLength: promotions.length }), (shuffled) => {
        expect(price(cart(lines, shuffled))).toEqual(expected);
      }),
    );
    expect(expected.lines[0].applied.map((a) => a.promotionId)).toEqual([id(1), id(2), id(4)]);
  });

  it("throws PricingOverflowError when a line subtotal exceeds Number.MAX_SAFE_INTEGER", () => {
    expect(() => price(cart([line(2, Number.MAX_SAFE_INTEGER)], []))).toThrow(PricingOverflowError);
    expect(() => price(cart([line(2, Number.MAX_SAFE_INTEGER)], []))).toThrow(/lines\[0\]\.subtotalCents/);
  });

  it("throws PricingOverflowError when the cart subtotal exceeds Number.MAX_SAFE_INTEGER", () => {
    const half = Math.ceil(Number.MAX_SAFE_INTEGER / 2);
    expect(() => price(cart([line(1, half), line(1, half)], []))).toThrow(PricingOverflowError);
    // Right at the limit is fine, and the big-number arithmetic stays exact.
    const atLimit = price(cart([line(1, Number.MAX_SAFE_INTEGER)], [promo(1, [percent(1)])]));
    expect(atLimit.subtotalCents).toBe(Number.MAX_SAFE_INTEGER);
    expect(atLimit.discountCents).toBe(900719925474); // 9007199254740991 / 10000 = 900719925474.0991
    expect(atLimit.totalCents).toBe(Number.MAX_SAFE_INTEGER - 900719925474);
  });

  it.each([
    ["a fractional quantity", cart([line(1.5, 100)], [])],
    ["a negative unit price", cart([line(1, -1)], [])],
    ["an unsafe unit price", cart([line(1, 2 ** 60)], [])],
    ["an invalid date", cart([line(1, 100)], [], { at: new Date(Number.NaN) })],
    ["a percent over 100 %", cart([line(1, 100)], [promo(1, [percent(10001)])])],
    ["a fractional percent", cart([line(1, 100)], [promo(1, [percent(12.5)])])],
    ["a zero amount", cart([line(1, 100)], [promo(1, [amount(0)])])],
    ["a promotion given twice", cart([line(1, 100)], [promo(1, [amount(1)]), promo(1, [amount(2)])])],
  ])("throws RangeError for %s", (_, input) => {
    expect(() => price(input)).toThrow(RangeError);
  });
});

describe("percentToHundredths", () => {
  it.each([
    [12.5, 1250],
    [0.01, 1],
    [0.1, 10],
    [0.29, 29],
    [1.1, 110],
    [33.33, 3333],
    [99.99, 9999],
    [100, 10000],
    [7, 700],
  ])("reads %s %% as %i hundredths", (value, hundredths) => {
    expect(percentToHundredths(value)).toBe(hundredths);
    expect(hundredthsToPercent(hundredths)).toBe(value);
  });

  it.each([
    [1.005, /two decimals/],
    [0.001, /two decimals/],
    [1e-7, /two decimals/],
    [0, /greater than 0/],
    [-5, /greater than 0/],
    [100.01, /at most 100/],
    [101, /at most 100/],
    [Number.NaN, /finite/],
    [Number.POSITIVE_INFINITY, /finite/],
  ])("rejects %s", (value, message) => {
    expect(() => percentToHundredths(value)).toThrow(RangeError);
    expect(() => percentToHundredths(value)).toThrow(message);
  });

  it("round-trips every two-decimal percent in (0, 100]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), (hundredths) => {
        const asTyped = Number(`${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`);
        expect(percentToHundredths(asTyped)).toBe(hundredths);
        expect(hundredthsToPercent(hundredths)).toBe(asTyped);
      }),
    );
  });
});

describe("price, over random carts", () => {
  const products = [A, B, "product-c"];
  const promotionLine = fc.oneof(
    fc.record({
      productId: fc.constantFrom(...products),
      type: fc.constant("percent" as const),
      value: fc.integer({ min: 1, max: 10000 }),
    }),
    fc.record({
      productId: fc.constantFrom(...products),
      type: fc.constant("amount" as const),
      value: fc.integer({ min: 1, max: 100_000 }),
    }),
  );
  const promotions = fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 8 }).chain((ns) =>
    fc.tuple(
      ...ns.map((n) =>
        fc.record({
          id: fc.constant(id(n)),
          status: fc.constantFrom("approved", "approved", "approved", "draft" as const),
          customerId: fc.constantFrom(null, CUSTOMER),
          validFrom: fc.constant(FROM),
          validThru: fc.constantFrom(THRU, ms(AT, -1)),
          combinable: fc.boolean(),
          priority: fc.integer({ min: 0, max: 3 }),
          usageLimit: fc.option(fc.integer({ min: 0, max: 3 })),
          usageCount: fc.integer({ min: 0, max: 3 }),
          lines: fc.array(promotionLine, { minLength: 1, maxLength: 3 }),
        }),
      ),
    ),
  );
  const carts = fc.record({
    lines: fc.array(
      fc.record({
        productId: fc.constantFrom(...products),
        quantity: fc.integer({ min: 1, max: 1000 }),
        unitPriceCents: fc.integer({ min: 0, max: 1_000_000 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    customerId: fc.constantFrom(null, CUSTOMER),
    at: fc.constant(AT),
    promotions,
    requireUsageLeft: fc.boolean(),
  });

  it("never discounts a line below zero, and its applied discounts add up to its discount", () => {
    fc.assert(
      fc.property(carts, (input) => {
        for (const l of price(input).lines) {
          expect(l.discountCents).toBeGreaterThanOrEqual(0);
          expect(l.discountCents).toBeLessThanOrEqual(l.subtotalCents);
          expect(l.totalCents).toBe(l.subtotalCents - l.discountCents);
          expect(l.applied.reduce((sum, a) => sum + a.discountCents, 0)).toBe(l.discountCents);
          expect(l.applied.every((a) => a.discountCents > 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  /** DESIGN's rule read literally, in plain numbers (small enough here to stay exact). */
  function expectedDiscount(input: PricingInput, l: PricingLineInput): number {
    const subtotal = l.quantity * l.unitPriceCents;
    const halfEven = (n: number) => {
      const q = Math.floor(n / 10000);
      const r = n % 10000;
      return r > 5000 || (r === 5000 && q % 2 === 1) ? q + 1 : q;
    };
    let single = 0;
    let sum = 0;
    for (const p of input.promotions) {
      const candidate =
        p.status === "approved" &&
        p.validFrom <= input.at &&
        input.at <= p.validThru &&
        (p.customerId === null || p.customerId === input.customerId) &&
        (!input.requireUsageLeft || p.usageLimit === null || p.usageCount < p.usageLimit);
      const amounts = p.lines
        .filter((pl) => candidate && pl.productId === l.productId)
        .map((pl) =>
          pl.type === "percent" ? halfEven(subtotal * pl.value) : Math.min(pl.value * l.quantity, subtotal),
        );
      if (amounts.length === 0) continue;
      if (p.combinable) sum += Math.max(...amounts);
      else single = Math.max(single, ...amounts);
    }
    return Math.min(subtotal, Math.max(single, sum));
  }

  it("gives each line max(best single, combinable sum) capped at its subtotal", () => {
    fc.assert(
      fc.property(carts, (input) => {
        const result = price(input);
        expect(result.lines.map((l) => l.discountCents)).toEqual(input.lines.map((l) => expectedDiscount(input, l)));
      }),
      { numRuns: 300 },
    );
  });

  it("makes the cart's totals the sums of its lines", () => {
    fc.assert(
      fc.property(carts, (input) => {
        const result = price(input);
        const sum = (pick: (l: (typeof result.lines)[number]) => number) =>
          result.lines.reduce((s, l) => s + pick(l), 0);
        expect(result.subtotalCents).toBe(sum((l) => l.subtotalCents));
        expect(result.discountCents).toBe(sum((l) => l.discountCents));
        expect(result.totalCents).toBe(sum((l) => l.totalCents));
        const applied = new Set(result.lines.flatMap((l) => l.applied.map((a) => a.promotionId)));
        expect(result.appliedPromotionIds).toEqual([...applied].sort());
      }),
      { numRuns: 300 },
    );
  });
});
