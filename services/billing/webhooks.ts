/**
 * billing: the payment provider's webhooks. The signature is checked over the raw body before
 * anything parses it; the webhook id is recorded under a unique key in the same transaction as the
 * effect (settling the charge, crediting the ledger, applying an upgrade) and its events, so a
 * replay or a concurrent duplicate is acknowledged without a second effect, and a crash in between
 * leaves neither.
 */
import type { Transaction } from "sequelize";
import { BadRequestError, NotFoundError, UnauthorizedError } from "../../lib/errors.js";
import {
  accountSnapshot,
  chargeSnapshot,
  type BillingThis,
  type Cause,
  type WebhookParams,
  type WebhookResult,
} from "./common.js";
import type { ChargeRecord } from "./models.js";
import { MalformedWebhookError, WebhookSignatureError, type ProviderEvent } from "./providers/index.js";
import * as store from "./store.js";

const SIGNATURE_PROBLEMS = {
  missing: "The webhook-id, webhook-timestamp and webhook-signature headers are required",
  invalid: "The webhook signature does not match the body",
  stale: "The webhook timestamp is more than 5 minutes away from now",
} as const;

type WebhookOutcome = WebhookResult["outcome"];

type ChargeEvent = Exclude<ProviderEvent, { type: "unknown" }>;

/** The signature check: 401 with a problem, before any parsing and with no effect. */
function verified(service: BillingThis, params: WebhookParams): string {
  try {
    return service.provider.verifyWebhook(params.rawBody, params.headers);
  } catch (err) {
    if (err instanceof WebhookSignatureError)
      throw new UnauthorizedError(SIGNATURE_PROBLEMS[err.reason], "INVALID_SIGNATURE");
    throw err;
  }
}

function parsed(service: BillingThis, rawBody: string): ProviderEvent {
  try {
    return service.provider.parseEvent(rawBody);
  } catch (err) {
    if (err instanceof MalformedWebhookError) {
      throw new BadRequestError(`The webhook body is malformed: ${err.message}`, "MALFORMED_WEBHOOK");
    }
    throw err;
  }
}

/** Whether the webhook names the charge as billing recorded it (team, amount, currency). */
const matches = (charge: ChargeRecord, event: ChargeEvent) =>
  charge.teamId === event.teamId && charge.amountCents === event.amountCents && charge.currency === event.currency;

/** Settles a pending charge from its outcome, with what follows from it, inside `tx`. */
async function settle(
  service: BillingThis,
  event: ChargeEvent,
  tx: Transaction,
  cause: Cause,
): Promise<WebhookOutcome> {
  const m = service.tables();
  const pending = await store.lockCharge(m, event.chargeId, tx);
  if (!pending || !matches(pending, event)) {
    service.logger.warn(`Webhook ${event.type} names charge ${event.chargeId}, which billing does not know as such`);
    return "ignored";
  }
  // Another webhook (another id for the same outcome) has settled it already.
  if (pending.status !== "pending") return "ignored";
  const account = (await store.lockAccount(m, pending.teamId, tx))!;
  const open = account.status === "active";
  if (event.type === "charge.succeeded") {
    const charge = await store.settleCharge(m, pending.id, "succeeded", null, tx);
    const fields = { account: accountSnapshot(account), charge: chargeSnapshot(charge), chargeId: charge.id };
    await service.emit(
      tx,
      cause,
      "ChargeSucceeded",
      account,
      { ...fields, amountCents: charge.amountCents },
      "charge",
      charge.id,
    );
    if (charge.purpose === "topup") {
      // The charge id is the movement's permanent key: however often this runs, one credit.
      const movement = { teamId: charge.teamId, deltaCents: charge.amountCents, reason: "topup" as const };
      await service.moveBalance(
        { ...movement, reference: charge.id, idempotencyKey: `charge:${charge.id}` },
        tx,
        cause,
      );
    } else if (
      charge.purpose === "upgrade" &&
      open &&
      service.tier(charge.tier!).rank > service.tier(account.tier).rank
    ) {
      await service.saveAccount(account, { tier: charge.tier!, pendingTier: null }, tx, cause);
    }
    return "applied";
  }
  const charge = await store.settleCharge(m, pending.id, "failed", event.reason, tx);
  const fields = { account: accountSnapshot(account), charge: chargeSnapshot(charge), chargeId: charge.id };
  await service.emit(
    tx,
    cause,
    "ChargeFailed",
    account,
    { ...fields, amountCents: charge.amountCents, failureReason: event.reason },
    "charge",
    charge.id,
  );
  // A refused renewal of the running period ends the paid tier.
  const renewalOfThisPeriod =
    charge.purpose === "renewal" && charge.tier === account.tier && charge.periodStart === account.periodStart;
  if (renewalOfThisPeriod && open) await service.saveAccount(account, { tier: "free", pendingTier: null }, tx, cause);
  return "applied";
}

export async function receiveWebhook(this: BillingThis, params: WebhookParams, cause: Cause): Promise<WebhookResult> {
  if (params.provider !== this.provider.name) throw new NotFoundError("webhook endpoint");
  const webhookId = verified(this, params);
  const event = parsed(this, params.rawBody);
  const type = event.type === "unknown" ? event.name : event.type;
  const outcome = await this.inTransaction(async (tx): Promise<WebhookOutcome> => {
    // Before any effect: a replay stops here, a concurrent duplicate waits here for the first.
    if (!(await store.recordWebhook(this.tables(), params.provider, webhookId, type, tx))) return "duplicate";
    if (event.type === "unknown") return "ignored";
    return settle(this, event, tx, cause);
  });
  if (event.type === "unknown") {
    this.logger.info(`Webhook ${webhookId} of type ${type} is not one billing handles: acknowledged and ignored`);
  }
  return { received: true, outcome };
}
