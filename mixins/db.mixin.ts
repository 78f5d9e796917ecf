/** moleculer-db with the Sequelize adapter on the process's shared database; the schema comes from migrations only. */
import type { ServiceSchema, Service } from "moleculer";
import DbService from "moleculer-db";
import SequelizeDbAdapter from "moleculer-db-adapter-sequelize";
import type { ModelAttributes, ModelStatic, Model, Sequelize, Transaction } from "sequelize";
import { acquireDatabase, releaseDatabase, type Database, type DatabaseOptions } from "../lib/database.js";
import { configOf, databaseOptions } from "../lib/runtime.js";

const TRANSACTION_ATTEMPTS = 3;

/** PostgreSQL's serialization_failure and deadlock_detected. */
function isRetryable(err: unknown): boolean {
  const code = (err as { parent?: { code?: string } }).parent?.code;
  return code === "40001" || code === "40P01";
}

export interface DbOptions {
  /** The table this service owns (created by a migration, never by sync()). */
  table: string;
  /** Columns as Sequelize attributes, for the model moleculer-db queries through. */
  attributes: ModelAttributes;
}

export interface DbMethods {
  /** Runs `work` in one transaction on the shared connection pool. */
  inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** The raw Sequelize instance for SQL the model can't express. */
  sql(): Sequelize;
}

export interface DbThis {
  model: ModelStatic<Model>;
  database: Database;
}

/**
 * The stock adapter creates its own Sequelize (one pool per service) and calls sync() unless
 * told otherwise. Ours shares the process's database, defines the model without syncing, and
 * leaves closing to the last user.
 */
class SharedSequelizeAdapter extends SequelizeDbAdapter {
  private options: DatabaseOptions | null = null;
  declare service: Service & DbThis;
  declare db: Sequelize;
  declare model: ModelStatic<Model>;

  constructor(
    private readonly table: string,
    private readonly attributes: ModelAttributes,
  ) {
    super({});
  }

  async connect(): Promise<void> {
    this.options = databaseOptions(configOf(this.service.broker));
    const database = await acquireDatabase(this.options);
    this.db = database.sequelize;
    this.model = this.db.define(this.table, this.attributes, { tableName: this.table, timestamps: false });
    this.service.model = this.model;
    this.service.database = database;
  }

  async disconnect(): Promise<void> {
    if (this.options) await releaseDatabase(this.options);
    this.options = null;
  }
}

export function Db(opts: DbOptions): Partial<ServiceSchema> {
  return {
    mixins: [DbService as unknown as ServiceSchema],
    adapter: new SharedSequelizeAdapter(opts.table, opts.attributes),
    // moleculer-db checks for it; the adapter defines the real model on connect.
    model: { name: opts.table, define: opts.attributes },
    // moleculer-db's generic CRUD actions would bypass our authorization and events.
    actions: {
      find: false,
      count: false,
      list: false,
      create: false,
      insert: false,
      get: false,
      update: false,
      remove: false,
    },
    settings: { idField: "id" },
    methods: {
      async inTransaction<T>(this: Service & DbThis, work: (tx: Transaction) => Promise<T>): Promise<T> {
        for (let attempt = 1; ; attempt++) {
          try {
            return await this.database.sequelize.transaction(work);
          } catch (err) {
            // A deadlock or serialization failure rolled everything back: run the unit again.
            if (attempt >= TRANSACTION_ATTEMPTS || !isRetryable(err)) throw err;
            await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
          }
        }
      },
      sql(this: Service & DbThis): Sequelize {
        return this.database.sequelize;
      },
    },
  } as Partial<ServiceSchema>;
}
