/** notifications: the dev mailbox's reads, for the gateway's /dev/mailbox pages (mesh-internal: no route). */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError } from "../../lib/errors.js";
import { configOf } from "../../lib/runtime.js";
import type { IdParams, MailboxParams, NotificationsActions } from "./common.js";
import { usesDevMailbox } from "./mailer.js";
import type { DevMailRecord } from "./models.js";
import * as store from "./store.js";

export type DevMail = Omit<DevMailRecord, "seq">;

const shown = ({ seq: _seq, ...mail }: DevMailRecord): DevMail => mail;

export const mailboxActions: NotificationsActions = {
  /** The newest messages first, optionally to one address. 404 where there is no dev mailbox. */
  mailbox: {
    visibility: "public",
    params: {
      to: { type: "string", max: 254, optional: true },
      limit: { type: "number", integer: true, min: 1, max: 500, optional: true, convert: true },
    },
    async handler(ctx: Context<MailboxParams, Meta>): Promise<{ rows: DevMail[] }> {
      if (!usesDevMailbox(configOf(this.broker))) throw new NotFoundError("mailbox");
      const to = ctx.params.to?.trim().toLowerCase() || undefined;
      const rows = await store.devMail(this.tables(), { to, limit: ctx.params.limit ?? 100 });
      return { rows: rows.map(shown) };
    },
  },

  mailboxMessage: {
    visibility: "public",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<DevMail> {
      if (!usesDevMailbox(configOf(this.broker))) throw new NotFoundError("mailbox");
      const mail = await store.findDevMail(this.tables(), ctx.params.id);
      if (!mail) throw new NotFoundError("message");
      return shown(mail);
    },
  },
};
