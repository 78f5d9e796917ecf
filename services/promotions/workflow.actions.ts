/**
 * promotions: the approval workflow. draft|rejected → pending (submit, editors); pending → approved or
 * rejected (administrators other than whoever wrote or last edited it). Anything else is 409.
 */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import * as rules from "./rules.js";
import { type IdParams, type Promotion, type PromotionsActions, type RejectParams, strict, userId } from "./common.js";
import * as responses from "./responses.js";

export const workflowActions: PromotionsActions = {
  submit: {
    rest: "POST /promotions/:id/submit",
    operationId: "submitPromotion",
    response: responses.promotion,
    access: "user",
    summary: "Ask for approval of a draft or rejected promotion (editors)",
    team: { role: "editor", entity: "promotion", param: "id" },
    params: { id: "uuid", ...strict },
    handler(ctx: Context<IdParams, Meta>): Promise<Promotion> {
      // The reason of an earlier rejection goes with the new request (events keep it).
      return this.transition(ctx, ctx.params.id, { from: ["draft", "rejected"], to: "pending", rejectionReason: null });
    },
  },

  approve: {
    rest: "POST /promotions/:id/approve",
    operationId: "approvePromotion",
    response: responses.promotion,
    access: "user",
    summary: "Approve a pending promotion (administrators who neither wrote nor last edited it)",
    team: { role: "administrator", entity: "promotion", param: "id" },
    params: { id: "uuid", ...strict },
    handler(ctx: Context<IdParams, Meta>): Promise<Promotion> {
      const me = userId(ctx);
      return this.transition(ctx, ctx.params.id, { from: ["pending"], to: "approved", approvedBy: me, notBy: me });
    },
  },

  reject: {
    rest: "POST /promotions/:id/reject",
    operationId: "rejectPromotion",
    response: responses.promotion,
    access: "user",
    summary: "Reject a pending promotion with a reason (administrators who neither wrote nor last edited it)",
    team: { role: "administrator", entity: "promotion", param: "id" },
    params: { id: "uuid", reason: rules.reason(), ...strict },
    handler(ctx: Context<RejectParams, Meta>): Promise<Promotion> {
      const { id, reason } = ctx.params;
      return this.transition(ctx, id, {
        from: ["pending"],
        to: "rejected",
        rejectionReason: reason,
        notBy: userId(ctx),
      });
    },
  },
};
