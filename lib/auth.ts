/** Who is calling: the shape the gateway puts in ctx.meta.user (DESIGN §4). */

export type Role = "user" | "admin";
export type ApiKeyScope = "read" | "write" | "admin";

export interface AuthUser {
  id: string;
  email: string;
  roles: Role[];
  teamIds?: string[];
  via: "jwt" | "apikey";
  /** Present when via = "apikey". */
  scopes?: ApiKeyScope[];
  /** A team API key's id. */
  keyId?: string;
  /**
   * A team API key's team: the key reaches only this team's resources, as the administrator who
   * issued it (`id`), and every call it makes is metered against the team's quota.
   */
  teamId?: string;
}

export interface Meta {
  user?: AuthUser | null;
  /** The caller's address as the gateway saw it (X-Forwarded-For only from TRUSTED_PROXIES). */
  clientAddress?: string;
  $statusCode?: number;
  $responseHeaders?: Record<string, string>;
  [key: string]: unknown;
}
