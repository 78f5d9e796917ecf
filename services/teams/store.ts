/** SQL for teams, memberships and invites. */
import { randomUUID } from "node:crypto";
import { QueryTypes, type Sequelize, type Transaction } from "sequelize";
import type { TeamRole } from "../../lib/access.js";

type Tx = Transaction | undefined;

export interface TeamRow {
  id: string;
  name: string;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export interface MembershipRow {
  id: string;
  team_id: string;
  user_id: string;
  role: TeamRole;
  created_at: Date;
  updated_at: Date;
}

export type InviteStatus = "pending" | "accepted" | "declined" | "revoked";

export interface InviteRow {
  id: string;
  team_id: string;
  email: string;
  role: TeamRole;
  status: InviteStatus;
  invited_by: string;
  expires_at: Date;
  created_at: Date;
  responded_at: Date | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const ms = (d: Date | null) => (d ? new Date(d).getTime() : 0);

export interface Team {
  id: string;
  name: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** The caller's role, where known. */
  role?: TeamRole;
}

export const toTeam = (row: TeamRow & { role?: TeamRole }): Team => ({
  id: row.id,
  name: row.name,
  createdBy: row.created_by,
  createdAt: iso(row.created_at) as string,
  updatedAt: iso(row.updated_at) as string,
  ...(row.role ? { role: row.role } : {}),
});

export interface Membership {
  id: string;
  teamId: string;
  userId: string;
  role: TeamRole;
  createdAt: string;
  updatedAt: string;
}

export const toMembership = (row: MembershipRow): Membership => ({
  id: row.id,
  teamId: row.team_id,
  userId: row.user_id,
  role: row.role,
  createdAt: iso(row.created_at) as string,
  updatedAt: iso(row.updated_at) as string,
});

export interface Invite {
  id: string;
  teamId: string;
  email: string;
  role: TeamRole;
  status: InviteStatus | "expired";
  invitedBy: string;
  expiresAt: string;
  createdAt: string;
}

export const toInvite = (row: InviteRow): Invite => ({
  id: row.id,
  teamId: row.team_id,
  email: row.email,
  role: row.role,
  status: row.status === "pending" && new Date(row.expires_at).getTime() <= Date.now() ? "expired" : row.status,
  invitedBy: row.invited_by,
  expiresAt: iso(row.expires_at) as string,
  createdAt: iso(row.created_at) as string,
});

// Event snapshots (events/teams/events.proto).
export const teamSnapshot = (r: TeamRow) => ({
  id: r.id,
  name: r.name,
  createdBy: r.created_by,
  createdAt: ms(r.created_at),
  updatedAt: ms(r.updated_at),
});
export const membershipSnapshot = (r: MembershipRow) => ({
  id: r.id,
  teamId: r.team_id,
  userId: r.user_id,
  role: r.role,
  createdAt: ms(r.created_at),
  updatedAt: ms(r.updated_at),
});
export const inviteSnapshot = (r: InviteRow) => ({
  id: r.id,
  teamId: r.team_id,
  email: r.email,
  role: r.role,
  status: r.status,
  invitedBy: r.invited_by,
  expiresAt: ms(r.expires_at),
  createdAt: ms(r.created_at),
});

async function one<T extends object>(db: Sequelize, sql: string, bind: unknown[], tx?: Tx): Promise<T | null> {
  const rows = await db.query<T>(sql, { bind, type: QueryTypes.SELECT, transaction: tx });
  return rows[0] ?? null;
}

function many<T extends object>(db: Sequelize, sql: string, bind: unknown[], tx?: Tx): Promise<T[]> {
  return db.query<T>(sql, { bind, type: QueryTypes.SELECT, transaction: tx });
}

export const insertTeam = (db: Sequelize, name: string, createdBy: string, tx: Tx) =>
  one<TeamRow>(
    db,
    "INSERT INTO teams (id, name, created_by) VALUES ($1, $2, $3) RETURNING *",
    [randomUUID(), name, createdBy],
    tx,
  );

export const findTeam = (db: Sequelize, id: string, tx?: Tx, forUpdate = false) =>
  one<TeamRow>(db, `SELECT * FROM teams WHERE id = $1${forUpdate ? " FOR UPDATE" : ""}`, [id], tx);

export const renameTeam = (db: Sequelize, id: string, name: string, tx: Tx) =>
  one<TeamRow>(db, "UPDATE teams SET name = $2, updated_at = now() WHERE id = $1 RETURNING *", [id, name], tx);

export const deleteTeam = (db: Sequelize, id: string, tx: Tx) =>
  one<TeamRow>(db, "DELETE FROM teams WHERE id = $1 RETURNING *", [id], tx);

export const teamsOfUser = (db: Sequelize, userId: string) =>
  many<TeamRow & { role: TeamRole }>(
    db,
    `SELECT t.*, m.role FROM teams t JOIN memberships m ON m.team_id = t.id WHERE m.user_id = $1 ORDER BY t.created_at, t.id`,
    [userId],
  );

export const insertMembership = (db: Sequelize, teamId: string, userId: string, role: TeamRole, tx: Tx) =>
  one<MembershipRow>(
    db,
    `INSERT INTO memberships (id, team_id, user_id, role) VALUES ($1, $2, $3, $4)
     ON CONFLICT (team_id, user_id) DO NOTHING RETURNING *`,
    [randomUUID(), teamId, userId, role],
    tx,
  );

export const findMembership = (db: Sequelize, teamId: string, userId: string, tx?: Tx, forUpdate = false) =>
  one<MembershipRow>(
    db,
    `SELECT * FROM memberships WHERE team_id = $1 AND user_id = $2${forUpdate ? " FOR UPDATE" : ""}`,
    [teamId, userId],
    tx,
  );

export const membersOf = (db: Sequelize, teamId: string, tx?: Tx) =>
  many<MembershipRow>(db, "SELECT * FROM memberships WHERE team_id = $1 ORDER BY created_at, id", [teamId], tx);

export const setRole = (db: Sequelize, id: string, role: TeamRole, tx: Tx) =>
  one<MembershipRow>(
    db,
    "UPDATE memberships SET role = $2, updated_at = now() WHERE id = $1 RETURNING *",
    [id, role],
    tx,
  );

export const deleteMembership = (db: Sequelize, id: string, tx: Tx) =>
  one<MembershipRow>(db, "DELETE FROM memberships WHERE id = $1 RETURNING *", [id], tx);

export async function administratorCount(db: Sequelize, teamId: string, tx: Tx): Promise<number> {
  const row = await one<{ n: number }>(
    db,
    "SELECT count(*)::int AS n FROM memberships WHERE team_id = $1 AND role = 'administrator'",
    [teamId],
    tx,
  );
  return Number(row?.n ?? 0);
}

export const teamIdsOf = async (db: Sequelize, userId: string) =>
  (await many<{ team_id: string }>(db, "SELECT team_id FROM memberships WHERE user_id = $1", [userId])).map(
    (r) => r.team_id,
  );

/** Creates a pending invite, or refreshes the pending one for the same email (no duplicates). */
export const upsertInvite = (
  db: Sequelize,
  teamId: string,
  email: string,
  role: TeamRole,
  invitedBy: string,
  ttlSeconds: number,
  tx: Tx,
) =>
  one<InviteRow & { inserted: boolean }>(
    db,
    `INSERT INTO invites (id, team_id, email, role, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))
     ON CONFLICT (team_id, email) WHERE status = 'pending'
     DO UPDATE SET role = EXCLUDED.role, invited_by = EXCLUDED.invited_by, expires_at = EXCLUDED.expires_at
     RETURNING *, (xmax = 0) AS inserted`,
    [randomUUID(), teamId, email, role, invitedBy, ttlSeconds],
    tx,
  );

export const pendingInvitesOfTeam = (db: Sequelize, teamId: string) =>
  many<InviteRow>(db, "SELECT * FROM invites WHERE team_id = $1 AND status = 'pending' ORDER BY created_at DESC, id", [
    teamId,
  ]);

export const pendingInvitesOfEmail = (db: Sequelize, email: string) =>
  many<InviteRow & { team_name: string }>(
    db,
    `SELECT i.*, t.name AS team_name FROM invites i JOIN teams t ON t.id = i.team_id
     WHERE i.email = $1 AND i.status = 'pending' AND i.expires_at > now() ORDER BY i.created_at DESC, i.id`,
    [email],
  );

export const findInvite = (db: Sequelize, id: string, tx: Tx) =>
  one<InviteRow>(db, "SELECT * FROM invites WHERE id = $1 FOR UPDATE", [id], tx);

export const respondInvite = (db: Sequelize, id: string, status: InviteStatus, tx: Tx) =>
  one<InviteRow>(
    db,
    "UPDATE invites SET status = $2, responded_at = now() WHERE id = $1 RETURNING *",
    [id, status],
    tx,
  );
