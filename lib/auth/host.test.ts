import { describe, expect, it } from "vitest";
import { hostAllowed, hostName, hostRefusal } from "./host";

describe("hostAllowed (a studio without a password)", () => {
  it("answers this machine's names and IP addresses, at any port", () => {
    for (const host of ["localhost", "localhost:3000", "LOCALHOST:1", "127.0.0.1:3000", "127.0.0.2", "[::1]:3000", "[::1]", "10.0.0.5:3000", "[fe80::1]:80", "app.localhost:3000", "studio.localhost"]) {
      expect(hostAllowed(host, []), host).toBe(true);
    }
  });

  it("refuses any other name: a rebound one points at 127.0.0.1 too", () => {
    for (const host of ["attacker.example:4813", "evil.example", "localhost.evil.example", "localhost-evil.example", "evillocalhost", "127.0.0.1.nip.io:3000", "", "a b", "user@localhost"]) {
      expect(hostAllowed(host, []), host).toBe(false);
    }
    expect(hostAllowed(null, [])).toBe(false);
  });

  it("answers names the operator lists, whatever their port and case", () => {
    expect(hostAllowed("Studio.LAN:3000", ["studio.lan"])).toBe(true);
    expect(hostAllowed("studio.lan", ["studio.lan:3000"])).toBe(true);
    expect(hostAllowed("other.lan", ["studio.lan"])).toBe(false);
  });

  it("reads the name of a Host value", () => {
    expect(hostName("[::1]:3000")).toBe("::1");
    expect(hostName("Example.com.:80")).toBe("example.com");
    expect(hostName("a/b")).toBe("");
  });

  it("says why and what to do, naming the host", () => {
    expect(hostRefusal("evil.example:1")).toMatch(/not at “evil\.example”.*STUDIO_PASSWORD.*STUDIO_ALLOWED_HOSTS/);
  });
});
