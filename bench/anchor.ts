/**
 * The hand-written anchor of bench/gateway: what `GET /api/v1/users/me` costs written by hand on
 * node:http, jose and pg, with none of the platform. It verifies the Bearer token with jose (issuer,
 * audience, type; a verified token is cached until it expires, as meshwork caches resolveToken) and
 * reads the caller's row with one `SELECT … WHERE id = $1` from a pg pool of 10.
 *
 * Env: DATABASE_URL, JWT_SECRET (HS256, meshwork's issuer and audience). Prints READY <port>.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { jwtVerify } from "jose";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const key = new TextEncoder().encode(process.env.JWT_SECRET ?? "");
const verified = new Map<string, { sub: string; exp: number }>();
const SELECT_USER = `SELECT id, email, first_name AS "firstName", last_name AS "lastName", status, roles,
  created_at AS "createdAt", updated_at AS "updatedAt", verified_at AS "verifiedAt" FROM users WHERE id = $1`;

async function caller(req: IncomingMessage): Promise<string | null> {
  const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
  if (!token) return null;
  const now = Math.floor(Date.now() / 1000);
  const cached = verified.get(token);
  if (cached && cached.exp > now) return cached.sub;
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: "meshwork",
      audience: "meshwork-api",
      typ: "at+jwt",
      algorithms: ["HS256"],
    });
    if (typeof payload.sub !== "string") return null;
    verified.set(token, { sub: payload.sub, exp: payload.exp ?? now });
    return payload.sub;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

const server = createServer((req, res) => {
  if (req.method !== "GET" || req.url !== "/api/v1/users/me") return send(res, 404, { title: "Not Found" });
  caller(req)
    .then(async (id) => {
      if (!id) return send(res, 401, { title: "Unauthorized" });
      const { rows } = await pool.query(SELECT_USER, [id]);
      if (!rows.length) return send(res, 404, { title: "Not Found" });
      send(res, 200, rows[0]);
    })
    .catch(() => send(res, 500, { title: "Internal Server Error" }));
});
server.keepAliveTimeout = 5_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`READY ${typeof address === "object" && address ? address.port : 0}`);
});
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
