/** Tenancy fixtures over HTTP: a crew of accounts, teams with one member per role, projects, tasks, audit reads, role matrices. */
import type { ServiceBroker } from "moleculer";
import type { Sequelize } from "sequelize";
import type { AuditEvent } from "../../services/audit/store.js";
import { expect } from "vitest";
import { verifyEmail } from "./mail.js";
import { allRoutes } from "../../lib/domains.js";
import {
  eventually,
  expectJson,
  expectProblem,
  signup,
  uniqueEmail,
  type ApiClient,
  type ApiResponse,
  type Json,
  type SessionBody,
  type TestNode,
} from "./testkit.js";

export const ROLES = ["administrator", "editor", "commenter", "viewer"] as const;
export type Role = (typeof ROLES)[number];
/** Every kind of caller a rule distinguishes: the four roles, a signed-in outsider, and nobody. */
export type Caller = Role | "nonmember" | "anonymous";
export const CALLERS: Caller[] = [...ROLES, "nonmember", "anonymous"];

/** One signed-up account per role, an outsider, and a spare account to act on (remove, re-role). */
export type Crew = Record<Role | "nonmember" | "target", SessionBody>;

export async function signupCrew(client: ApiClient): Promise<Crew> {
  const names = [...ROLES, "nonmember", "target"] as const;
  const sessions = await Promise.all(names.map((name) => signup(client, uniqueEmail(name))));
  return Object.fromEntries(names.map((name, i) => [name, sessions[i]])) as Crew;
}

/** The bearer token of a caller, or undefined for the anonymous one. */
export function tokenOf(crew: Crew, caller: Caller | "target"): string | undefined {
  return caller === "anonymous" ? undefined : crew[caller].accessToken;
}

/** Invites `member` to `teamId` at `role` as `inviter`, and accepts as the member; returns the membership. */
export async function addMember(
  client: ApiClient,
  teamId: string,
  inviter: SessionBody,
  member: SessionBody,
  role: Role,
): Promise<{ id: string; role: Role }> {
  const invited = await client.post(
    `/teams/${teamId}/invites`,
    { emails: [member.user.email], role },
    { token: inviter.accessToken },
  );
  expect(invited.status, invited.text).toBe(201);
  // Only an address its owner has verified may answer an invite.
  await verifyEmail(client, member);
  const accepted = await client.post(`/invites/${invited.body.rows[0].id}/accept`, undefined, {
    token: member.accessToken,
  });
  expect(accepted.status, accepted.text).toBe(200);
  expect(accepted.body.role).toBe(role);
  return accepted.body;
}

/** A team created by the crew's administrator with the editor, commenter and viewer at their roles (and the target as viewer when asked). */
export async function createCrewTeam(
  client: ApiClient,
  crew: Crew,
  opts: { name?: string; withTarget?: boolean } = {},
): Promise<string> {
  const created = await client.post(
    "/teams",
    { name: opts.name ?? "Crew team" },
    { token: crew.administrator.accessToken },
  );
  expect(created.status, created.text).toBe(201);
  const teamId = created.body.id as string;
  for (const role of ["editor", "commenter", "viewer"] as const)
    await addMember(client, teamId, crew.administrator, crew[role], role);
  if (opts.withTarget) await addMember(client, teamId, crew.administrator, crew.target, "viewer");
  return teamId;
}

/** A fresh account with a team of its own, which it administers: an outsider to every other team. */
export async function signupWithTeam(client: ApiClient, name: string): Promise<{ owner: SessionBody; teamId: string }> {
  const owner = await signup(client);
  const created = await client.post("/teams", { name }, { token: owner.accessToken });
  expect(created.status, created.text).toBe(201);
  return { owner, teamId: created.body.id as string };
}

export interface Board {
  id: string;
  prefix: string;
  /** Column ids in board order: To Do, In Progress, Review, Done. */
  columns: string[];
}

export async function createProject(
  client: ApiClient,
  token: string,
  teamId: string,
  name = "Launch Board",
  extra: Record<string, unknown> = {},
): Promise<Board> {
  const created = await client.post("/projects", { teamId, name, ...extra }, { token });
  expect(created.status, created.text).toBe(201);
  const columns = await client.get(`/projects/${created.body.id}/columns`, { token });
  expect(columns.status, columns.text).toBe(200);
  return {
    id: created.body.id,
    prefix: created.body.prefix,
    columns: columns.body.rows.map((c: { id: string }) => c.id),
  };
}

export async function createTask(
  client: ApiClient,
  token: string,
  board: Board,
  title = "A task",
  extra: Record<string, unknown> = {},
): Promise<{ id: string; key: string; columnId: string }> {
  const created = await client.post(
    `/projects/${board.id}/tasks`,
    { columnId: board.columns[0], title, ...extra },
    { token },
  );
  expect(created.status, created.text).toBe(201);
  return created.body;
}

/**
 * The audit history rows of an entity as `token` sees it, oldest first, once every type in `until`
 * has arrived (as often as it is listed): events reach the audit store asynchronously.
 */
export async function auditRows(
  client: ApiClient,
  token: string,
  entity: string,
  id: string,
  until: string[],
): Promise<AuditEvent[]> {
  return eventually(async () => {
    const res = await client.get(`/audit/entities/${entity}/${id}`, { token });
    expect(res.status, res.text).toBe(200);
    const types = (res.body.rows as { type: string }[]).map((e) => e.type);
    for (const type of new Set(until)) {
      expect(types.filter((t) => t === type).length, `${type} in ${types.join()}`).toBeGreaterThanOrEqual(
        until.filter((t) => t === type).length,
      );
    }
    return res.body.rows;
  }, 15_000);
}

/** The event types of an entity's audit history, once every type in `until` has arrived. */
export async function auditTypes(
  client: ApiClient,
  token: string,
  entity: string,
  id: string,
  until: string[] = [],
): Promise<string[]> {
  return (await auditRows(client, token, entity, id, until)).map((e) => e.type);
}

/** The database the teams service (and, embedded, every service) uses. */
export function teamsDb(broker: ServiceBroker): Sequelize {
  const teams = broker.getLocalService("teams") as unknown as { sql(): Sequelize } | undefined;
  if (!teams) throw new Error("this broker runs no teams service");
  return teams.sql();
}

// --- the role matrix -------------------------------------------------------------

/** Who a route lets through: any signed-in user, a minimum team role, or only the invite's addressee. */
export type Need = "any" | Role | "invitee";

const RANK: Record<Role, number> = { viewer: 0, commenter: 1, editor: 2, administrator: 3 };

/**
 * The status DESIGN §4/§6 promise a caller: 401 without a credential; 404 to a non-member (ids don't
 * leak) unless the route reads a public project; 403 to a member whose role is too low; else `ok`.
 * An invite addressed to someone else is 404 to everyone.
 */
export function expectedStatus(need: Need, ok: number, caller: Caller, opts: { publicRead?: boolean } = {}): number {
  if (caller === "anonymous") return 401;
  if (need === "any") return ok;
  if (need === "invitee") return 404;
  if (caller === "nonmember") return opts.publicRead ? ok : 404;
  return RANK[caller] >= RANK[need] ? ok : 403;
}

/** The problem code that goes with each refusal of the matrix. */
export const REFUSAL_CODES: Record<number, string> = { 401: "UNAUTHORIZED", 403: "ROLE_TOO_LOW", 404: "NOT_FOUND" };

/** One route of a domain's role matrix: who it needs, what it answers once let through, the request to make. */
export interface RoleCase {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  route: string;
  need: Need;
  ok: number;
  /** The request for one caller; cases that consume what they act on build a fresh one. */
  request(): Promise<{ path: string; body?: unknown }>;
  /** The shape of a successful answer's body; any JSON object when absent. */
  shape?(body: Json): void;
}

/**
 * A matrix answer as `status` promises it: a refusal's problem with its code (REFUSAL_CODES), an empty 204,
 * or JSON that passes `shape`.
 */
export function expectMatrixAnswer(
  res: ApiResponse,
  status: number,
  node: TestNode,
  shape: (body: Json) => void = expectObject,
): void {
  if (status >= 400) {
    expectProblem(res, status, REFUSAL_CODES[status], node);
  } else if (status === 204) {
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe("");
  } else {
    expectJson(res, status);
    shape(res.body);
  }
}

function expectObject(body: Json): void {
  expect(body).toBeTypeOf("object");
  expect(body).not.toBeNull();
}

/** The matrix's cases cover exactly the routes the gateway's table lists under `tag` (a query in a case's route aside). */
export async function expectEveryRoute(
  tag: string,
  cases: readonly { method: string; route: string }[],
): Promise<void> {
  const table = (await allRoutes()).filter((r) => r.tag === tag).map((r) => `${r.method} ${r.path}`);
  const covered = new Set(cases.map((c) => `${c.method} ${c.route.split("?")[0]}`));
  expect([...covered].sort()).toEqual(table.sort());
}
