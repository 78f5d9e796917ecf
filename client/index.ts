/**
 * meshwork's TypeScript client (`meshwork/client`): the API's types, generated from its OpenAPI
 * document into ./schema.ts (`npm run client:gen`), over openapi-fetch. Paths, params, bodies and
 * answers are typed, so a renamed field is a compile error in the frontend, not a bug in production.
 *
 *   const api = createMeshworkClient({ baseUrl: "https://api.example.com" });
 *   const { data: session } = await api.POST("/api/v1/auth/signup", { body: { email, password } });
 *   api.setToken(session?.accessToken);
 *   const { data: page } = await api.GET("/api/v1/projects", { params: { query: { pageSize: 50 } } });
 *
 * Every call answers `{ data, error, response }`: `data` on success, `error` (a Problem) otherwise.
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };

/** The API's named shapes: `Schemas["Project"]`, `Schemas["Session"]`… */
export type Schemas = components["schemas"];
/** An error answer (RFC 9457 problem+json): `code` is stable, `errors[]` names refused fields on 422. */
export type Problem = Schemas["Problem"];

export interface MeshworkClientOptions extends ClientOptions {
  /** The gateway's origin, e.g. https://api.example.com (the paths carry /api/v1). */
  baseUrl?: string;
  /** A bearer access token to send (setToken changes it). */
  token?: string | null;
  /** An API key to send as X-API-Key, instead of a token. */
  apiKey?: string | null;
}

export interface MeshworkClient extends Client<paths> {
  /** The access token later calls send as `Authorization: Bearer`; null sends none. */
  setToken(token: string | null | undefined): void;
}

export function createMeshworkClient(options: MeshworkClientOptions = {}): MeshworkClient {
  const { token = null, apiKey = null, ...rest } = options;
  let current: string | null = token;
  const client = createClient<paths>(rest);
  client.use({
    onRequest({ request }) {
      if (current) request.headers.set("Authorization", `Bearer ${current}`);
      else if (apiKey) request.headers.set("X-API-Key", apiKey);
      return request;
    },
  });
  return Object.assign(client, {
    setToken(next: string | null | undefined) {
      current = next ?? null;
    },
  });
}
