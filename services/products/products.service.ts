/** Products: a team's catalogue (sku unique per team, list prices in integer cents), published on the promotions topic. */
import type { ServiceSchema } from "moleculer";
import { Consumer } from "../../mixins/consumer.mixin.js";
import { Db, type DbThis } from "../../mixins/db.mixin.js";
import { Events } from "../../mixins/events.mixin.js";
import type { ProductsMethods } from "./common.js";
import { internalActions } from "./internal.actions.js";
import { productsMethods } from "./methods.js";
import { PRODUCT_FIELDS, ProductModel } from "./models.js";
import { productsActions } from "./products.actions.js";

export type * from "./common.js";

const ProductsService: ServiceSchema<object, ProductsMethods, DbThis> = {
  name: "products",
  mixins: [
    Db({
      model: ProductModel,
      migrations: new URL("./migrations", import.meta.url),
      fields: [...PRODUCT_FIELDS],
    }),
    // DESIGN §5: products are part of the promotions topic (ProductCreated/Updated/Deleted).
    Events("promotions"),
    // A deleted team takes its catalogue with it.
    Consumer({ group: "products", topics: ["teams"], handler: "onTeamEvent" }),
  ],

  actions: {
    ...productsActions,
    ...internalActions,
  },

  methods: productsMethods,
};

export default ProductsService;
