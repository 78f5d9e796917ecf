#!/usr/bin/env node
/**
 * `npm run build`: compiles the TypeScript of the product (tsconfig.build.json) to dist/ and copies
 * the files it reads at run time beside it (migrations, mail templates, the password list, .proto).
 *
 *   node scripts/build.mjs             build (incremental)
 *   node scripts/build.mjs --if-stale  build only when a source is newer than the last build, or gone
 *
 * Plain JavaScript, so it runs without tsx. Concurrent runs wait for each other (a lock directory).
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
/** What tsconfig.build.json compiles: the root's .ts files and these folders. */
const SOURCE_DIRS = ["bin", "lib", "mixins", "services", "events"];
/** Root files that change the output without being compiled themselves. */
const CONFIG_FILES = ["tsconfig.json", "tsconfig.build.json", "package.json"];
/** Written last: the newest input's mtime and the input count (a deleted source changes it). */
const STAMP = join(DIST, ".build-stamp");
const LOCK = join(ROOT, ".build-lock");
const ROOT_EXCLUDES = new Set(["vitest.config.ts"]);

/** Every input file, relative to ROOT: sources and assets, tests excluded. */
function inputs() {
  const found = readdirSync(ROOT).filter((name) => name.endsWith(".ts") && !ROOT_EXCLUDES.has(name));
  const walk = (dir) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(ROOT, dir))) walk(dir);
  return found;
}

function stampOf(files) {
  let newest = 0;
  for (const file of [...files, ...CONFIG_FILES]) {
    const path = join(ROOT, file);
    if (existsSync(path)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return `${newest} ${files.length}\n`;
}

function isStale(files) {
  if (!existsSync(join(DIST, "bin", "start.js")) || !existsSync(STAMP)) return true;
  return readFileSync(STAMP, "utf8") !== stampOf(files);
}

const isTypeScript = (file) => file.endsWith(".ts") && !file.endsWith(".d.ts");

/** The output file names a source file gives (a .ts compiles to .js and its map). */
function outputsOf(file) {
  if (!isTypeScript(file)) return [file];
  const js = file.replace(/\.ts$/, ".js");
  return [js, `${js}.map`];
}

/** Runs tsc; type errors fail a build, but `--if-stale` (npm start) runs what they emitted, as tsx would. */
function compile(lenient) {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    throw new Error("typescript is not installed (npm ci installs it; the production image ships a built dist/)");
  }
  // A dist/ emptied by hand while its build info survived would make tsc skip unchanged files.
  if (!existsSync(join(DIST, "bin", "start.js"))) rmSync(join(DIST, ".tsbuildinfo"), { force: true });
  const result = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  // tsc exits 2 when it reports type errors but has emitted every file.
  if (result.status === 2 && lenient) console.error("meshwork: type errors above; running what tsc emitted");
  else if (result.status !== 0) throw new Error(`tsc failed (exit ${result.status ?? result.signal})`);
}

/** Copies every non-TypeScript input beside the compiled code, and drops outputs whose source is gone. */
function syncAssets(files) {
  const expected = new Set([".tsbuildinfo", ".build-stamp"]);
  for (const file of files) {
    for (const out of outputsOf(file)) expected.add(out);
    if (isTypeScript(file)) continue;
    const target = join(DIST, file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(ROOT, file), target);
  }
  const prune = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        prune(path);
        if (!readdirSync(path).length) rmSync(path, { recursive: true });
      } else if (!expected.has(relative(DIST, path))) unlinkSync(path);
    }
  };
  prune(DIST);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/** One build at a time in this checkout; a lock left by a killed build is taken over. */
async function withLock(fn) {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      let holder = 0;
      try {
        holder = Number(readFileSync(join(LOCK, "pid"), "utf8"));
      } catch {
        // Being written: wait.
      }
      if (holder && !pidAlive(holder)) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

async function main() {
  const ifStale = process.argv.includes("--if-stale");
  if (ifStale && !isStale(inputs())) return;
  await withLock(() => {
    // Another run may have built it while this one waited.
    const files = inputs();
    if (ifStale && !isStale(files)) return;
    const started = Date.now();
    if (ifStale) console.error("meshwork: sources changed since the last build; compiling to dist/");
    // Taken before compiling: a file saved meanwhile leaves the build stale.
    const stamp = stampOf(files);
    compile(ifStale);
    syncAssets(files);
    writeFileSync(STAMP, stamp);
    console.error(`meshwork: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

main().catch((err) => {
  console.error(`meshwork: build failed: ${err.message}`);
  process.exit(1);
});
