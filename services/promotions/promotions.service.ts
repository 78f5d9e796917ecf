/** Time-boxed promotions on a team's products: discount lines, an approval workflow, quotes and redemptions with usage budgets. */
import type { ServiceSchema } from "moleculer";
import { Db, type DbThis } from "../../mixins/db.mixin.js";
import { Consumer } from "../../mixins/consumer.mixin.js";
import { Events } from "../../mixins/events.mixin.js";
import {
  PROMOTION_FIELDS,
  PromotionLineModel,
  PromotionModel,
  RedemptionDiscountModel,
  RedemptionLineModel,
  RedemptionModel,
} from "./models.js";
import { promotionsActions } from "./promotions.actions.js";
import { workflowActions } from "./workflow.actions.js";
import { pricingActions } from "./pricing.actions.js";
import { promotionsMethods } from "./methods.js";
import type { PromotionsMethods } from "./common.js";

export type * from "./common.js";

const PromotionsService: ServiceSchema<object, PromotionsMethods, DbThis> = {
  name: "promotions",
  mixins: [
    Db({
      model: PromotionModel,
      models: [PromotionLineModel, RedemptionModel, RedemptionLineModel, RedemptionDiscountModel],
      migrations: new URL("./migrations", import.meta.url),
      fields: [...PROMOTION_FIELDS],
    }),
    Events("promotions"),
    // A deleted team takes its promotions and redemptions with it.
    Consumer({ group: "promotions", topics: ["teams"], handler: "onTeamEvent" }),
  ],

  actions: {
    ...promotionsActions,
    ...workflowActions,
    ...pricingActions,
  },

  methods: promotionsMethods,
};

export default PromotionsService;
