/** products: the shapes its routes answer (JSON Schema, lib/schemas.ts). */
import { instant, integer, money, nullable, object, page, scalarMap, text, uuid } from "../../lib/schemas.js";

export const product = object(
  {
    id: uuid,
    teamId: uuid,
    name: text,
    sku: text,
    priceCents: nullable(money),
    currency: text,
    hierarchyLevel: nullable(integer),
    validFrom: nullable(instant),
    validThru: nullable(instant),
    extraFields: scalarMap,
    createdAt: instant,
    updatedAt: instant,
  },
  { title: "Product" },
);

export const productPage = page(product);
