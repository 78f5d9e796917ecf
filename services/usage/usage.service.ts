/**
 * Usage: metered API calls (the `requests` topic, one event per call a team key made) folded into
 * monthly counters per team and endpoint in PostgreSQL, the truth the gateways' quota counters are
 * rebuilt from; quota alerts at 80 % and 100 % once per team and period; overage debited from paid
 * teams' balances at most once a minute. Periods are the team's billing periods, on the platform clock.
 */
import type { ServiceSchema } from "moleculer";
import { Cron } from "croner";
import { configOf } from "../../lib/runtime.js";
import { Consumer } from "../../mixins/consumer.mixin.js";
import { Db, type DbThis } from "../../mixins/db.mixin.js";
import { Events } from "../../mixins/events.mixin.js";
import { Batcher } from "./batcher.js";
import type { UsageMethods, UsageSettings, UsageThis, UsageVars } from "./common.js";
import { METRIC_LAG, METRIC_SKIPPED, usageMethods } from "./methods.js";
import { OTHER_MODELS, PeriodModel } from "./models.js";
import * as store from "./store.js";
import { TeamTerms } from "./terms.js";
import { usageActions } from "./usage.actions.js";

export type * from "./common.js";

/** Overage is settled each minute; seen event ids are purged hourly, past JetStream's seven days. */
const OVERAGE_SCHEDULE = "* * * * *";
const PURGE_SCHEDULE = "17 * * * *";
const SEEN_EVENTS_DAYS = 8;

function registerMetrics(service: UsageThis): void {
  if (!service.broker.isMetricsEnabled()) return;
  const metrics = service.broker.metrics;
  if (!metrics.getMetric(METRIC_LAG)) {
    metrics.register({
      type: "histogram",
      name: METRIC_LAG,
      description: "Milliseconds from a metered request's admission to its count in PostgreSQL",
      unit: "millisecond",
      buckets: [5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000],
      quantiles: [0.5, 0.99],
    });
  }
  if (!metrics.getMetric(METRIC_SKIPPED)) {
    metrics.register({
      type: "counter",
      name: METRIC_SKIPPED,
      description: "Request events that could not be counted (no team, period or endpoint)",
    });
  }
}

const UsageService: ServiceSchema<UsageSettings, UsageMethods, UsageVars & DbThis> = {
  name: "usage",
  mixins: [
    Db({ model: PeriodModel, models: OTHER_MODELS, migrations: new URL("./migrations", import.meta.url) }),
    // QuotaWarning and QuotaExceeded, through the outbox.
    Events("requests"),
    // Request events to count; billing events that change a team's terms. Many in flight: they batch.
    Consumer({ group: "usage", topics: ["requests", "billing"], handler: "onEvent", maxInFlight: 1024 }),
  ],

  settings: {
    batchSize: 500,
    batchWaitMs: 10,
  },

  actions: usageActions,

  events: {
    /** The test clock moved: periods and minutes are read again. */
    "billing.clockAdvanced"(this: UsageThis) {
      this.terms.clockMoved();
    },
  },

  methods: usageMethods,

  created(this: UsageThis) {
    const config = configOf(this.broker);
    this.terms = new TeamTerms(this.broker, config.billing.testClock);
    this.batcher = new Batcher(
      (envelopes) => this.foldBatch(envelopes),
      this.settings.batchSize,
      this.settings.batchWaitMs,
    );
    this.recorded = new Set();
    this.settling = null;
    this.overageSchedule = null;
    this.purgeSchedule = null;
    registerMetrics(this);
  },

  started(this: UsageThis) {
    const settle = async () => {
      try {
        await this.settleOverage();
      } catch (err) {
        this.logger.warn(`Overage round failed: ${(err as Error).message}`);
      }
    };
    this.overageSchedule = new Cron(OVERAGE_SCHEDULE, { protect: true }, settle);
    this.purgeSchedule = new Cron(PURGE_SCHEDULE, { protect: true }, async () => {
      try {
        await store.purgeSeenEvents(this.sql(), SEEN_EVENTS_DAYS);
      } catch (err) {
        this.logger.warn(`Purging seen request ids failed: ${(err as Error).message}`);
      }
    });
  },

  async stopped(this: UsageThis) {
    this.overageSchedule?.stop();
    this.purgeSchedule?.stop();
    await this.batcher.flush().catch(() => undefined);
    await this.settling?.catch(() => undefined);
  },
};

export default UsageService;
