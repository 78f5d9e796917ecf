/** findByPkLean answers exactly what Sequelize's findByPk + get({ plain: true }) answers, without Sequelize's query path. */
import { randomUUID } from "node:crypto";
import { DataTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireDatabase, releaseDatabase, type Database, type DatabaseOptions } from "../../lib/database.js";
import { findByPkLean } from "../../lib/lean-read.js";
import { defineModel } from "../../mixins/db.mixin.js";
import { UserModel } from "../../services/users/models.js";

const options: DatabaseOptions = { url: null, dataDir: `memory://lean-read-${randomUUID()}` };
let db: Database;

beforeAll(async () => {
  db = await acquireDatabase(options);
});
afterAll(() => releaseDatabase(options));

describe("findByPkLean", () => {
  it("decodes a row like Sequelize: camelCase attributes, ISO timestamps, arrays, nulls", async () => {
    const users = defineModel(db.sequelize, UserModel);
    await users.sync();
    const id = randomUUID();
    await users.create({
      id,
      email: "lean@example.com",
      passwordHash: "x",
      firstName: "Ada",
      lastName: null,
      roles: ["user", "admin"],
      verifiedAt: new Date("2026-01-02T03:04:05.678Z"),
    });
    const viaSequelize = (await users.findByPk(id))?.get({ plain: true });
    const lean = await findByPkLean<Record<string, unknown>>(users, id);
    expect(lean).toEqual(viaSequelize);
    expect(lean?.verifiedAt).toBe("2026-01-02T03:04:05.678Z");
    expect(lean?.bannedAt).toBeNull();
    expect(await findByPkLean(users, randomUUID())).toBeNull();
  });

  it("falls back to Sequelize for a model with a getter it doesn't reproduce", async () => {
    const model = defineModel(db.sequelize, {
      table: "lean_custom",
      attributes: {
        id: { type: DataTypes.UUID, primaryKey: true, allowNull: false },
        name: {
          type: DataTypes.TEXT,
          allowNull: false,
          get(this: { getDataValue(key: string): string }) {
            return this.getDataValue("name").toUpperCase();
          },
        },
      },
    });
    await model.sync();
    const id = randomUUID();
    await model.create({ id, name: "shout" });
    expect(await findByPkLean(model, id)).toEqual({ id, name: "SHOUT" });
  });

  it("raises a refused statement as Sequelize's DatabaseError", async () => {
    const missing = defineModel(db.sequelize, {
      table: "lean_missing_table",
      attributes: { id: { type: DataTypes.UUID, primaryKey: true, allowNull: false } },
    });
    await expect(findByPkLean(missing, randomUUID())).rejects.toMatchObject({ name: "SequelizeDatabaseError" });
  });
});
