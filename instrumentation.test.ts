import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

describe("register (start-up)", () => {
  const saved = {
    NEXT_RUNTIME: process.env.NEXT_RUNTIME,
    LINKUP_MAX_ATTEMPTS: process.env.LINKUP_MAX_ATTEMPTS,
    LINKUP_API_KEY: process.env.LINKUP_API_KEY,
    DATA_DIR: process.env.DATA_DIR,
    STUDIO_PASSWORD: process.env.STUDIO_PASSWORD,
  };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
    vi.restoreAllMocks();
  });

  it("stops the server on a bad variable, with a message naming it (Next would only log a throw and serve 500s)", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    process.env.LINKUP_MAX_ATTEMPTS = "x";
    vi.resetModules(); // env() reads the variables once
    // process.exit would end the test run: record the call and stop there instead.
    const exit = vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as typeof process.exit);
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void printed.push(args.join(" ")));
    const { register } = await import("./instrumentation");
    await expect(register()).rejects.toThrow("exit 1");
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed.join("\n")).toMatch(/\[extract-studio\] Invalid Extract Studio configuration:\n {2}- LINKUP_MAX_ATTEMPTS: /);
  });

  it("with a Linkup key too, stops at start when another studio's engine holds DATA_DIR (its free previews would each fail later)", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "instrumentation-lock-"));
    try {
      // A live process of this host that is not this one: the parent, which runs the test.
      writeFileSync(path.join(dataDir, "engine.lock"), `${process.ppid} ${hostname()}\n`);
      process.env.NEXT_RUNTIME = "nodejs";
      process.env.LINKUP_API_KEY = "lk_instrumentation_test_key";
      process.env.DATA_DIR = dataDir;
      // No server is bound in a test: with a password, the bind check has nothing to refuse.
      process.env.STUDIO_PASSWORD = "a-long-enough-password";
      vi.resetModules();
      const exit = vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
        throw new Error(`exit ${code}`);
      }) as typeof process.exit);
      const printed: string[] = [];
      vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void printed.push(args.join(" ")));
      vi.spyOn(console, "log").mockImplementation(() => undefined);
      const { register } = await import("./instrumentation");
      await expect(register()).rejects.toThrow("exit 1");
      expect(exit).toHaveBeenCalledWith(1);
      expect(printed.join("\n")).toContain(`DATA_DIR ${dataDir} is in use by another studio (process ${process.ppid})`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
