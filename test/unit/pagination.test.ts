/** lib/pagination.ts: ?page=&pageSize= (≤ 100) and ?sort=field|-field from a declared list (DESIGN §4). */
import { Validators } from "moleculer";
import { describe, expect, it } from "vitest";
import { listParams } from "../../lib/pagination.js";

describe("listParams", () => {
  const check = new Validators.Fastest().compile(listParams(["createdAt", "email"]) as never) as (
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

  it("accepts each sortable field either way and refuses anything else (no SQL from the caller), naming sort", () => {
    for (const sort of ["createdAt", "-createdAt", "email", "-email"]) expect(check({ sort }), sort).toBe(true);
    for (const sort of ["password_hash; DROP TABLE users", "+email", "id", "-"]) {
      const result = check({ sort });
      expect(result, sort).not.toBe(true);
      expect((result as { field: string }[])[0].field).toBe("sort");
    }
  });
});
