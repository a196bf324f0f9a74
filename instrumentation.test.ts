import { afterEach, describe, expect, it, vi } from "vitest";

describe("register (start-up)", () => {
  const saved = { NEXT_RUNTIME: process.env.NEXT_RUNTIME, LINKUP_MAX_ATTEMPTS: process.env.LINKUP_MAX_ATTEMPTS };
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
});
