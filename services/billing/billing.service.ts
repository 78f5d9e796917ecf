/**
 * Billing: tiers, an account per team, card charges through a payment provider whose signed webhooks
 * settle them, and a balance ledger that never moves money twice. Periods follow the platform clock.
 */
import type { Server } from "node:http";
import type { ServiceBroker, ServiceSchema } from "moleculer";
import { Cron } from "croner";
import type { Config } from "../../config.js";
import { API_PREFIX } from "../../lib/actions.js";
import { OffsetClock, systemClock } from "../../lib/clock.js";
import { configOf } from "../../lib/runtime.js";
import { Consumer } from "../../mixins/consumer.mixin.js";
import { Db, type DbThis } from "../../mixins/db.mixin.js";
import { Events } from "../../mixins/events.mixin.js";
import { accountActions } from "./account.actions.js";
import { adminActions } from "./admin.actions.js";
import type { BillingMethods, BillingThis, BillingVars } from "./common.js";
import { billingMethods } from "./methods.js";
import { AccountModel, ChargeModel, ClockModel, DeliveryModel, LedgerModel, WebhookEventModel } from "./models.js";
import { paymentsActions } from "./payments.actions.js";
import { createProvider } from "./providers/index.js";
import * as store from "./store.js";

export type * from "./common.js";

/** Period ends are looked for every minute (and at once when an admin moves the test clock). */
const PERIOD_SCHEDULE = "* * * * *";

/**
 * Where the provider posts outcomes: PAYMENTS_WEBHOOK_URL, or this node's own gateway (the port it
 * really bound, which differs from PORT when that is 0).
 */
export function webhookUrl(broker: ServiceBroker, config: Config, provider: string): string {
  if (config.billing.webhookUrl) return config.billing.webhookUrl;
  const gateway = broker.getLocalService("api") as { server?: Server } | undefined;
  const address = gateway?.server?.address();
  const port = address && typeof address === "object" ? address.port : config.port;
  const host = ["0.0.0.0", "::", ""].includes(config.host) ? "127.0.0.1" : config.host;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}${API_PREFIX}/billing/webhooks/${provider}`;
}

const BillingService: ServiceSchema<object, BillingMethods, DbThis & BillingVars> = {
  name: "billing",
  mixins: [
    Db({
      model: AccountModel,
      models: [ChargeModel, LedgerModel, WebhookEventModel, DeliveryModel, ClockModel],
      migrations: new URL("./migrations", import.meta.url),
    }),
    Events("billing"),
    // A team gets its account when it is created and loses it (closed) when it is deleted.
    Consumer({ group: "billing", topics: ["teams"], handler: "onTeamEvent" }),
  ],

  actions: {
    ...accountActions,
    ...paymentsActions,
    ...adminActions,
  },

  events: {
    /** Another node moved the test clock: read the new offset now rather than when the cache expires. */
    "billing.clockAdvanced"(this: BillingThis) {
      this.testClock?.invalidate();
    },
  },

  methods: billingMethods,

  created(this: BillingThis) {
    this.clock = systemClock;
    this.testClock = null;
    this.periodSchedule = null;
    this.sweeping = null;
  },

  async started(this: BillingThis) {
    const config = configOf(this.broker);
    const m = this.tables();
    if (config.billing.testClock) {
      this.testClock = new OffsetClock({
        read: () => store.clockOffset(m),
        advance: (ms) => store.advanceClockOffset(m, ms),
      });
      this.clock = this.testClock;
    }
    this.provider = createProvider(config.billing, {
      sequelize: this.sql(),
      logger: this.logger,
      webhookUrl: (provider) => webhookUrl(this.broker, config, provider),
    });
    this.provider.start();
    const sweep = async (): Promise<void> => {
      try {
        await this.sweepPeriods();
      } catch (err) {
        this.logger.warn(`Period sweep failed: ${(err as Error).message}`);
      }
    };
    this.periodSchedule = new Cron(PERIOD_SCHEDULE, { protect: true }, sweep);
    void sweep();
    void this.backfillOnceTeamsServe();
  },

  async stopped(this: BillingThis) {
    this.periodSchedule?.stop();
    await this.provider?.stop();
    await this.sweeping?.catch(() => undefined);
  },
};

export default BillingService;
