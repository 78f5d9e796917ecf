/** SQL for the users domain. Every function takes the Sequelize instance and an optional transaction. */
import { randomUUID } from "node:crypto";
import { QueryTypes, type Sequelize, type Transaction } from "sequelize";

export type UserStatus = "unverified" | "active" | "banned" | "deleted";

export interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  first_name: string | null;
  last_name: string | null;
  status: UserStatus;
  roles: string[];
  created_at: Date;
  updated_at: Date;
  verified_at: Date | null;
  banned_at: Date | null;
  deleted_at: Date | null;
}

/** What leaves the service: never the password hash. */
export interface User {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  status: UserStatus;
  roles: string[];
  createdAt: string;
  updatedAt: string;
  verifiedAt: string | null;
}

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    status: row.status,
    roles: row.roles,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    verifiedAt: row.verified_at ? new Date(row.verified_at).toISOString() : null,
  };
}

type Db = Sequelize;
type Tx = Transaction | undefined;

async function rows<T extends object>(db: Db, sql: string, bind: unknown[], transaction?: Tx): Promise<T[]> {
  return db.query<T>(sql, { bind, type: QueryTypes.SELECT, transaction });
}

async function one<T extends object>(db: Db, sql: string, bind: unknown[], transaction?: Tx): Promise<T | null> {
  const found = await rows<T>(db, sql, bind, transaction);
  return found[0] ?? null;
}

export function findUserByEmail(db: Db, email: string, tx?: Tx): Promise<UserRow | null> {
  return one<UserRow>(db, "SELECT * FROM users WHERE email = $1", [email], tx);
}

export function findUserById(db: Db, id: string, tx?: Tx, forUpdate = false): Promise<UserRow | null> {
  return one<UserRow>(db, `SELECT * FROM users WHERE id = $1${forUpdate ? " FOR UPDATE" : ""}`, [id], tx);
}

export interface NewUser {
  email: string;
  passwordHash: string;
  firstName: string | null;
  lastName: string | null;
  roles: string[];
}

/** Inserts unless the email is taken; null means taken. */
export function insertUser(db: Db, user: NewUser, tx?: Tx): Promise<UserRow | null> {
  return one<UserRow>(
    db,
    `INSERT INTO users (id, email, password_hash, first_name, last_name, roles)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING *`,
    [randomUUID(), user.email, user.passwordHash, user.firstName, user.lastName, user.roles],
    tx,
  );
}

const COLUMNS: Record<string, string> = {
  firstName: "first_name",
  lastName: "last_name",
  passwordHash: "password_hash",
  status: "status",
  roles: "roles",
  email: "email",
  verifiedAt: "verified_at",
  bannedAt: "banned_at",
  deletedAt: "deleted_at",
};

export type UserChanges = Partial<Record<keyof typeof COLUMNS, unknown>>;

export function updateUser(db: Db, id: string, changes: UserChanges, tx?: Tx): Promise<UserRow | null> {
  const keys = Object.keys(changes).filter((k) => COLUMNS[k] && changes[k] !== undefined);
  const sets = keys.map((k, i) => `${COLUMNS[k]} = $${i + 2}`);
  sets.push("updated_at = now()");
  return one<UserRow>(
    db,
    `UPDATE users SET ${sets.join(", ")} WHERE id = $1 RETURNING *`,
    [id, ...keys.map((k) => changes[k])],
    tx,
  );
}

export async function grantRole(db: Db, email: string, role: string, tx?: Tx): Promise<UserRow | null> {
  return one<UserRow>(
    db,
    `UPDATE users SET roles = array_append(roles, $2), updated_at = now()
     WHERE email = $1 AND status <> 'deleted' AND NOT ($2 = ANY(roles)) RETURNING *`,
    [email, role],
    tx,
  );
}

// --- refresh tokens -------------------------------------------------------

export interface RefreshRow {
  id: string;
  user_id: string;
  family_id: string;
  expires_at: Date;
  spent_at: Date | null;
  revoked_at: Date | null;
}

export async function insertRefresh(
  db: Db,
  userId: string,
  familyId: string,
  ttlSeconds: number,
  tx?: Tx,
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO refresh_tokens (id, user_id, family_id, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
    { bind: [id, userId, familyId, ttlSeconds], transaction: tx },
  );
  return id;
}

export function lockRefresh(db: Db, id: string, tx: Tx): Promise<RefreshRow | null> {
  return one<RefreshRow>(db, "SELECT * FROM refresh_tokens WHERE id = $1 FOR UPDATE", [id], tx);
}

export async function spendRefresh(db: Db, id: string, tx: Tx): Promise<void> {
  await db.query("UPDATE refresh_tokens SET spent_at = now() WHERE id = $1", { bind: [id], transaction: tx });
}

export async function revokeFamily(db: Db, familyId: string, tx?: Tx): Promise<void> {
  await db.query("UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL", {
    bind: [familyId],
    transaction: tx,
  });
}

export async function revokeAllRefresh(db: Db, userId: string, tx?: Tx): Promise<void> {
  await db.query("UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL", {
    bind: [userId],
    transaction: tx,
  });
}

// --- one-time tokens ------------------------------------------------------

export type TokenPurpose = "verify" | "reset";

export async function insertOneTimeToken(
  db: Db,
  userId: string,
  purpose: TokenPurpose,
  tokenHash: string,
  ttlSeconds: number,
  tx?: Tx,
): Promise<void> {
  // A new token replaces older unused ones of the same purpose.
  await db.query("UPDATE one_time_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL", {
    bind: [userId, purpose],
    transaction: tx,
  });
  await db.query(
    `INSERT INTO one_time_tokens (id, user_id, purpose, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
    { bind: [randomUUID(), userId, purpose, tokenHash, ttlSeconds], transaction: tx },
  );
}

/** Marks a live token used and returns its user id; null when unknown, used or expired. */
export async function consumeOneTimeToken(
  db: Db,
  purpose: TokenPurpose,
  tokenHash: string,
  tx?: Tx,
): Promise<string | null> {
  const row = await one<{ user_id: string }>(
    db,
    `UPDATE one_time_tokens SET used_at = now()
     WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
    [tokenHash, purpose],
    tx,
  );
  return row?.user_id ?? null;
}

// --- API keys ---------------------------------------------------------------

export interface ApiKeyRow {
  id: string;
  user_id: string;
  description: string;
  scopes: string[];
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface ApiKey {
  id: string;
  description: string;
  scopes: string[];
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    description: row.description,
    scopes: row.scopes,
    prefix: row.prefix,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
  };
}

export function insertApiKey(
  db: Db,
  key: { userId: string; description: string; scopes: string[]; prefix: string; hash: string },
  tx?: Tx,
): Promise<ApiKeyRow | null> {
  return one<ApiKeyRow>(
    db,
    `INSERT INTO api_keys (id, user_id, description, scopes, prefix, key_hash)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [randomUUID(), key.userId, key.description, key.scopes, key.prefix, key.hash],
    tx,
  );
}

export function listApiKeys(db: Db, userId: string): Promise<ApiKeyRow[]> {
  return rows<ApiKeyRow>(
    db,
    "SELECT * FROM api_keys WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC",
    [userId],
  );
}

export function revokeApiKey(db: Db, userId: string, id: string, tx?: Tx): Promise<ApiKeyRow | null> {
  return one<ApiKeyRow>(
    db,
    "UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING *",
    [id, userId],
    tx,
  );
}

export async function revokeAllApiKeys(db: Db, userId: string, tx?: Tx): Promise<void> {
  await db.query("UPDATE api_keys SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL", {
    bind: [userId],
    transaction: tx,
  });
}

export function findApiKeyByHash(db: Db, hash: string): Promise<ApiKeyRow | null> {
  return one<ApiKeyRow>(
    db,
    `UPDATE api_keys SET last_used_at = now() WHERE key_hash = $1 AND revoked_at IS NULL RETURNING *`,
    [hash],
  );
}

// --- login throttling ---------------------------------------------------------

/** Seconds until this email may try again, or 0. */
export async function loginRetryAfter(
  db: Db,
  email: string,
  maxFailures: number,
  windowSeconds: number,
): Promise<number> {
  const row = await one<{ retry: number }>(
    db,
    `SELECT CEIL(EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $3) - now())))::int AS retry
     FROM login_failures WHERE email = $1 AND failures >= $2 AND window_started_at + make_interval(secs => $3) > now()`,
    [email, maxFailures, windowSeconds],
  );
  return row ? Math.max(1, row.retry) : 0;
}

export async function recordLoginFailure(db: Db, email: string, windowSeconds: number): Promise<void> {
  await db.query(
    `INSERT INTO login_failures (email, failures, window_started_at) VALUES ($1, 1, now())
     ON CONFLICT (email) DO UPDATE SET
       failures = CASE WHEN login_failures.window_started_at + make_interval(secs => $2) > now()
                       THEN login_failures.failures + 1 ELSE 1 END,
       window_started_at = CASE WHEN login_failures.window_started_at + make_interval(secs => $2) > now()
                       THEN login_failures.window_started_at ELSE now() END`,
    { bind: [email, windowSeconds] },
  );
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.query("DELETE FROM login_failures WHERE email = $1", { bind: [email] });
}

/** The user as carried in users-topic events (events/users/events.proto `User`). */
export function toUserSnapshot(row: UserRow) {
  const ms = (d: Date | null) => (d ? new Date(d).getTime() : 0);
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name ?? "",
    lastName: row.last_name ?? "",
    status: row.status,
    roles: row.roles,
    createdAt: ms(row.created_at),
    updatedAt: ms(row.updated_at),
    verifiedAt: ms(row.verified_at),
  };
}

export function toApiKeySnapshot(row: ApiKeyRow) {
  return {
    id: row.id,
    userId: row.user_id,
    description: row.description,
    scopes: row.scopes,
    prefix: row.prefix,
    createdAt: new Date(row.created_at).getTime(),
  };
}
