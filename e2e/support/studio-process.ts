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

export interface SpawnedStudio {
  child: ChildProcess;
  port: number;
  /** Everything the process wrote so far, stdout and stderr together. */
  output: () => string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/** Runs `next start -H <host>` (null: no -H, every address) on a free port, keeping what it prints. */
export async function spawnStudio(env: Record<string, string>, host: string | null = "127.0.0.1"): Promise<SpawnedStudio> {
  const port = await freePort();
  const root = path.resolve(__dirname, "../..");
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", ...(host === null ? [] : ["-H", host]), "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Both streams are kept (callers read them) and go to the run's log directory for the key-leak
  // sweep; stderr is shown as well.
  const logFile = createWriteStream(path.join(LOG_DIR, `studio-process-${port}.log`));
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    logFile.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(chunk);
  });
  child.once("close", () => logFile.end());
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  return { child, port, output: () => output, exited };
}

/** Starts the built studio (`next start`) and waits until /api/health answers. */
export async function startStudio(
  env: Record<string, string>,
  options: { host?: string } = {},
): Promise<{ origin: string; child: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<void> }> {
  const { child, port, output } = await spawnStudio(env, options.host);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the studio exited at start-up (did you run \`npm run build\`?):\n${output()}`);
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
  return { origin, child, output, stop };
}
