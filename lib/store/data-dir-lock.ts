/**
 * One engine per data directory. At start-up an engine removes the temp files of interrupted runs
 * and re-queues tasks left `processing` (ResultFiles.removeStaleTemps, TaskStore.requeueInterrupted):
 * right after a crash, wrong while another studio on the same DATA_DIR is running them — it would
 * delete that studio's files under it and run its tasks a second time. The lock is a file holding the
 * owner's pid and host name; a lock whose process is gone (kill -9, power loss) is stale and taken
 * over, so a crash never blocks the restart. A pid means something only on its own machine (and in
 * its own container: two containers sharing a DATA_DIR volume see each other's pids as dead, or as
 * their own): a lock written under another host name is never taken over; the message says how to
 * free it when that studio is gone.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

export const LOCK_NAME = "engine.lock";

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly host?: string,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by another studio (process ${pid}${host ? ` on ${host}` : ""}): two engines on one data directory would take each other's tasks. ` +
        `Stop that process, or give this one its own DATA_DIR. (If no such process is running, delete ${path.join(dataDir, LOCK_NAME)}.)`,
    );
    this.name = "DataDirLockedError";
  }
}

/** Whether a process with this pid runs (EPERM: it does, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The lock's owner: its pid, and its host name (none in a lock written before host names were). */
function ownerOf(file: string): { pid: number; host: string | null } | null {
  try {
    const [first, host] = readFileSync(file, "utf8").trim().split(/\s+/);
    const pid = Number.parseInt(first ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? { pid, host: host || null } : null;
  } catch {
    return null;
  }
}

const mine = (owner: { pid: number; host: string | null } | null) => owner?.pid === process.pid && (owner.host ?? hostname()) === hostname();

/**
 * Takes `dataDir` for this process, or throws DataDirLockedError naming the live owner. Returns the
 * release, which removes the lock only while it is still this process's.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_NAME);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      try {
        writeSync(fd, `${process.pid} ${hostname()}\n`);
      } finally {
        closeSync(fd);
      }
      const release = () => {
        if (mine(ownerOf(file))) rmSync(file, { force: true });
      };
      process.once("exit", release);
      return () => {
        process.off("exit", release);
        release();
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const owner = ownerOf(file);
    // Another machine's or container's lock: whether its process lives cannot be seen from here.
    if (owner?.host && owner.host !== hostname()) throw new DataDirLockedError(dataDir, owner.pid, owner.host);
    // Our own pid is a stale lock too: a container restarts its server under the same pid.
    if (owner !== null && owner.pid !== process.pid && alive(owner.pid)) throw new DataDirLockedError(dataDir, owner.pid);
    // Stale (or empty: its writer died between creating it and writing its pid).
    rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}: it keeps changing; is another studio starting on the same DATA_DIR?`);
}
