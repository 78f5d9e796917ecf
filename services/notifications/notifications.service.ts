/**
 * Notifications: mail that goes out exactly once per trigger (SMTP, or the dev mailbox outside
 * production), from templates beside the service; an in-app inbox with a live stream; and
 * preferences per category that security mail ignores.
 */
import type { ServiceSchema } from "moleculer";
import { configOf } from "../../lib/runtime.js";
import { Consumer } from "../../mixins/consumer.mixin.js";
import { Db } from "../../mixins/db.mixin.js";
import { Events } from "../../mixins/events.mixin.js";
import type { NotificationsMethods, NotificationsSettings, NotificationsVars, NotificationsThis } from "./common.js";
import { inboxActions } from "./inbox.actions.js";
import { mailboxActions } from "./mailbox.actions.js";
import { transportFor } from "./mailer.js";
import { notificationsMethods, registerMetrics } from "./methods.js";
import { DevMailModel, MailJobModel, NOTIFICATION_FIELDS, NotificationModel, PreferenceModel } from "./models.js";
import { reactions } from "./reactions.js";
import * as store from "./store.js";
import { MailTemplates } from "./templates.js";
import { MailWorker, WORKER_DEFAULTS } from "./worker.js";

export type * from "./common.js";
export type { DevMail } from "./mailbox.actions.js";

const NotificationsService: ServiceSchema<NotificationsSettings, NotificationsMethods, NotificationsVars> = {
  name: "notifications",
  mixins: [
    Db({
      model: NotificationModel,
      models: [MailJobModel, PreferenceModel, DevMailModel],
      migrations: new URL("./migrations", import.meta.url),
      fields: [...NOTIFICATION_FIELDS],
    }),
    Events("notifications"),
    // requests: QuotaWarning and QuotaExceeded (Request events pass by unread).
    Consumer({ group: "notifications", topics: ["users", "teams", "billing", "requests"], handler: "onEvent" }),
  ],

  settings: {
    worker: WORKER_DEFAULTS,
    resetMailsPerHour: 5,
    backlogLimit: 100,
  },

  created() {
    const config = configOf(this.broker);
    this.templates = new MailTemplates({ product: "meshwork", publicUrl: config.publicUrl });
    this.transport = transportFor(config, (mail) => store.keepDevMail(this.tables(), mail));
    this.worker = null;
    registerMetrics(this as NotificationsThis);
  },

  started() {
    if (!this.transport) {
      this.logger.warn("SMTP_URL is not set in production: mail is queued and waits until it is");
      return;
    }
    const service = this as NotificationsThis;
    this.worker = new MailWorker(
      this.transport,
      {
        claim: (limit, lease, token) => service.claimMail(limit, lease, token),
        renew: (job, token, lease) => service.renewMailLease(job, token, lease),
        sent: (job, delivery) => service.mailSent(job, delivery),
        retry: (job, error, delayMs) => service.mailRetry(job, error, delayMs),
        failed: (job, error) => service.mailFailed(job, error),
        passed: () => service.recordQueueDepth(),
      },
      this.settings.worker,
      this.logger,
    );
    this.worker.start();
    this.logger.info(`Mail goes to ${this.transport.description}`);
  },

  async stopped() {
    await this.worker?.stop();
    this.transport?.close();
  },

  actions: {
    ...inboxActions,
    ...mailboxActions,
  },

  methods: { ...notificationsMethods, ...reactions },
};

export default NotificationsService;
