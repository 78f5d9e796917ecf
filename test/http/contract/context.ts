/** What every contract case gets, and the body shapes the frontend relies on. Cases live in ./<domain>.contract.ts. */
import { expect } from "vitest";
import type { ApiClient, SessionBody, TestNode } from "../../support/testkit.js";

export interface ContractContext {
  node: TestNode;
  client: ApiClient;
  /** An account with the admin role. */
  admin: SessionBody;
}

/** One case per route, keyed "METHOD /path" exactly as in services/api/routes.ts. */
export type ContractCases = Record<string, (ctx: ContractContext) => Promise<void>>;

const nullable = (matcher: unknown) => expect.toBeOneOf([null, matcher]);
const uuid = () => expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const isoDate = () => expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

/** Exactly these keys, each matching. */
function expectExactly(body: unknown, shape: Record<string, unknown>): void {
  expect(body).toEqual(shape);
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(shape).sort());
}

export function expectUser(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    email: expect.any(String),
    firstName: nullable(expect.any(String)),
    lastName: nullable(expect.any(String)),
    status: expect.stringMatching(/^(unverified|active|banned)$/),
    roles: expect.arrayContaining(["user"]),
    createdAt: isoDate(),
    updatedAt: isoDate(),
    verifiedAt: nullable(isoDate()),
  });
}

export function expectSession(body: SessionBody): void {
  expectExactly(body, {
    user: expect.any(Object),
    accessToken: expect.any(String),
    refreshToken: expect.any(String),
    tokenType: "Bearer",
    expiresIn: 900,
  });
  expectUser(body.user);
  expect(body.accessToken.split(".")).toHaveLength(3);
}

/** The list envelope of DESIGN §4, each row checked with `row`. */
export function expectPage(body: { rows: unknown[] }, row: (item: unknown) => void): void {
  expectExactly(body, {
    rows: expect.any(Array),
    total: expect.any(Number),
    page: expect.any(Number),
    pageSize: expect.any(Number),
    totalPages: expect.any(Number),
  });
  for (const item of body.rows) row(item);
}

export function expectKey(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    description: expect.any(String),
    scopes: expect.any(Array),
    prefix: expect.any(String),
    createdAt: isoDate(),
    lastUsedAt: nullable(isoDate()),
  });
}

export function expectAuditEvent(body: unknown): void {
  expectExactly(body, {
    seq: expect.any(Number),
    id: uuid(),
    topic: expect.any(String),
    type: expect.any(String),
    occurredAt: isoDate(),
    actorId: nullable(expect.any(String)),
    teamId: nullable(expect.any(String)),
    entity: expect.any(String),
    entityId: expect.any(String),
    traceId: nullable(expect.any(String)),
    schemaVersion: expect.any(Number),
    payload: expect.any(Object),
  });
}

const TEAM_ROLE = expect.stringMatching(/^(administrator|editor|commenter|viewer)$/);

export function expectTeam(body: unknown, withRole = true): void {
  expectExactly(body, {
    id: uuid(),
    name: expect.any(String),
    createdBy: uuid(),
    createdAt: isoDate(),
    updatedAt: isoDate(),
    ...(withRole ? { role: TEAM_ROLE } : {}),
  });
}

export function expectMembership(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    teamId: uuid(),
    userId: uuid(),
    role: TEAM_ROLE,
    createdAt: isoDate(),
    updatedAt: isoDate(),
  });
}

export function expectInvite(body: unknown, extra: Record<string, unknown> = {}): void {
  expectExactly(body, {
    id: uuid(),
    teamId: uuid(),
    email: expect.any(String),
    role: TEAM_ROLE,
    status: expect.stringMatching(/^(pending|accepted|declined|revoked|expired)$/),
    invitedBy: uuid(),
    expiresAt: isoDate(),
    createdAt: isoDate(),
    ...extra,
  });
}

export function expectProject(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    teamId: uuid(),
    name: expect.any(String),
    prefix: expect.any(String),
    description: expect.any(String),
    public: expect.any(Boolean),
    columnOrder: expect.any(Array),
    createdBy: uuid(),
    createdAt: isoDate(),
    updatedAt: isoDate(),
  });
}

export function expectColumn(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    projectId: uuid(),
    title: expect.any(String),
    taskIds: expect.any(Array),
    createdAt: isoDate(),
  });
}

export function expectTask(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    projectId: uuid(),
    columnId: uuid(),
    key: expect.stringMatching(/^[A-Z0-9]+-\d+$/),
    seq: expect.any(Number),
    title: expect.any(String),
    points: nullable(expect.any(Number)),
    content: expect.any(String),
    assigneeId: nullable(uuid()),
    createdBy: uuid(),
    createdAt: isoDate(),
    updatedAt: isoDate(),
  });
}

export function expectComment(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    taskId: uuid(),
    authorId: uuid(),
    content: expect.any(String),
    createdAt: isoDate(),
  });
}
