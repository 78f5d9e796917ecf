/**
 * teams: reads and writes of teams, memberships and invites through the domain's models, in the
 * caller's transaction. Raw SQL only for what the models can't say: conditional inserts and upserts.
 */
import { randomUUID } from "node:crypto";
import { Op, fn, type Model, type ModelStatic, type WhereOptions } from "sequelize";
import type { TeamRole } from "../../lib/access.js";
import type { Page, PageParams } from "../../lib/pagination.js";
import { fromRow, lockIf, pageOfModel, plain, plainOrNull } from "../../mixins/db.mixin.js";
import { selectOne, type Tx } from "../../lib/sql.js";
import type { InviteRecord, InviteStatus, MembershipRecord, TeamRecord, TeamsModels } from "./models.js";

export type { InviteRecord, InviteStatus, MembershipRecord, TeamRecord } from "./models.js";

// --- what leaves the service -------------------------------------------------------

export interface Team extends TeamRecord {
  /** The caller's role, where known. */
  role?: TeamRole;
}

export type Membership = MembershipRecord;

export interface Invite extends Omit<InviteRecord, "status" | "respondedAt"> {
  status: InviteStatus | "expired";
}

export const toTeam = (team: TeamRecord, role?: TeamRole | null): Team => (role ? { ...team, role } : { ...team });

export const isExpired = (invite: InviteRecord): boolean =>
  invite.status === "pending" && Date.parse(invite.expiresAt) <= Date.now();

export function toInvite(record: InviteRecord): Invite {
  const { respondedAt: _answered, ...invite } = record;
  return { ...invite, status: isExpired(record) ? "expired" : record.status };
}

// Event snapshots (events/teams/events.proto): timestamps in epoch milliseconds.
const ms = (iso: string) => Date.parse(iso);
export const teamSnapshot = (t: TeamRecord) => ({ ...t, createdAt: ms(t.createdAt), updatedAt: ms(t.updatedAt) });
export const membershipSnapshot = (m: MembershipRecord) => ({
  ...m,
  createdAt: ms(m.createdAt),
  updatedAt: ms(m.updatedAt),
});
export const inviteSnapshot = (i: InviteRecord) => ({
  id: i.id,
  teamId: i.teamId,
  email: i.email,
  role: i.role,
  status: i.status,
  invitedBy: i.invitedBy,
  expiresAt: ms(i.expiresAt),
  createdAt: ms(i.createdAt),
});

// --- helpers ----------------------------------------------------------------------------

const teams = (m: TeamsModels) => m.teams;
const memberships = (m: TeamsModels) => m.memberships;
const invites = (m: TeamsModels) => m.invites;

/**
 * UPDATE … RETURNING of one row by id; null when it doesn't exist. The database checks the values
 * (`validate: false`: Sequelize's check would read `now()` through the ISO timestamp getters).
 */
async function updateById<T>(
  model: ModelStatic<Model>,
  id: string,
  values: Record<string, unknown>,
  tx: Tx,
): Promise<T | null> {
  const [, rows] = await model.update(values, { where: { id }, transaction: tx, returning: true, validate: false });
  return rows[0] ? plain<T>(rows[0]) : null;
}

/** Sort fields a list accepts (API name = attribute) and the order it has without `?sort=`. */
export interface ListOrder {
  sortable: readonly string[];
  defaultSort: string;
}

/**
 * One page of `model` with DESIGN §4's list semantics, the real total on every page. The id breaks
 * ties, so rows with the same sort value (invites sent together) never shift between pages.
 */
function listOf<T>(model: ModelStatic<Model>, where: WhereOptions, params: PageParams, order: ListOrder) {
  return pageOfModel<T>(model, { ...params, where, sort: params.sort ?? order.defaultSort });
}

// --- teams ---------------------------------------------------------------------------------

export const TEAM_ORDER: ListOrder = { sortable: ["createdAt", "name"], defaultSort: "createdAt" };

export async function insertTeam(m: TeamsModels, name: string, createdBy: string, tx: Tx): Promise<TeamRecord> {
  return plain(await teams(m).create({ id: randomUUID(), name, createdBy }, { transaction: tx }));
}

export async function findTeam(m: TeamsModels, id: string, tx?: Tx, forUpdate = false): Promise<TeamRecord | null> {
  return plainOrNull(await teams(m).findByPk(id, { transaction: tx, ...lockIf(forUpdate, tx) }));
}

/** Team ids in id order after `after` (a keyset page), for domains that keep a record per team. */
export async function teamIdsAfter(m: TeamsModels, after: string | null, limit: number): Promise<string[]> {
  const rows = await teams(m).findAll({
    where: after ? { id: { [Op.gt]: after } } : {},
    attributes: ["id"],
    order: [["id", "ASC"]],
    limit,
  });
  return rows.map((row) => row.get("id") as string);
}

export const renameTeam = (m: TeamsModels, id: string, name: string, tx: Tx) =>
  updateById<TeamRecord>(teams(m), id, { name, updatedAt: fn("now") }, tx);

/** Deletes a team; its memberships and invites go with it (ON DELETE CASCADE). */
export async function deleteTeam(m: TeamsModels, id: string, tx: Tx): Promise<boolean> {
  return (await teams(m).destroy({ where: { id }, transaction: tx })) > 0;
}

/** One page of the given teams (a user's), by `params.sort`. */
export const teamsPage = (m: TeamsModels, ids: string[], params: PageParams) =>
  listOf<TeamRecord>(teams(m), { id: { [Op.in]: ids } }, params, TEAM_ORDER);

// --- memberships ---------------------------------------------------------------------------

export const MEMBER_ORDER: ListOrder = { sortable: ["createdAt", "role"], defaultSort: "createdAt" };

export async function insertMembership(
  m: TeamsModels,
  teamId: string,
  userId: string,
  role: TeamRole,
  tx: Tx,
): Promise<MembershipRecord> {
  return plain(await memberships(m).create({ id: randomUUID(), teamId, userId, role }, { transaction: tx }));
}

/** Adds a member unless they already are one (then null): a conditional insert the model can't say. */
export async function joinTeam(
  m: TeamsModels,
  teamId: string,
  userId: string,
  role: TeamRole,
  tx: Tx,
): Promise<MembershipRecord | null> {
  const row = await selectOne<Record<string, unknown>>(
    memberships(m).sequelize!,
    `INSERT INTO memberships (id, team_id, user_id, role) VALUES ($1, $2, $3, $4)
     ON CONFLICT (team_id, user_id) DO NOTHING RETURNING *`,
    [randomUUID(), teamId, userId, role],
    tx,
  );
  return row ? fromRow<MembershipRecord>(memberships(m), row) : null;
}

export async function findMembership(
  m: TeamsModels,
  teamId: string,
  userId: string,
  tx?: Tx,
  forUpdate = false,
): Promise<MembershipRecord | null> {
  return plainOrNull(
    await memberships(m).findOne({ where: { teamId, userId }, transaction: tx, ...lockIf(forUpdate, tx) }),
  );
}

/** Every member of a team, oldest first. */
export async function membersOf(m: TeamsModels, teamId: string, tx: Tx): Promise<MembershipRecord[]> {
  const rows = await memberships(m).findAll({
    where: { teamId },
    order: [
      ["createdAt", "ASC"],
      ["id", "ASC"],
    ],
    transaction: tx,
  });
  return rows.map((row) => plain<MembershipRecord>(row));
}

export const membersPage = (m: TeamsModels, teamId: string, params: PageParams) =>
  listOf<MembershipRecord>(memberships(m), { teamId }, params, MEMBER_ORDER);

export const setRole = (m: TeamsModels, id: string, role: TeamRole, tx: Tx) =>
  updateById<MembershipRecord>(memberships(m), id, { role, updatedAt: fn("now") }, tx);

export async function deleteMembership(m: TeamsModels, id: string, tx: Tx): Promise<void> {
  await memberships(m).destroy({ where: { id }, transaction: tx });
}

export const administratorCount = (m: TeamsModels, teamId: string, tx: Tx): Promise<number> =>
  memberships(m).count({ where: { teamId, role: "administrator" }, transaction: tx });

/** The user's role in each of their teams, by team id. */
export async function rolesOf(m: TeamsModels, userId: string): Promise<Map<string, TeamRole>> {
  const rows = await memberships(m).findAll({ where: { userId }, attributes: ["teamId", "role"] });
  return new Map(rows.map((row) => [row.get("teamId") as string, row.get("role") as TeamRole]));
}

// --- invites ---------------------------------------------------------------------------------

export const INVITE_ORDER: ListOrder = { sortable: ["createdAt", "expiresAt", "email"], defaultSort: "-createdAt" };
export const MY_INVITE_ORDER: ListOrder = { sortable: ["createdAt", "expiresAt"], defaultSort: "-createdAt" };

/**
 * Creates a pending invite, or refreshes the pending one for the same email (no duplicates): an
 * upsert on a partial unique index, which the model can't say. `inserted` tells which happened.
 */
export async function upsertInvite(
  m: TeamsModels,
  teamId: string,
  email: string,
  role: TeamRole,
  invitedBy: string,
  ttlSeconds: number,
  tx: Tx,
): Promise<{ invite: InviteRecord; inserted: boolean }> {
  const row = await selectOne<Record<string, unknown>>(
    invites(m).sequelize!,
    `INSERT INTO invites (id, team_id, email, role, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))
     ON CONFLICT (team_id, email) WHERE status = 'pending'
     DO UPDATE SET role = EXCLUDED.role, invited_by = EXCLUDED.invited_by, expires_at = EXCLUDED.expires_at
     RETURNING *, (xmax = 0) AS inserted`,
    [randomUUID(), teamId, email, role, invitedBy, ttlSeconds],
    tx,
  );
  if (!row) throw new Error("invite upsert returned no row");
  return { invite: fromRow<InviteRecord>(invites(m), row), inserted: row.inserted === true };
}

/** A team's pending invites (expired ones included: the team sees them as expired). */
export const pendingInvitesPage = (m: TeamsModels, teamId: string, params: PageParams) =>
  listOf<InviteRecord>(invites(m), { teamId, status: "pending" }, params, INVITE_ORDER);

/** The invites an email can still answer, with each team's name. */
export async function answerableInvitesPage(
  m: TeamsModels,
  email: string,
  params: PageParams,
): Promise<Page<InviteRecord & { teamName: string }>> {
  const page = await listOf<InviteRecord>(
    invites(m),
    { email, status: "pending", expiresAt: { [Op.gt]: fn("now") } },
    params,
    MY_INVITE_ORDER,
  );
  const teamIds = [...new Set(page.rows.map((invite) => invite.teamId))];
  const names = new Map(
    (teamIds.length
      ? await teams(m).findAll({ where: { id: { [Op.in]: teamIds } }, attributes: ["id", "name"] })
      : []
    ).map((row) => [row.get("id") as string, row.get("name") as string]),
  );
  return { ...page, rows: page.rows.map((invite) => ({ ...invite, teamName: names.get(invite.teamId) ?? "" })) };
}

export async function findInvite(m: TeamsModels, id: string, tx: Tx): Promise<InviteRecord | null> {
  return plainOrNull(await invites(m).findByPk(id, { transaction: tx, ...lockIf(true, tx) }));
}

export const respondInvite = (m: TeamsModels, id: string, status: InviteStatus, tx: Tx) =>
  updateById<InviteRecord>(invites(m), id, { status, respondedAt: fn("now") }, tx);
