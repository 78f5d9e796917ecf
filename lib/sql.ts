/**
 * The one way a domain's store runs the SQL its models can't express (row locks, sequences,
 * multi-row inserts, conditional upserts): bound parameters only, in the caller's transaction.
 */
import { QueryTypes, type Sequelize, type Transaction } from "sequelize";

export type Tx = Transaction | undefined;

/** Rows of a SELECT (or of a statement with RETURNING). */
export function selectMany<T extends object>(db: Sequelize, sql: string, bind: unknown[] = [], tx?: Tx): Promise<T[]> {
  return db.query<T>(sql, { bind, type: QueryTypes.SELECT, transaction: tx });
}

/** The first row, or null. */
export async function selectOne<T extends object>(
  db: Sequelize,
  sql: string,
  bind: unknown[] = [],
  tx?: Tx,
): Promise<T | null> {
  const rows = await selectMany<T>(db, sql, bind, tx);
  return rows[0] ?? null;
}

/** A statement whose rows don't matter; answers how many rows it touched. */
export async function execute(db: Sequelize, sql: string, bind: unknown[] = [], tx?: Tx): Promise<number> {
  const [, meta] = await db.query(sql, { bind, transaction: tx });
  // Sequelize answers a bare count for INSERT/UPDATE/DELETE and the pg result otherwise.
  if (typeof meta === "number") return meta;
  return (meta as { rowCount?: number } | undefined)?.rowCount ?? 0;
}
