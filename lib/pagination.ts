/** List conventions of DESIGN §4: ?page=&pageSize= (≤ 100), ?sort=-createdAt, and the response envelope. */

export interface PageParams {
  page?: number;
  pageSize?: number;
  sort?: string;
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
}

export const pageParams = {
  page: { type: "number", integer: true, min: 1, optional: true, convert: true },
  pageSize: { type: "number", integer: true, min: 1, max: 100, optional: true, convert: true },
  sort: { type: "string", optional: true, max: 64 },
} as const;

/**
 * The query params of a list route: page, pageSize (≤ 100) and sort by one of `sortable`
 * (`field` ascending, `-field` descending); an unknown sort field is a 422 naming `sort`.
 */
export function listParams(sortable: readonly string[]) {
  return {
    page: pageParams.page,
    pageSize: pageParams.pageSize,
    sort: { type: "enum", values: sortable.flatMap((field) => [field, `-${field}`]), optional: true },
  } as const;
}

export interface PageQuery {
  page: number;
  pageSize: number;
  offset: number;
  /** [column, direction] from the allowed sort fields. */
  order: [string, "ASC" | "DESC"];
}

/** Resolves page params against the sortable fields (API name → column); unknown sort fields are rejected by the caller. */
export function pageQuery(
  params: PageParams,
  sortable: Record<string, string>,
  defaultSort: string,
): PageQuery | string {
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? 20;
  const sort = params.sort ?? defaultSort;
  const field = sort.replace(/^[-+]/, "");
  const column = sortable[field];
  if (!column)
    return `sort must be one of ${Object.keys(sortable)
      .map((f) => `${f}, -${f}`)
      .join(", ")}`;
  return { page, pageSize, offset: (page - 1) * pageSize, order: [column, sort.startsWith("-") ? "DESC" : "ASC"] };
}

export function pageOf<T>(rows: T[], total: number, query: PageQuery): Page<T> {
  return { rows, total, page: query.page, pageSize: query.pageSize, totalPages: Math.ceil(total / query.pageSize) };
}

/** A list that is never paged (a user's keys, a team's members): all rows as one page. */
export function wholePage<T>(rows: T[]): Page<T> {
  return { rows, total: rows.length, page: 1, pageSize: Math.max(rows.length, 1), totalPages: rows.length ? 1 : 0 };
}
