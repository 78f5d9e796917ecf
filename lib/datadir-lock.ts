/** One process per embedded data directory: an O_EXCL lock file naming its holder; a dead holder's lock is taken over. */
import { closeSync, fchmodSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { join, relative } from "node:path";

export const LOCK_FILE = "meshwork.lock";

/** What the lock file says about the process holding the directory. */
export interface LockHolder {
  pid: number;
  /** When it took the lock (ISO 8601). */
  since: string;
  /** Boot id and start time of the process (Linux /proc), so a PID reused by another process is not taken for the holder. */
  processStart: string | null;
  /** The script it runs, e.g. bin/start.ts. */
  command: string;
  /** The directory of the Unix socket through which other local tools reach its database, once it serves it. */
  guestSocketDir?: string;
}

/** Another live process holds the directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `DATA_DIR ${dir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}); ` +
        "only one process may open an embedded data directory at a time",
    );
    this.name = "DataDirLockedError";
    // An operator's situation, not a bug: a stack trace would only bury the message.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export interface DataDirLock {
  readonly dir: string;
  /** Publishes where this process serves its database to other local tools. */
  update(fields: Pick<LockHolder, "guestSocketDir">): void;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

// A lock file is written right after its exclusive creation; one that stays unreadable longer
// than this was left half-written by a process that died in between.
const UNREADABLE_GRACE_MS = 2000;
const RETRY_MS = 50;
const MAX_ATTEMPTS = 100;

/** Takes the directory's lock or throws DataDirLockedError naming the live holder. */
export function lockDataDir(dir: string): DataDirLock {
  const path = join(dir, LOCK_FILE);
  let record: LockHolder = {
    pid: process.pid,
    since: new Date().toISOString(),
    processStart: processStartOf(process.pid),
    command: commandLine(),
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (createExclusive(path, record)) {
      const releaseOnExit = () => release();
      const release = () => {
        process.removeListener("exit", releaseOnExit);
        if (sameHolder(readHolder(path), record)) unlinkQuietly(path);
      };
      // A process.exit() that skips the database's orderly close still frees the directory.
      process.once("exit", releaseOnExit);
      return {
        dir,
        release,
        update(fields) {
          record = { ...record, ...fields };
          const tmp = `${path}.${process.pid}.tmp`;
          if (!createExclusive(tmp, record, true)) throw new Error(`could not write ${tmp}`);
          renameSync(tmp, path);
        },
      };
    }
    const found = readLockFile(path);
    if (found.state === "missing") continue;
    if (found.state === "held") {
      if (isAlive(found.holder)) throw new DataDirLockedError(dir, found.holder);
    } else if (found.ageMs < UNREADABLE_GRACE_MS) {
      sleepSync(RETRY_MS);
      continue;
    }
    takeOver(path, found.raw, record);
  }
  throw new Error(`could not lock ${dir}: ${path} keeps changing`);
}

/** The live process holding `dir`, or null when it is free (no lock, or a stale one). */
export function lockHolder(dir: string): LockHolder | null {
  const found = readLockFile(join(dir, LOCK_FILE));
  return found.state === "held" && isAlive(found.holder) ? found.holder : null;
}

/** Whether the recorded holder still runs: its PID answers signal 0 and, where /proc tells, it is the same process. */
export function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    // EPERM: the PID runs, as another user.
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (holder.processStart) {
    const now = processStartOf(holder.pid);
    if (now !== null && now !== holder.processStart) return false;
  }
  return true;
}

type LockFileState =
  | { state: "missing" }
  | { state: "held"; holder: LockHolder; raw: string }
  | { state: "unreadable"; raw: string; ageMs: number };

function readLockFile(path: string): LockFileState {
  let raw: string;
  let ageMs: number;
  try {
    raw = readFileSync(path, "utf8");
    ageMs = Date.now() - statSync(path).mtimeMs;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { state: "missing" };
    throw err;
  }
  const holder = parseHolder(raw);
  return holder ? { state: "held", holder, raw } : { state: "unreadable", raw, ageMs };
}

function readHolder(path: string): LockHolder | null {
  const found = readLockFile(path);
  return found.state === "held" ? found.holder : null;
}

function parseHolder(raw: string): LockHolder | null {
  try {
    const value = JSON.parse(raw) as Partial<LockHolder>;
    // A PID of 0 or below would make kill() signal a process group.
    if (!Number.isSafeInteger(value.pid) || (value.pid as number) <= 0 || typeof value.since !== "string") return null;
    return {
      pid: value.pid as number,
      since: value.since,
      processStart: typeof value.processStart === "string" ? value.processStart : null,
      command: typeof value.command === "string" ? value.command : "unknown command",
      ...(typeof value.guestSocketDir === "string" ? { guestSocketDir: value.guestSocketDir } : {}),
    };
  } catch {
    return null;
  }
}

function sameHolder(a: LockHolder | null, b: LockHolder): boolean {
  return a !== null && a.pid === b.pid && a.since === b.since;
}

/** Creates `path` only if it does not exist (O_EXCL), owner-only, holding `record`. */
function createExclusive(path: string, record: LockHolder, replaceLeftover = false): boolean {
  if (replaceLeftover) unlinkQuietly(path);
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, `${JSON.stringify(record)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock file, exactly the one judged stale. Removers serialise on a second O_EXCL
 * file, so two processes taking over the same stale lock can't delete each other's fresh one.
 */
function takeOver(path: string, staleRaw: string, record: LockHolder): void {
  const guard = `${path}.takeover`;
  if (!createExclusive(guard, record)) {
    const found = readLockFile(guard);
    const guardDead =
      (found.state === "held" && !isAlive(found.holder)) ||
      (found.state === "unreadable" && found.ageMs >= UNREADABLE_GRACE_MS);
    if (guardDead) unlinkQuietly(guard);
    else sleepSync(RETRY_MS);
    return;
  }
  try {
    const current = readLockFile(path);
    if (current.state !== "missing" && current.raw === staleRaw) unlinkQuietly(path);
  } finally {
    unlinkQuietly(guard);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
}

/** Boot id plus the process's start time in clock ticks (field 22 of /proc/<pid>/stat); null without /proc. */
function processStartOf(pid: number): string | null {
  try {
    const bootId = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return `${bootId}:${fields[19]}`;
  } catch {
    return null;
  }
}

function commandLine(): string {
  const script = process.argv[1];
  if (!script) return "node";
  const rel = relative(process.cwd(), script);
  return rel && !rel.startsWith("..") ? rel : script;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
