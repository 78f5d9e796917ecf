/** lib/pagination.ts: ?page=&pageSize= (≤ 100), ?sort=-field, and the list envelope (DESIGN §4). */
import { Validators } from "moleculer";
import { describe, expect, it } from "vitest";
import { pageOf, pageParams, pageQuery, type PageQuery } from "../../lib/pagination.js";

const SORTABLE = { createdAt: "created_at", email: "email" };

describe("pageQuery", () => {
  it("defaults to page 1 of 20 in the default order", () => {
    expect(pageQuery({}, SORTABLE, "-createdAt")).toEqual({
      page: 1,
      pageSize: 20,
      offset: 0,
      order: ["created_at", "DESC"],
    });
  });

  it("computes the offset and maps the sort field to its column", () => {
    expect(pageQuery({ page: 3, pageSize: 10, sort: "email" }, SORTABLE, "-createdAt")).toEqual({
      page: 3,
      pageSize: 10,
      offset: 20,
      order: ["email", "ASC"],
    });
    expect(pageQuery({ sort: "+email" }, SORTABLE, "-createdAt")).toMatchObject({ order: ["email", "ASC"] });
    expect(pageQuery({ sort: "-email" }, SORTABLE, "-createdAt")).toMatchObject({ order: ["email", "DESC"] });
  });

  it("rejects a sort field that is not sortable (no SQL from the caller) with the allowed list", () => {
    const result = pageQuery({ sort: "password_hash; DROP TABLE users" }, SORTABLE, "-createdAt");
    expect(result).toBe("sort must be one of createdAt, -createdAt, email, -email");
  });
});

describe("pageOf", () => {
  const query: PageQuery = { page: 2, pageSize: 10, offset: 10, order: ["created_at", "DESC"] };

  it("wraps rows in {rows, total, page, pageSize, totalPages}", () => {
    expect(pageOf(["a", "b"], 12, query)).toEqual({
      rows: ["a", "b"],
      total: 12,
      page: 2,
      pageSize: 10,
      totalPages: 2,
    });
  });

  it("reports zero pages for an empty list", () => {
    expect(pageOf([], 0, query).totalPages).toBe(0);
  });
});

describe("pageParams", () => {
  const check = new Validators.Fastest().compile(pageParams as never) as (
    params: Record<string, unknown>,
  ) => true | { field: string }[];

  it("converts query-string numbers", () => {
    const params: Record<string, unknown> = { page: "2", pageSize: "50" };
    expect(check(params)).toBe(true);
    expect(params).toEqual({ page: 2, pageSize: 50 });
  });

  it("refuses pageSize above 100, page 0 and fractional pages", () => {
    for (const bad of [{ pageSize: "101" }, { page: "0" }, { page: "1.5" }, { pageSize: "0" }]) {
      const result = check({ ...bad });
      expect(result, JSON.stringify(bad)).not.toBe(true);
      expect((result as { field: string }[])[0].field).toBe(Object.keys(bad)[0]);
    }
  });
});
