/** The black-box client's response check (test/support/openapi-check.ts) refuses what leaves a declaration. */
import { describe, expect, it } from "vitest";
import { contractViolation, type ReceivedResponse } from "../../test/support/openapi-check.js";

const BASE = "http://127.0.0.1:1";
const ID = "6f1c1b4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
const NOW = "2025-01-31T09:30:00.000Z";

const project = {
  id: ID,
  teamId: ID,
  name: "Website",
  prefix: "WEB",
  description: "",
  public: false,
  columnOrder: [ID],
  createdBy: ID,
  createdAt: NOW,
  updatedAt: NOW,
};
const problem = {
  type: "urn:problem-type:meshwork:not-found",
  title: "Not Found",
  status: 404,
  detail: "x",
  code: "NOT_FOUND",
};

function received(over: Partial<ReceivedResponse>): ReceivedResponse {
  const body = over.body ?? project;
  return {
    method: "GET",
    url: `${BASE}/api/v1/projects/${ID}`,
    status: 200,
    contentType: "application/json; charset=utf-8",
    body,
    text: JSON.stringify(body),
    ...over,
  };
}

describe("the response check", () => {
  it("passes an answer that keeps its route's schema", () => {
    expect(contractViolation(received({}))).toBeNull();
    const list = { rows: [project], total: 1, page: 1, pageSize: 20, totalPages: 1 };
    expect(contractViolation(received({ url: `${BASE}/api/v1/projects?teamId=${ID}`, body: list }))).toBeNull();
  });

  it("fails a field the schema doesn't declare, and a required one missing", () => {
    expect(contractViolation(received({ body: { ...project, taskSeq: 3 } }))).toMatch(
      /must NOT have additional properties/,
    );
    const { prefix: _prefix, ...withoutPrefix } = project;
    expect(contractViolation(received({ body: withoutPrefix }))).toMatch(/must have required property 'prefix'/);
    expect(contractViolation(received({ body: { ...project, public: "no" } }))).toMatch(/body\/public must be boolean/);
    expect(contractViolation(received({ body: { ...project, createdAt: "yesterday" } }))).toMatch(/date-time/);
  });

  it("fails a status the route doesn't declare", () => {
    expect(contractViolation(received({ status: 201 }))).toMatch(/201 is not a status GET \/api\/v1\/projects\/\{id\}/);
  });

  it("checks errors as problem+json, on routes and off them", () => {
    const error = {
      status: 404,
      contentType: "application/problem+json",
      body: problem,
      text: JSON.stringify(problem),
    };
    expect(contractViolation(received(error))).toBeNull();
    expect(contractViolation(received({ ...error, url: `${BASE}/api/v1/nowhere` }))).toBeNull();
    expect(contractViolation(received({ ...error, contentType: "application/json" }))).toMatch(/problem\+json/);
    expect(contractViolation(received({ ...error, body: { ...problem, stack: "at x" } }))).toMatch(/additional/);
    // The HTTP server's own refusals come before any route: any route may meet them.
    const tooLarge = { ...problem, status: 431, code: "HEADERS_TOO_LARGE" };
    expect(contractViolation(received({ ...error, status: 431, body: tooLarge }))).toBeNull();
    // Outside the API (the dev mailbox's pages, /docs) only errors are checked.
    expect(contractViolation(received({ url: `${BASE}/docs`, contentType: "text/html", body: "<html>" }))).toBeNull();
  });

  it("matches static paths before parameters, and 204 means no body", () => {
    const deleted = { method: "DELETE", status: 204, contentType: "", body: null, text: "" };
    expect(contractViolation(received(deleted))).toBeNull();
    expect(contractViolation(received({ ...deleted, text: "{}" }))).toMatch(/declares no body/);
    const count = { url: `${BASE}/api/v1/notifications/unread-count`, body: { count: 2 } };
    expect(contractViolation(received(count))).toBeNull();
  });
});
