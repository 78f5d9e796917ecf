/** services/api/problem.ts: every error becomes an RFC 9457 problem with a stable code and nothing internal. */
import { randomUUID } from "node:crypto";
import { Errors, ServiceBroker } from "moleculer";
import ApiGateway from "moleculer-web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableError,
} from "../../lib/errors.js";
import { problemType, toProblem, type Problem } from "../../services/api/problem.js";
import UsersService from "../../services/users/users.service.js";
import { TEST_PASSWORD, uniqueEmail } from "../support/testkit.js";

const NO_ROUTE = "No route for GET /api/v1/nowhere";
// moleculer-web's typings miss PayloadTooLarge and some constructors' optional arguments.
const WebErrors = ApiGateway.Errors as unknown as Record<string, new (...args: unknown[]) => Error>;

function problemOf(err: unknown): Problem {
  return toProblem(err, NO_ROUTE).problem;
}

/** Nothing a caller could use to map the mesh: action names, node ids, stacks. */
function expectNothingInternal(problem: Problem, ...secrets: string[]): void {
  const text = JSON.stringify(problem);
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/stack|\.[jt]s:\d+/);
  expect(Object.keys(problem).sort()).toEqual(expect.arrayContaining(["code", "detail", "status", "title", "type"]));
}

describe("toProblem for framework errors", () => {
  it("answers 503, not 404, when the service behind a known route is gone", () => {
    for (const err of [
      new Errors.ServiceNotFoundError({ action: "users.login", nodeID: "node-7" }),
      new Errors.ServiceNotAvailableError({ action: "users.login", nodeID: "node-7" }),
      new WebErrors.ServiceUnavailableError(),
    ]) {
      const { problem, unexpected } = toProblem(err, NO_ROUTE);
      expect(problem).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE", title: "Service Unavailable" });
      expect(unexpected).toBe(true);
      expectNothingInternal(problem, "users.login", "node-7");
    }
  });

  it("turns timeouts, rejections and full queues into 503 without naming the action or node", () => {
    for (const err of [
      new Errors.RequestTimeoutError({ action: "users.login", nodeID: "node-7" }),
      new Errors.RequestRejectedError({ action: "users.login", nodeID: "node-7" }),
      new Errors.RequestSkippedError({ action: "users.login", nodeID: "node-7" }),
      new Errors.QueueIsFullError({ action: "users.login", nodeID: "node-7", size: 1, limit: 1 }),
    ]) {
      const problem = problemOf(err);
      expect(problem.status).toBe(503);
      expectNothingInternal(problem, "users.login", "node-7");
    }
  });

  it("describes an unknown route by its method and path", () => {
    expect(problemOf(new WebErrors.NotFoundError())).toMatchObject({
      status: 404,
      code: "NOT_FOUND",
      detail: NO_ROUTE,
    });
  });

  it("maps the gateway's own rate limit, body and credential errors", () => {
    expect(problemOf(new WebErrors.RateLimitExceeded())).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    expect(problemOf(new WebErrors.PayloadTooLarge())).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(problemOf(new WebErrors.InvalidRequestBodyError("{", "x"))).toMatchObject({
      status: 400,
      code: "MALFORMED_BODY",
    });
    expect(problemOf(new WebErrors.UnAuthorizedError("NO_TOKEN"))).toMatchObject({ status: 401, code: "UNAUTHORIZED" });
    expect(problemOf(new WebErrors.UnAuthorizedError("INVALID_TOKEN"))).toMatchObject({
      status: 401,
      code: "UNAUTHORIZED",
    });
  });

  it("answers a disallowed CORS origin with 403, not 500", () => {
    const { problem, unexpected } = toProblem(new WebErrors.ForbiddenError("ORIGIN_NOT_ALLOWED"), NO_ROUTE);
    expect(problem).toMatchObject({ status: 403, code: "ORIGIN_NOT_ALLOWED" });
    expect(unexpected).toBe(false);
  });

  it("answers a badly percent-encoded path parameter with 400, not 500", () => {
    const { problem, unexpected } = toProblem(
      new WebErrors.BadRequestError("UNABLE_DECODE_PARAM", { param: "%zz" }),
      NO_ROUTE,
    );
    expect(problem).toMatchObject({ status: 400, code: "MALFORMED_PATH" });
    expect(unexpected).toBe(false);
  });

  it("maps body-parser failures to 400, 413 and 415", () => {
    expect(problemOf({ type: "entity.parse.failed", status: 400 })).toMatchObject({
      status: 400,
      code: "MALFORMED_BODY",
    });
    expect(problemOf({ type: "entity.too.large", status: 413 })).toMatchObject({
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
    });
    expect(problemOf({ type: "charset.unsupported", status: 415 })).toMatchObject({
      status: 415,
      code: "UNSUPPORTED_CHARSET",
    });
    expect(problemOf({ type: "entity.too.deep", status: 400 })).toMatchObject({
      status: 400,
      code: "BODY_TOO_DEEP",
    });
  });
});

/** A database error as pg raises it and as Sequelize wraps it (`parent` and `original`). */
function databaseError(code: string): { raw: Error; wrapped: Error } {
  const raw = Object.assign(new Error("value out of range: /srv/app.js:10:5"), { code, routine: "int8in" });
  const wrapped = Object.assign(new Error(raw.message), { name: "SequelizeDatabaseError", parent: raw, original: raw });
  return { raw, wrapped };
}

describe("toProblem for database errors", () => {
  it("answers 422, still flagged for logging, for errors only a caller's value can cause", () => {
    for (const code of ["22P02", "22003", "22021", "54001"]) {
      for (const err of Object.values(databaseError(code))) {
        const { problem, unexpected } = toProblem(err, NO_ROUTE);
        expect(problem, code).toMatchObject({ status: 422, code: "VALIDATION_ERROR" });
        expect(unexpected).toBe(true);
        expectNothingInternal(problem, "/srv/app.js", "int8in", code);
      }
    }
  });

  it("keeps every other database error a 500: a broken query or constraint is a bug", () => {
    for (const code of ["42P01", "42703", "23505", "23503", "40001", "22012"]) {
      for (const err of Object.values(databaseError(code))) expect(problemOf(err).status, code).toBe(500);
    }
  });

  it("answers a lost database 503 SERVICE_UNAVAILABLE, never 500, naming nothing internal", () => {
    for (const code of ["57P01", "57P02", "57P03", "08006", "08001", "53300"]) {
      for (const err of Object.values(databaseError(code))) {
        const { problem, unexpected } = toProblem(err, NO_ROUTE);
        expect(problem, code).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE" });
        expect(problem.detail).toMatch(/database is unreachable/);
        expect(unexpected).toBe(true);
        expectNothingInternal(problem, "/srv/app.js", code);
      }
    }
  });
});

describe("toProblem for validation and domain errors", () => {
  it("lists every invalid field as {field, message}", () => {
    const err = new Errors.ValidationError("Parameters validation error!", "VALIDATION_ERROR", [
      {
        type: "email",
        field: "email",
        message: "The 'email' field must be a valid e-mail.",
        action: "users.signup",
        nodeID: "node-7",
      },
      { type: "stringMin", field: "password", message: "too short", action: "users.signup", nodeID: "node-7" },
    ]);
    const problem = problemOf(err);
    expect(problem).toMatchObject({ status: 422, code: "VALIDATION_ERROR", title: "Unprocessable Content" });
    expect(problem.errors).toEqual([
      { field: "email", message: "The 'email' field must be a valid e-mail." },
      { field: "password", message: "too short" },
    ]);
    expectNothingInternal(problem, "users.signup", "node-7");
  });

  it("keeps a domain error's status, type and message", () => {
    expect(problemOf(new ConflictError("An account with this email already exists", "EMAIL_TAKEN"))).toEqual({
      type: problemType("EMAIL_TAKEN"),
      title: "Conflict",
      status: 409,
      detail: "An account with this email already exists",
      code: "EMAIL_TAKEN",
    });
    expect(problemOf(new NotFoundError("user"))).toMatchObject({
      status: 404,
      code: "NOT_FOUND",
      detail: "user not found",
    });
    expect(problemOf(new ForbiddenError())).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(problemOf(new UnauthorizedError())).toMatchObject({ status: 401, code: "UNAUTHORIZED" });
  });

  it("does not mistake a domain 422 INVALID_TOKEN for the gateway's 401 INVALID_TOKEN", () => {
    const err = new UnprocessableError(
      "The verification token is invalid",
      [{ field: "token", message: "is invalid" }],
      "INVALID_TOKEN",
    );
    expect(problemOf(err)).toMatchObject({
      status: 422,
      code: "INVALID_TOKEN",
      errors: [{ field: "token", message: "is invalid" }],
    });
  });

  it("puts retryAfter in the data of a 429, not in the problem's errors", () => {
    const err = new TooManyRequestsError("Too many failed logins", 42, "LOGIN_THROTTLED");
    const problem = problemOf(err);
    expect(problem).toMatchObject({ status: 429, code: "LOGIN_THROTTLED" });
    expect(problem.errors).toBeUndefined();
    expect(err.data).toEqual({ retryAfter: 42 });
  });

  it("keeps a domain error that crossed the transporter (a plain Error with code and type)", () => {
    const remote = Object.assign(new Error("An account with this email already exists"), {
      name: "ConflictError",
      code: 409,
      type: "EMAIL_TAKEN",
      nodeID: "node-7",
    });
    const problem = problemOf(remote);
    expect(problem).toMatchObject({
      status: 409,
      code: "EMAIL_TAKEN",
      detail: "An account with this email already exists",
    });
    expectNothingInternal(problem, "node-7");
    const notFound = Object.assign(new Error("user not found"), {
      name: "NotFoundError",
      code: 404,
      type: "NOT_FOUND",
    });
    expect(problemOf(notFound)).toMatchObject({ status: 404, detail: "user not found" });
  });
});

describe("toProblem for bugs", () => {
  it("hides a plain Error's message behind a generic 500 and flags it for logging", () => {
    const { problem, unexpected } = toProblem(new Error("users.login crashed on node-7 at /srv/app.js:10:5"), NO_ROUTE);
    expect(problem).toMatchObject({ status: 500, code: "INTERNAL", title: "Internal Server Error" });
    expect(unexpected).toBe(true);
    expectNothingInternal(problem, "users.login", "node-7", "/srv/app.js");
  });

  it("treats server-side Moleculer errors and non-errors as 500", () => {
    expect(problemOf(new Errors.MoleculerServerError("db down", 500, "DB_DOWN")).status).toBe(500);
    expect(problemOf(new Errors.MaxCallLevelError({ nodeID: "node-7", level: 100 })).status).toBe(500);
    expect(problemOf(undefined).status).toBe(500);
    expect(problemOf("boom").status).toBe(500);
  });

  it("builds URN problem types from codes", () => {
    expect(problemType("EMAIL_TAKEN")).toBe("urn:problem-type:meshwork:email-taken");
  });
});

describe("toProblem across a real transporter", () => {
  const namespace = `problem-${randomUUID().slice(0, 8)}`;
  const usersNode = new ServiceBroker({ logger: false, namespace, nodeID: "users-node-secret", transporter: "Fake" });
  const gatewayNode = new ServiceBroker({ logger: false, namespace, nodeID: "gateway-node", transporter: "Fake" });

  beforeAll(async () => {
    usersNode.createService(UsersService);
    await Promise.all([usersNode.start(), gatewayNode.start()]);
    await gatewayNode.waitForServices("users", 10_000);
  });
  afterAll(async () => {
    await gatewayNode.stop();
    await usersNode.stop();
  });

  async function remoteError(action: string, params: object): Promise<unknown> {
    try {
      await gatewayNode.call(action, params);
    } catch (err) {
      return err;
    }
    throw new Error(`${action} did not fail`);
  }

  it("keeps a remote 409 a 409 (and never shows the remote node id)", async () => {
    const email = uniqueEmail();
    await gatewayNode.call("users.signup", { email, password: TEST_PASSWORD });
    const problem = problemOf(await remoteError("users.signup", { email, password: TEST_PASSWORD }));
    expect(problem).toMatchObject({ status: 409, code: "EMAIL_TAKEN" });
    expectNothingInternal(problem, "users-node-secret", "users.signup");
  });

  it("keeps remote 404, 422 and 401 answers", async () => {
    expect(problemOf(await remoteError("users.get", { id: randomUUID() }))).toMatchObject({
      status: 404,
      detail: "user not found",
    });
    expect(problemOf(await remoteError("users.verify", { token: "not-a-token" }))).toMatchObject({
      status: 422,
      code: "INVALID_TOKEN",
    });
    expect(problemOf(await remoteError("users.signup", { email: "nope", password: "x" }))).toMatchObject({
      status: 422,
      code: "VALIDATION_ERROR",
    });
    expect(problemOf(await remoteError("users.resolveToken", { token: "garbage" }))).toMatchObject({ status: 401 });
  });
});
