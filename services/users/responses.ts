/** users: the shapes its routes answer (JSON Schema, lib/schemas.ts), never a hash or a revoked key's secret. */
import {
  arrayOf,
  instant,
  integer,
  nullable,
  object,
  oneOf,
  page,
  text,
  uuid,
  type JsonSchema,
} from "../../lib/schemas.js";

export const user = object(
  {
    id: uuid,
    email: text,
    firstName: nullable(text),
    lastName: nullable(text),
    status: oneOf(["unverified", "active", "banned", "deleted"]),
    roles: arrayOf(text),
    createdAt: instant,
    updatedAt: instant,
    verifiedAt: nullable(instant),
  },
  { title: "User", description: "An account" },
);

export const session = object(
  {
    user,
    accessToken: { type: "string", description: "A JWT for `Authorization: Bearer`" },
    refreshToken: { type: "string", description: "Spent by POST /auth/refresh, which answers a new pair" },
    tokenType: { type: "string", const: "Bearer" },
    expiresIn: { ...integer, description: "Seconds the access token lasts" },
  },
  { title: "Session", description: "A signed-in session" },
);

export const accepted = object(
  { accepted: { type: "boolean", const: true } },
  { title: "Accepted", description: "Taken; what follows happens by mail" },
);

const keyFields = (scopes: readonly string[]): Record<string, JsonSchema> => ({
  id: uuid,
  description: text,
  scopes: arrayOf(oneOf(scopes)),
  prefix: { type: "string", description: "The key's first characters, to tell keys apart" },
  createdAt: instant,
  lastUsedAt: nullable(instant),
});
const secret: JsonSchema = { type: "string", description: "The key itself: shown once, send it as X-API-Key" };

export const apiKey = object(keyFields(["read", "write", "admin"]), { title: "ApiKey" });
export const createdApiKey = object(
  { ...keyFields(["read", "write", "admin"]), key: secret },
  { title: "CreatedApiKey", description: "A new API key, with its secret (shown once)" },
);

const teamKeyFields = { ...keyFields(["read", "write"]), teamId: uuid, createdBy: uuid };
export const teamKey = object(teamKeyFields, { title: "TeamKey", description: "A team's API key (metered)" });
export const createdTeamKey = object(
  { ...teamKeyFields, key: secret },
  { title: "CreatedTeamKey", description: "A new team API key, with its secret (shown once)" },
);

export const userPage = page(user);
export const apiKeyPage = page(apiKey);
export const teamKeyPage = page(teamKey);
