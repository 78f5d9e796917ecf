/** The compiled build (`npm run build`): dist/ holds JavaScript and every file read at run time, and it serves with no tsx. */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupAll, http, ROOT, spawnNode, tempDir } from "../support/processes.js";

const DIST = join(ROOT, "dist");

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found;
}

beforeAll(() => {
  // What `npm start` does first: compile when a source is newer than the last build.
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--if-stale"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(build.status, build.stderr).toBe(0);
}, 180_000);

afterAll(cleanupAll);

describe("npm run build", () => {
  it("emits JavaScript for every source and copies the SQL, templates and word lists beside it", () => {
    const built = new Set(filesUnder(DIST));
    expect([...built].filter((file) => file.endsWith(".ts"))).toEqual([]);
    for (const dir of ["bin", "lib", "mixins", "services", "events"]) {
      for (const file of filesUnder(join(ROOT, dir))) {
        const source = join(dir, file);
        const expected = source.endsWith(".ts") ? source.replace(/\.ts$/, ".js") : source;
        expect(built.has(expected), `dist/${expected}`).toBe(true);
      }
    }
    expect(readFileSync(join(DIST, "services/users/common-passwords.txt"), "utf8")).toBe(
      readFileSync(join(ROOT, "services/users/common-passwords.txt"), "utf8"),
    );
  });

  it("serves from dist/bin/start.js: embedded database, migrations, password list, mail templates", async () => {
    const node = await spawnNode({
      name: "compiled",
      compiled: true,
      env: { DATA_DIR: tempDir("meshwork-dist-"), TRANSPORTER: "", DATABASE_URL: "", REDIS_URL: "" },
    });
    await node.waitReady(90_000);
    // The process is node running the compiled entry point: no loader, no wrapper.
    const cmdline = readFileSync(`/proc/${node.pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    expect(cmdline.slice(1)).toEqual([join(DIST, "bin", "start.js")]);

    // The password list was read from dist/: a common password is refused.
    const refused = await http(`${node.baseUrl}/auth/signup`, {
      body: { email: "common@example.com", password: "password123" },
    });
    expect(refused.status).toBe(422);

    const email = "compiled@example.com";
    const signup = await http(`${node.baseUrl}/auth/signup`, { body: { email, password: "quiet harbour lantern 41" } });
    expect(signup.status).toBe(201);
    const me = await http(`${node.baseUrl}/users/me`, { token: signup.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);

    // The verification mail is rendered from dist/'s templates into the dev mailbox.
    const mailbox = `http://127.0.0.1:${node.port}/dev/mailbox.json?to=${encodeURIComponent(email)}`;
    let rows: { subject: string; bodyText: string }[] = [];
    for (let i = 0; i < 100 && !rows.length; i++) {
      rows = ((await (await fetch(mailbox)).json()) as { rows: typeof rows }).rows;
      if (!rows.length) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].bodyText).toContain("Confirm that this address is yours");

    expect(await node.stop("SIGTERM")).toEqual({ code: 0, signal: null });
  });
});
