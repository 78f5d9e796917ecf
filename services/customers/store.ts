/** customers: the list filter and the SQL the model can't say (the multi-row team cleanup), through lib/sql.ts. */
import { Op, type Model, type ModelStatic, type WhereOptions } from "sequelize";
import { selectMany, type Tx } from "../../lib/sql.js";
import { fromRow } from "../../mixins/db.mixin.js";
import type { CustomerRecord, CustomerStatus } from "./models.js";

export interface CustomerFilter {
  teamIds: string[];
  /** Case-insensitive substring of the name or the email; LIKE wildcards in it are literal. */
  q?: string;
  status?: CustomerStatus;
  /** Within validFrom..validThru, both inclusive; an open end is unbounded. */
  validAt?: Date;
}

const likeLiteral = (text: string) => `%${text.replace(/[%_\\]/g, "\\$&")}%`;

export function customersWhere({ teamIds, q, status, validAt }: CustomerFilter): WhereOptions {
  const and: WhereOptions[] = [{ teamId: teamIds }];
  if (q) and.push({ [Op.or]: [{ name: { [Op.iLike]: likeLiteral(q) } }, { email: { [Op.iLike]: likeLiteral(q) } }] });
  if (status) and.push({ status });
  if (validAt) {
    and.push({ [Op.or]: [{ validFrom: null }, { validFrom: { [Op.lte]: validAt } }] });
    and.push({ [Op.or]: [{ validThru: null }, { validThru: { [Op.gte]: validAt } }] });
  }
  return { [Op.and]: and };
}

/** Deletes every customer of a team and answers the deleted rows. */
export async function deleteCustomersOfTeam(
  model: ModelStatic<Model>,
  teamId: string,
  tx: Tx,
): Promise<CustomerRecord[]> {
  const rows = await selectMany<Record<string, unknown>>(
    model.sequelize!,
    "DELETE FROM customers WHERE team_id = $1 RETURNING *",
    [teamId],
    tx,
  );
  return rows.map((row) => fromRow<CustomerRecord>(model, row));
}
