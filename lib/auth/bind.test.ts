import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { bindVerdict, isLoopbackAddress, listeningAddresses } from "./bind";

describe("isLoopbackAddress", () => {
  it("knows loopback addresses and local sockets", () => {
    for (const a of ["127.0.0.1:3000", "127.8.0.1:1", "[::1]:3000", "[::ffff:127.0.0.1]:3000", "/tmp/studio.sock"]) expect(isLoopbackAddress(a), a).toBe(true);
  });
  it("treats every other address as reachable from beyond", () => {
    for (const a of ["0.0.0.0:3000", "[::]:3000", "10.0.0.5:3000", "192.168.1.2:80", "[fe80::1]:3000", "128.0.0.1:3000"]) expect(isLoopbackAddress(a), a).toBe(false);
  });
});

describe("bindVerdict", () => {
  const open = { password: false, insecure: false };
  it("says a loopback-only studio without a password is for this machine only", () => {
    expect(bindVerdict(["127.0.0.1:3000"], open)).toEqual({ level: "info", message: expect.stringMatching(/127\.0\.0\.1:3000 only.*no STUDIO_PASSWORD/) });
  });
  it("refuses any other address without a password, naming the way out", () => {
    const verdict = bindVerdict(["[::]:3000"], open);
    expect(verdict.level).toBe("fatal");
    expect(verdict.message).toMatch(/Refusing to serve on \[::\]:3000.*STUDIO_PASSWORD.*STUDIO_INSECURE=1/);
    expect(bindVerdict([], open).level).toBe("fatal");
    expect(bindVerdict(["127.0.0.1:3000", "0.0.0.0:3001"], open).level).toBe("fatal");
  });
  it("runs with a warning when told to (STUDIO_INSECURE=1), and quietly with a password", () => {
    expect(bindVerdict(["0.0.0.0:3000"], { password: false, insecure: true })).toMatchObject({ level: "warn", message: expect.stringMatching(/^WARNING: .*0\.0\.0\.0:3000/) });
    expect(bindVerdict(["0.0.0.0:3000"], { password: true, insecure: false })).toMatchObject({ level: "info", message: expect.stringMatching(/needs a sign-in/) });
  });
});

describe("listeningAddresses", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it("finds the address a server in this process is bound to", async () => {
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    expect(listeningAddresses()).toContain(`127.0.0.1:${port}`);
  });
});
