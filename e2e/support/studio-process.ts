import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { LOG_DIR } from "./env";

/** Starts the built studio as its own process, for tests and benchmarks that stop and restart it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Starts the built studio (`next start`) and waits until /api/health answers. */
export async function startStudio(env: Record<string, string>): Promise<{ origin: string; child: ChildProcess; stop: (signal?: NodeJS.Signals) => Promise<void> }> {
  const port = await freePort();
  const root = path.resolve(__dirname, "../..");
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Both streams go to the run's log directory for the key-leak sweep; stderr is shown as well.
  const logFile = createWriteStream(path.join(LOG_DIR, `studio-process-${port}.log`));
  child.stdout?.pipe(logFile, { end: false });
  child.stderr?.on("data", (chunk: Buffer) => {
    logFile.write(chunk);
    process.stderr.write(chunk);
  });
  child.once("close", () => logFile.end());
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error("the studio exited at start-up (did you run `npm run build`?)");
    try {
      const res = await fetch(`${origin}/api/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error("the studio did not start within 60 s");
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = (signal: NodeJS.Signals = "SIGTERM") =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  return { origin, child, stop };
}

