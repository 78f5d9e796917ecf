/** customers: the shapes its routes answer (JSON Schema, lib/schemas.ts). */
import { instant, nullable, object, oneOf, page, scalarMap, text, uuid } from "../../lib/schemas.js";
import { CUSTOMER_STATUSES } from "./models.js";

export const customer = object(
  {
    id: uuid,
    teamId: uuid,
    name: text,
    email: nullable(text),
    status: oneOf(CUSTOMER_STATUSES),
    validFrom: nullable(instant),
    validThru: nullable(instant),
    extraFields: scalarMap,
    createdAt: instant,
    updatedAt: instant,
  },
  { title: "Customer" },
);

export const customerPage = page(customer);
