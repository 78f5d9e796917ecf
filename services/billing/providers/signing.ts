/**
 * Standard Webhooks signatures (standardwebhooks): `webhook-signature: v1,<base64 HMAC-SHA256 of
 * "id.timestamp.rawBody">` under `whsec_` secrets. The newest secret signs; any of them verifies,
 * so a secret can be rotated without losing webhooks signed with the old one.
 */
import { Webhook, WebhookVerificationError } from "standardwebhooks";

/** The three headers of a signed webhook (a type, so it passes as any header record). */
export type SignedHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

/** Why a webhook was refused: its signature is missing, wrong, or its timestamp is out of tolerance. */
export class WebhookSignatureError extends Error {
  constructor(readonly reason: "missing" | "invalid" | "stale") {
    super(`webhook signature ${reason}`);
    this.name = "WebhookSignatureError";
  }
}

export class WebhookSigner {
  private readonly webhooks: Webhook[];

  /** `secrets`: `whsec_<base64>`, newest first (config.ts has checked them). */
  constructor(secrets: readonly string[]) {
    if (!secrets.length) throw new Error("a webhook signer needs at least one secret");
    this.webhooks = secrets.map((secret) => new Webhook(secret));
  }

  /** The headers for `rawBody`, signed with the newest secret at `timestamp`. */
  sign(id: string, timestamp: Date, rawBody: string): SignedHeaders {
    return {
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
      "webhook-signature": this.webhooks[0].sign(id, timestamp, rawBody),
    };
  }

  /**
   * Checks the signature over the raw body, exactly as received (5 minutes' tolerance either way),
   * against every secret; answers the webhook id. Throws WebhookSignatureError.
   */
  verify(rawBody: string, headers: Record<string, string | undefined>): string {
    const id = headers["webhook-id"];
    const timestamp = headers["webhook-timestamp"];
    const signature = headers["webhook-signature"];
    if (!id || !timestamp || !signature) throw new WebhookSignatureError("missing");
    if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookSignatureError("invalid");
    const given = { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": signature };
    let stale = false;
    for (const webhook of this.webhooks) {
      try {
        webhook.verify(rawBody, given, { jsonParse: false });
        return id;
      } catch (err) {
        if (!(err instanceof WebhookVerificationError)) throw err;
        // The timestamp check comes first and is the same for every secret.
        if (/timestamp too (old|new)/i.test(err.message)) stale = true;
      }
    }
    throw new WebhookSignatureError(stale ? "stale" : "invalid");
  }
}
