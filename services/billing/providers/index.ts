/** Chooses the payment provider PAYMENTS_PROVIDER names; one more provider is one more case here. */
import type { Sequelize } from "sequelize";
import type { BillingConfig } from "../../../config.js";
import { WebhookDeliveries, type DeliveryLogger } from "./deliveries.js";
import { FakeProvider } from "./fake.js";
import type { PaymentProvider } from "./provider.js";
import { WebhookSigner } from "./signing.js";

export type { PaymentProvider, PaymentMethod, ProviderEvent } from "./provider.js";
export { MalformedWebhookError } from "./provider.js";
export { WebhookSignatureError, WebhookSigner } from "./signing.js";

export interface ProviderDeps {
  sequelize: Sequelize;
  logger: DeliveryLogger;
  /** This node's webhook URL for `provider` (PAYMENTS_WEBHOOK_URL, or the gateway it runs). */
  webhookUrl: (provider: string) => string;
}

export function createProvider(config: BillingConfig, deps: ProviderDeps): PaymentProvider {
  switch (config.paymentsProvider) {
    case "fake": {
      const signer = new WebhookSigner(config.webhookSecrets);
      const deliveries = new WebhookDeliveries({
        sequelize: deps.sequelize,
        provider: "fake",
        signer,
        url: () => deps.webhookUrl("fake"),
        logger: deps.logger,
      });
      return new FakeProvider(signer, deliveries);
    }
  }
}
