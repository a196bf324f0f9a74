import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, LOCK_NAME, lockDataDir } from "./data-dir-lock";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});

/** A live process that is not this one: what a second studio sees of the first. */
function otherProcess(): ChildProcess {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  children.push(child);
  return child;
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}

const fresh = () => mkdtempSync(path.join(tmpdir(), "data-dir-lock-"));

describe("lockDataDir", () => {
  it("takes a free directory, writing its pid and host name (0600), and release frees it", () => {
    const dir = fresh();
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, LOCK_NAME), "utf8").trim()).toBe(`${process.pid} ${hostname()}`);
    expect(statSync(path.join(dir, LOCK_NAME)).mode & 0o777).toBe(0o600);
    release();
    expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
  });

  it("refuses a directory a live process holds, naming the directory and the process", () => {
    const dir = fresh();
    const other = otherProcess();
    writeFileSync(path.join(dir, LOCK_NAME), `${other.pid}\n`);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(`DATA_DIR ${dir} is in use by another studio (process ${other.pid})`);
    // The holder's lock is left as it was.
    expect(readFileSync(path.join(dir, LOCK_NAME), "utf8").trim()).toBe(String(other.pid));
  });

  it("takes over the lock of a process that died (kill -9), of its own pid (a container's restart), or an empty one", async () => {
    for (const content of [`${await deadPid()}\n`, `${process.pid}\n`, ""]) {
      const dir = fresh();
      writeFileSync(path.join(dir, LOCK_NAME), content);
      const release = lockDataDir(dir);
      expect(readFileSync(path.join(dir, LOCK_NAME), "utf8").trim()).toBe(`${process.pid} ${hostname()}`);
      release();
    }
  });

  it("never takes over a lock written on another host or container, whose pid means nothing here", async () => {
    // A dead pid, and our own: what a second container sharing the volume sees of the first.
    for (const pid of [await deadPid(), process.pid]) {
      const dir = fresh();
      writeFileSync(path.join(dir, LOCK_NAME), `${pid} other-container-7f3a\n`);
      expect(() => lockDataDir(dir)).toThrow(`(process ${pid} on other-container-7f3a)`);
      expect(readFileSync(path.join(dir, LOCK_NAME), "utf8")).toBe(`${pid} other-container-7f3a\n`);
    }
  });

  it("releases only its own lock", () => {
    const dir = fresh();
    const release = lockDataDir(dir);
    const other = otherProcess();
    writeFileSync(path.join(dir, LOCK_NAME), `${other.pid}\n`);
    release();
    expect(existsSync(path.join(dir, LOCK_NAME))).toBe(true);
  });
});
