/**
 * moleculer-db with the Sequelize adapter on the process's shared database. A domain's tables come
 * from its own migrations (never from sync()); its models describe them, and moleculer-db serves
 * the plain reads, lists, updates and deletes of the main one.
 */
import { fileURLToPath } from "node:url";
import type { Context, Service, ServiceSchema } from "moleculer";
import MoleculerDb from "moleculer-db";
import SequelizeDbAdapter from "moleculer-db-adapter-sequelize";
import {
  DataTypes,
  type ModelAttributeColumnOptions,
  type ModelAttributes,
  type ModelStatic,
  type Model,
  type Sequelize,
  type Transaction,
  type WhereOptions,
} from "sequelize";
import { acquireDatabase, releaseDatabase, type Database, type DatabaseOptions } from "../lib/database.js";
import type { MigrationSet } from "../lib/migrate.js";
import type { Page, PageParams } from "../lib/pagination.js";
import { configOf, databaseOptions } from "../lib/runtime.js";

const TRANSACTION_ATTEMPTS = 3;
const DEFAULT_PAGE_SIZE = 20;

/** PostgreSQL's serialization_failure and deadlock_detected. */
function isRetryable(err: unknown): boolean {
  const code = (err as { parent?: { code?: string } }).parent?.code;
  return code === "40001" || code === "40P01";
}

/** A table of the domain as a Sequelize model: camelCase attributes over its snake_case columns. */
export interface ModelDefinition {
  table: string;
  attributes: ModelAttributes;
}

export interface DbOptions {
  /** The service's main table: moleculer-db's list and CRUD methods (`_list`, `_get`, …) work on it. */
  model: ModelDefinition;
  /** The domain's other tables, reachable as `this.models[table]`. */
  models?: ModelDefinition[];
  /** The domain's migrations folder: `new URL("./migrations", import.meta.url)`; absent when it owns no tables. */
  migrations?: URL;
  /** Fields of the main model a response may carry (moleculer-db `fields`); internal columns stay out. */
  fields?: string[];
}

export interface ListQuery extends Omit<PageParams, "sort"> {
  /** `field` or `-field`, or several; the primary key is always the last tie-break. */
  sort?: string | string[];
  /** Sequelize `where` on the listed model. */
  where?: WhereOptions;
  /** Case-insensitive substring search over `searchFields`. */
  search?: string;
  searchFields?: string[];
}

export interface DbMethods {
  /** Runs `work` in one transaction on the shared connection pool; a deadlock victim runs again. */
  inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** The raw Sequelize instance, for the SQL the models can't express (the domain's store). */
  sql(): Sequelize;
  /** One page of the main model with moleculer-db's list semantics: `{rows, total, page, pageSize, totalPages}`. */
  listPage<T>(ctx: Context, query: ListQuery): Promise<Page<T>>;
  /** One page of another model of the domain, same shape (rows as plain objects). */
  listModel<T>(model: ModelStatic<Model>, query: ListQuery): Promise<Page<T>>;
}

export interface DbThis {
  /** The main model. */
  model: ModelStatic<Model>;
  /** Every model of the domain by table name, the main one included. */
  models: Record<string, ModelStatic<Model>>;
  database: Database;
  /** The domain's migrations, run before the service starts (null when it owns no tables). */
  migrationSet: MigrationSet | null;
}

/** A timestamptz column that reads as an ISO string, as every response shows it. */
export function timestampColumn(attribute: string, field: string, allowNull = false): ModelAttributeColumnOptions {
  return {
    type: DataTypes.DATE,
    field,
    allowNull,
    get(this: Model) {
      const value = this.getDataValue(attribute) as unknown;
      // Sequelize also reads through getters while it validates an update: fn("now") passes as is.
      if (value instanceof Date || typeof value === "string") return new Date(value).toISOString();
      return value ?? null;
    },
  };
}

export function defineModel(db: Sequelize, def: ModelDefinition): ModelStatic<Model> {
  // Sequelize normalises attribute objects in place; each database gets its own copies.
  const attributes = Object.fromEntries(
    Object.entries(def.attributes).map(([name, column]) => [
      name,
      typeof column === "object" && column !== null && "type" in column ? { ...column } : { type: column },
    ]),
  ) as ModelAttributes;
  return db.define(def.table, attributes, { tableName: def.table, timestamps: false });
}

/**
 * `-createdAt` → [["createdAt", "DESC"], ["id", "ASC"]]: the primary key breaks ties, so rows with
 * equal sort values never repeat or go missing between pages. `sort` may list several fields.
 */
function orderOf(sort: string | string[] | undefined, key = "id"): [string, "ASC" | "DESC"][] {
  const fields = (Array.isArray(sort) ? sort : sort ? [sort] : []).map((field): [string, "ASC" | "DESC"] => [
    field.replace(/^[-+]/, ""),
    field.startsWith("-") ? "DESC" : "ASC",
  ]);
  return fields.some(([field]) => field === key) ? fields : [...fields, [key, "ASC"]];
}

function pageShape(params: { page?: number; pageSize?: number }): {
  page: number;
  pageSize: number;
  limit: number;
  offset: number;
} {
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? DEFAULT_PAGE_SIZE;
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

/** A row as the plain object responses carry (getters applied: timestamps as ISO strings). */
export const plain = <T>(row: Model): T => row.get({ plain: true }) as T;
export const plainOrNull = <T>(row: Model | null): T | null => (row ? plain<T>(row) : null);

/** Sequelize options that take a row lock when asked to, inside a transaction. */
export const lockIf = (forUpdate: boolean, tx: Transaction | undefined) =>
  forUpdate && tx ? { lock: tx.LOCK.UPDATE } : {};

/** A row of raw SQL (snake_case columns) as the model's plain object. */
export function fromRow<T>(model: ModelStatic<Model>, row: Record<string, unknown>): T {
  const values = Object.fromEntries(
    Object.entries(model.getAttributes()).map(([name, column]) => [name, row[column.field ?? name]]),
  );
  return plain<T>(model.build(values, { raw: true, isNewRecord: false }));
}

/** One page of any model, same list semantics as moleculer-db's (rows as plain objects). */
export async function pageOfModel<T>(model: ModelStatic<Model>, query: ListQuery): Promise<Page<T>> {
  const { page, pageSize, limit, offset } = pageShape(query);
  const { rows, count } = await model.findAndCountAll({
    where: query.where ?? {},
    order: orderOf(query.sort, model.primaryKeyAttribute),
    limit,
    offset,
  });
  return {
    rows: rows.map((row) => plain<T>(row)),
    total: count,
    page,
    pageSize,
    totalPages: Math.ceil(count / pageSize),
  };
}

/**
 * The stock adapter creates its own Sequelize (one pool per service) and calls sync() unless
 * told otherwise. Ours shares the process's database, migrates the domain, defines the models
 * without syncing, and leaves closing to the last user.
 */
class SharedSequelizeAdapter extends SequelizeDbAdapter {
  private options: DatabaseOptions | null = null;
  declare service: Service & DbThis;
  declare db: Sequelize;
  declare model: ModelStatic<Model>;

  constructor(private readonly opts: DbOptions) {
    super({});
  }

  async connect(): Promise<void> {
    this.options = databaseOptions(configOf(this.service.broker));
    const database = await acquireDatabase(this.options);
    if (this.service.migrationSet) await database.migrateDomain(this.service.migrationSet);
    this.db = database.sequelize;
    this.model = defineModel(this.db, this.opts.model);
    const models: Record<string, ModelStatic<Model>> = { [this.opts.model.table]: this.model };
    for (const def of this.opts.models ?? []) models[def.table] = defineModel(this.db, def);
    this.service.model = this.model;
    this.service.models = models;
    this.service.database = database;
  }

  async disconnect(): Promise<void> {
    if (this.options) await releaseDatabase(this.options);
    this.options = null;
  }
}

type DbService = Service & DbThis & DbMethods & { _list(ctx: Context, params: object): Promise<Page<unknown>> };

export function Db(opts: DbOptions): Partial<ServiceSchema> {
  return {
    mixins: [MoleculerDb as unknown as ServiceSchema],
    adapter: new SharedSequelizeAdapter(opts),
    // moleculer-db checks for it; the adapter defines the real model on connect.
    model: { name: opts.model.table, define: opts.model.attributes },
    // moleculer-db's generic actions would bypass access rules and events: its methods do the work.
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
    settings: { idField: "id", fields: opts.fields, pageSize: DEFAULT_PAGE_SIZE, maxPageSize: 100 },
    created(this: Service) {
      (this as DbService).migrationSet = opts.migrations
        ? { domain: this.name, dir: fileURLToPath(opts.migrations) }
        : null;
    },
    methods: {
      async inTransaction<T>(this: DbService, work: (tx: Transaction) => Promise<T>): Promise<T> {
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
      sql(this: DbService): Sequelize {
        return this.database.sequelize;
      },
      listPage<T>(this: DbService, ctx: Context, query: ListQuery): Promise<Page<T>> {
        return this._list(ctx, {
          ...pageShape(query),
          query: query.where ?? {},
          sort: orderOf(query.sort, (this.settings as { idField: string }).idField).map(([field, dir]) =>
            dir === "DESC" ? `-${field}` : field,
          ),
          iSearch: query.search || undefined,
          searchFields: query.searchFields,
        }) as Promise<Page<T>>;
      },
      listModel<T>(this: DbService, model: ModelStatic<Model>, query: ListQuery): Promise<Page<T>> {
        return pageOfModel<T>(model, query);
      },
    },
  } as unknown as Partial<ServiceSchema>;
}
