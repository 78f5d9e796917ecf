/**
 * users: reads and writes of accounts, sessions, single-use tokens and API keys through the domain's
 * models, in the caller's transaction. Raw SQL (lib/sql.ts) only for what the models can't say:
 * appending a role to the roles array.
 */
import { randomUUID } from "node:crypto";
import { Op, UniqueConstraintError, fn, type Model, type ModelStatic, type Sequelize } from "sequelize";
import { selectOne, type Tx } from "../../lib/sql.js";
import { findByPkLean } from "../../lib/lean-read.js";
import {
  API_KEY_FIELDS,
  TEAM_KEY_FIELDS,
  USER_FIELDS,
  type ApiKeyRecord,
  type RefreshTokenRecord,
  type TokenPurpose,
  type UserRecord,
  type UsersModels,
} from "./models.js";
import { lockIf, plain, plainOrNull } from "../../mixins/db.mixin.js";

export type { ApiKeyRecord, RefreshTokenRecord, TokenPurpose, UserRecord, UserStatus } from "./models.js";

// --- what leaves the service -------------------------------------------------------

export type User = Pick<UserRecord, (typeof USER_FIELDS)[number]>;
export type ApiKey = Pick<ApiKeyRecord, (typeof API_KEY_FIELDS)[number]>;
/** A team key as its team's administrators see it: `teamId` and `createdBy` (the issuer) besides. */
export type TeamKey = ApiKey & { teamId: string; createdBy: string };

function pick<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  return Object.fromEntries(fields.map((field) => [field, record[field]])) as Pick<T, K>;
}

export const toUser = (record: UserRecord): User => pick(record, USER_FIELDS);
export const toApiKey = (record: ApiKeyRecord): ApiKey => pick(record, API_KEY_FIELDS);
export function toTeamKey(record: ApiKeyRecord): TeamKey {
  const { userId, teamId, ...key } = pick(record, TEAM_KEY_FIELDS);
  return { ...key, teamId: teamId ?? "", createdBy: userId };
}

// Event snapshots (events/users/events.proto): timestamps in epoch milliseconds, 0 for none.
const ms = (iso: string | null) => (iso ? Date.parse(iso) : 0);

export function toUserSnapshot(user: UserRecord) {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName ?? "",
    lastName: user.lastName ?? "",
    status: user.status,
    roles: user.roles,
    createdAt: ms(user.createdAt),
    updatedAt: ms(user.updatedAt),
    verifiedAt: ms(user.verifiedAt),
  };
}

export function toApiKeySnapshot(key: ApiKeyRecord) {
  return {
    id: key.id,
    userId: key.userId,
    description: key.description,
    scopes: key.scopes,
    prefix: key.prefix,
    createdAt: ms(key.createdAt),
  };
}

// --- helpers ----------------------------------------------------------------------------

// Expiry on the node's clock, like the JWT's own `exp`.
const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000);

/** UPDATE … RETURNING: the rows `where` matched, after the change. */
async function updateWhere<T>(
  model: ModelStatic<Model>,
  where: Record<string | symbol, unknown>,
  values: Record<string, unknown>,
  tx: Tx,
): Promise<T[]> {
  const [, rows] = await model.update(values, { where, transaction: tx, returning: true });
  return rows.map((row) => plain<T>(row));
}

// --- users ----------------------------------------------------------------------------

export async function findUserByEmail(m: UsersModels, email: string, tx?: Tx): Promise<UserRecord | null> {
  return plainOrNull(await m.users.findOne({ where: { email }, transaction: tx }));
}

export async function findUserById(m: UsersModels, id: string, tx?: Tx, forUpdate = false): Promise<UserRecord | null> {
  // Every authenticated request reads its caller: outside a transaction, without Sequelize's query machinery.
  if (!tx) return findByPkLean<UserRecord>(m.users, id);
  return plainOrNull(await m.users.findByPk(id, { transaction: tx, ...lockIf(forUpdate, tx) }));
}

export interface NewUser {
  email: string;
  passwordHash: string;
  firstName: string | null;
  lastName: string | null;
  roles: string[];
}

/** Inserts unless the email is taken; null means taken. */
export async function insertUser(m: UsersModels, user: NewUser, tx?: Tx): Promise<UserRecord | null> {
  try {
    return plain(await m.users.create({ id: randomUUID(), ...user }, { transaction: tx }));
  } catch (err) {
    if (err instanceof UniqueConstraintError) return null;
    throw err;
  }
}

export type UserChanges = Partial<
  Pick<UserRecord, "email" | "passwordHash" | "firstName" | "lastName" | "status" | "roles"> &
    Record<"verifiedAt" | "bannedAt" | "deletedAt", Date | null>
>;

/** Applies the defined changes (null clears, undefined leaves alone) and stamps updated_at. */
export async function updateUser(
  m: UsersModels,
  id: string,
  changes: UserChanges,
  tx?: Tx,
): Promise<UserRecord | null> {
  const values = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const [updated] = await updateWhere<UserRecord>(m.users, { id }, { ...values, updatedAt: fn("now") }, tx);
  return updated ?? null;
}

/** Adds `role` to the live account with this email; null when there is none or it holds the role already. */
export async function grantRole(db: Sequelize, email: string, role: string, tx?: Tx): Promise<{ id: string } | null> {
  // Appending to an array column in place is beyond the model.
  return selectOne<{ id: string }>(
    db,
    `UPDATE users SET roles = array_append(roles, $2), updated_at = now()
     WHERE email = $1 AND status <> 'deleted' AND NOT ($2 = ANY(roles)) RETURNING id`,
    [email, role],
    tx,
  );
}

/** grantRole, but only to an account whose email is verified (ADMIN_EMAIL at boot). */
export async function grantRoleIfVerified(
  db: Sequelize,
  email: string,
  role: string,
  tx?: Tx,
): Promise<{ id: string } | null> {
  return selectOne<{ id: string }>(
    db,
    `UPDATE users SET roles = array_append(roles, $2), updated_at = now()
     WHERE email = $1 AND status <> 'deleted' AND verified_at IS NOT NULL AND NOT ($2 = ANY(roles)) RETURNING id`,
    [email, role],
    tx,
  );
}

// --- refresh tokens ---------------------------------------------------------------------

/** Records a newly issued refresh token of a login's family; answers its id (the JWT's jti). */
export async function insertRefresh(
  m: UsersModels,
  userId: string,
  familyId: string,
  ttlSeconds: number,
  tx?: Tx,
): Promise<string> {
  const id = randomUUID();
  await m.refreshTokens.create({ id, userId, familyId, expiresAt: secondsFromNow(ttlSeconds) }, { transaction: tx });
  return id;
}

/** The token, row-locked until `tx` ends: one rotation at a time. */
export async function lockRefresh(m: UsersModels, id: string, tx: Tx): Promise<RefreshTokenRecord | null> {
  return plainOrNull(await m.refreshTokens.findByPk(id, { transaction: tx, ...lockIf(true, tx) }));
}

export async function spendRefresh(m: UsersModels, id: string, tx: Tx): Promise<void> {
  await m.refreshTokens.update({ spentAt: fn("now") }, { where: { id }, transaction: tx });
}

export async function revokeFamily(m: UsersModels, familyId: string, tx?: Tx): Promise<void> {
  await m.refreshTokens.update({ revokedAt: fn("now") }, { where: { familyId, revokedAt: null }, transaction: tx });
}

/** Whether the login (refresh-token family) an access token belongs to is still open: not logged out or revoked. */
export async function sessionIsLive(m: UsersModels, userId: string, familyId: string): Promise<boolean> {
  const live = await m.refreshTokens.findOne({ where: { userId, familyId, revokedAt: null }, attributes: ["id"] });
  return live !== null;
}

export async function revokeAllRefresh(m: UsersModels, userId: string, tx?: Tx): Promise<void> {
  await m.refreshTokens.update({ revokedAt: fn("now") }, { where: { userId, revokedAt: null }, transaction: tx });
}

// --- one-time tokens ---------------------------------------------------------------------

export async function insertOneTimeToken(
  m: UsersModels,
  userId: string,
  purpose: TokenPurpose,
  tokenHash: string,
  ttlSeconds: number,
  tx?: Tx,
): Promise<void> {
  // A new token replaces older unused ones of the same purpose.
  await m.oneTimeTokens.update({ usedAt: fn("now") }, { where: { userId, purpose, usedAt: null }, transaction: tx });
  await m.oneTimeTokens.create(
    { id: randomUUID(), userId, purpose, tokenHash, expiresAt: secondsFromNow(ttlSeconds) },
    { transaction: tx },
  );
}

/** The user a live token belongs to, without spending it; null when unknown, used or expired. */
export async function findOneTimeTokenUser(
  m: UsersModels,
  purpose: TokenPurpose,
  tokenHash: string,
  tx?: Tx,
): Promise<string | null> {
  const token = await m.oneTimeTokens.findOne({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { [Op.gt]: fn("now") } },
    attributes: ["userId"],
    transaction: tx,
  });
  return token ? plain<{ userId: string }>(token).userId : null;
}

/** Marks a live token used and returns its user id; null when unknown, used or expired. */
export async function consumeOneTimeToken(
  m: UsersModels,
  purpose: TokenPurpose,
  tokenHash: string,
  tx?: Tx,
): Promise<string | null> {
  // One conditional UPDATE: of two concurrent uses, exactly one matches.
  const [token] = await updateWhere<{ userId: string }>(
    m.oneTimeTokens,
    { tokenHash, purpose, usedAt: null, expiresAt: { [Op.gt]: fn("now") } },
    { usedAt: fn("now") },
    tx,
  );
  return token?.userId ?? null;
}

// --- API keys -------------------------------------------------------------------------------

export async function insertApiKey(
  m: UsersModels,
  key: { userId: string; teamId?: string; description: string; scopes: string[]; prefix: string; hash: string },
  tx?: Tx,
): Promise<ApiKeyRecord> {
  const { hash, ...fields } = key;
  return plain(await m.apiKeys.create({ id: randomUUID(), ...fields, keyHash: hash }, { transaction: tx }));
}

/** The owner's live personal keys: the filter of GET /keys (team keys are their team's, listed there). */
export const liveKeysOf = (userId: string) => ({ userId, teamId: null, revokedAt: null });

/** A team's live keys, whoever issued them: the filter of GET /teams/:id/keys. */
export const liveTeamKeysOf = (teamId: string) => ({ teamId, revokedAt: null });

export async function revokeTeamKey(m: UsersModels, teamId: string, id: string, tx?: Tx): Promise<ApiKeyRecord | null> {
  const [revoked] = await updateWhere<ApiKeyRecord>(
    m.apiKeys,
    { id, ...liveTeamKeysOf(teamId) },
    { revokedAt: fn("now") },
    tx,
  );
  return revoked ?? null;
}

export async function revokeApiKey(m: UsersModels, userId: string, id: string, tx?: Tx): Promise<ApiKeyRecord | null> {
  const [revoked] = await updateWhere<ApiKeyRecord>(
    m.apiKeys,
    { id, ...liveKeysOf(userId) },
    { revokedAt: fn("now") },
    tx,
  );
  return revoked ?? null;
}

/** Every live key the account holds, the team keys it issued included (they act as it). */
export async function revokeAllApiKeys(m: UsersModels, userId: string, tx?: Tx): Promise<void> {
  await m.apiKeys.update({ revokedAt: fn("now") }, { where: { userId, revokedAt: null }, transaction: tx });
}

/** The live key with this hash, its use recorded on the way. */
export async function useApiKey(m: UsersModels, hash: string): Promise<ApiKeyRecord | null> {
  const [key] = await updateWhere<ApiKeyRecord>(
    m.apiKeys,
    { keyHash: hash, revokedAt: null },
    { lastUsedAt: fn("now") },
    undefined,
  );
  return key ?? null;
}
