/** A team's commercial records: customers with an email unique per team, a status, a validity window and extra fields. */
import type { ServiceSchema } from "moleculer";
import { Consumer } from "../../mixins/consumer.mixin.js";
import { Db, type DbThis } from "../../mixins/db.mixin.js";
import { Events } from "../../mixins/events.mixin.js";
import type { CustomersMethods } from "./common.js";
import { customersActions } from "./customers.actions.js";
import { internalActions } from "./internal.actions.js";
import { customersMethods } from "./methods.js";
import { CUSTOMER_FIELDS, CustomerModel } from "./models.js";

export type * from "./common.js";

const CustomersService: ServiceSchema<object, CustomersMethods, DbThis> = {
  name: "customers",
  mixins: [
    Db({ model: CustomerModel, migrations: new URL("./migrations", import.meta.url), fields: [...CUSTOMER_FIELDS] }),
    Events("customers"),
    // A deleted team takes its customers with it.
    Consumer({ group: "customers", topics: ["teams"], handler: "onTeamEvent" }),
  ],

  actions: {
    ...customersActions,
    ...internalActions,
  },

  methods: customersMethods,
};

export default CustomersService;
