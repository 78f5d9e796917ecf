/** Identity: accounts, sessions (JWT + rotating refresh tokens), verification, recovery, admin, API keys. */
import type { ServiceSchema } from "moleculer";
import { configOf } from "../../lib/runtime.js";
import { Cache } from "../../mixins/cache.mixin.js";
import { Db } from "../../mixins/db.mixin.js";
import { Events } from "../../mixins/events.mixin.js";
import { adminActions } from "./admin.actions.js";
import { authActions } from "./auth.actions.js";
import type { UsersMethods, UsersSettings, UsersVars } from "./common.js";
import { internalActions } from "./internal.actions.js";
import { keysActions } from "./keys.actions.js";
import { teamKeysActions } from "./team-keys.actions.js";
import { usersMethods } from "./methods.js";
import { OTHER_MODELS, USER_FIELDS, UserModel } from "./models.js";
import { HashingGate, hashPassword } from "./passwords.js";
import { normalizeEmail } from "./policy.js";
import { profileActions } from "./profile.actions.js";
import * as store from "./store.js";
import { AuthThrottles, authPerAddressLimit, THROTTLE_DEFAULTS } from "./throttle.js";
import { randomSecret, TokenSigner } from "./tokens.js";

export type {
  CreatedKey,
  EmailParams,
  IdParams,
  Session,
  TokenParams,
  UsersMethods,
  UsersSettings,
  UsersVars,
} from "./common.js";
export type { LoginParams, RefreshParams, ResetParams, SignupParams } from "./auth.actions.js";
export type { UpdateMeParams } from "./profile.actions.js";
export type { ListUsersParams } from "./admin.actions.js";
export type { CreateKeyParams } from "./keys.actions.js";
export type {
  CreateTeamKeyParams,
  CreatedTeamKey,
  ListTeamKeysParams,
  RevokeTeamKeyParams,
  TeamKey,
} from "./team-keys.actions.js";
export type { ThrottleSettings } from "./throttle.js";
export type { HashingSettings } from "./passwords.js";

const UsersService: ServiceSchema<UsersSettings, UsersMethods, UsersVars> = {
  name: "users",
  mixins: [
    Db({
      model: UserModel,
      models: OTHER_MODELS,
      migrations: new URL("./migrations", import.meta.url),
      fields: [...USER_FIELDS],
    }),
    Cache(),
    Events("users"),
  ],
  settings: {
    adminEmail: null,
    throttle: THROTTLE_DEFAULTS,
    // Two derivations at a time (~60 ms and 32 MiB each) leave libuv threads for everything else;
    // a browser's or an office NAT's burst fits in one address's share, a flood does not.
    hashing: { concurrency: 2, queue: 32, perAddress: 8 },
  },

  created() {
    const config = configOf(this.broker);
    this.settings.adminEmail = config.adminEmail ? normalizeEmail(config.adminEmail) : null;
    this.signer = new TokenSigner(config.jwt);
    // RATE_LIMIT=0 (load tests, benchmarks) turns every limit off: hashing still runs two at a time, but queues.
    this.hashing = new HashingGate(
      config.rateLimit === 0 ? { ...this.settings.hashing, queue: 1e9, perAddress: 1e9 } : this.settings.hashing,
    );
  },

  async started() {
    const config = configOf(this.broker);
    const { throttle } = this.settings;
    this.throttles = AuthThrottles.open(
      { ...throttle, authPerAddressPerMinute: authPerAddressLimit(throttle.authPerAddressPerMinute, config) },
      { redisUrl: config.redisUrl, prefix: config.namespace || "meshwork" },
    );
    this.decoyHash = await hashPassword(randomSecret(16));
    // ADMIN_EMAIL's account holds the admin role once its address is verified: granted here if it
    // is, at verification otherwise (auth.actions.ts verify).
    if (this.settings.adminEmail) await store.grantRoleIfVerified(this.db(), this.settings.adminEmail, "admin");
  },

  stopped() {
    this.throttles?.close();
  },

  actions: {
    ...authActions,
    ...profileActions,
    ...adminActions,
    ...keysActions,
    ...teamKeysActions,
    ...internalActions,
  },

  methods: usersMethods,
};

export default UsersService;
