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

const page = { type: "number", integer: true, min: 1, optional: true, convert: true } as const;
const pageSize = { type: "number", integer: true, min: 1, max: 100, optional: true, convert: true } as const;

/**
 * The query params of a list route: page, pageSize (≤ 100) and sort by one of `sortable`
 * (`field` ascending, `-field` descending); an unknown sort field is a 422 naming `sort`.
 */
export function listParams(sortable: readonly string[]) {
  return {
    page,
    pageSize,
    sort: { type: "enum", values: sortable.flatMap((field) => [field, `-${field}`]), optional: true },
  } as const;
}

/** A page with no rows, as a list answers past its end or for a caller who may see nothing. */
export function emptyPage<T>(params: PageParams, defaultPageSize = 20): Page<T> {
  return { rows: [], total: 0, page: params.page ?? 1, pageSize: params.pageSize ?? defaultPageSize, totalPages: 0 };
}
