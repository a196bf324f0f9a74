/**
 * One engine per data directory. At start-up an engine removes the temp files of interrupted runs
 * and re-queues tasks left `processing` (ResultFiles.removeStaleTemps, TaskStore.requeueInterrupted):
 * right after a crash, wrong while another studio on the same DATA_DIR is running them — it would
 * delete that studio's files under it and run its tasks a second time. The lock is a file holding the
 * owner's pid; a lock whose process is gone (kill -9, power loss) is stale and taken over, so a
 * crash never blocks the restart.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export const LOCK_NAME = "engine.lock";

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by another studio (process ${pid}): two engines on one data directory would take each other's tasks. ` +
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

function ownerOf(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes `dataDir` for this process, or throws DataDirLockedError naming the live owner. Returns the
 * release, which removes the lock only while it is still this process's.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_NAME);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o644);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      const release = () => {
        if (ownerOf(file) === process.pid) rmSync(file, { force: true });
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
    // Our own pid is a stale lock too: a container restarts its server under the same pid.
    if (owner !== null && owner !== process.pid && alive(owner)) throw new DataDirLockedError(dataDir, owner);
    // Stale (or empty: its writer died between creating it and writing its pid).
    rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}: it keeps changing; is another studio starting on the same DATA_DIR?`);
}
