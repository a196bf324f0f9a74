import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  checkSession,
  clearedSessionCookie,
  deriveSessionKey,
  loadSessionSecret,
  passwordMatches,
  readSessionCookie,
  sessionCookie,
  signSession,
  verifySession,
} from "./session";

const secret = Buffer.alloc(32, 7);
const key = deriveSessionKey(secret, "correct horse battery");

describe("session cookie", () => {
  it("verifies what it signed until it expires", () => {
    const value = signSession(key, 10_000);
    expect(value).toMatch(/^v1\.10000\.[\w-]+\.[\w-]{43}$/);
    expect(verifySession(key, value, 9_999)).toBe("ok");
    expect(verifySession(key, value, 10_000)).toBe("expired");
  });

  it("names a live session by its nonce and expiry (what sign-out revokes), and nothing else", () => {
    const value = signSession(key, 10_000, "abcdefghijklmnopqrstuv");
    expect(checkSession(key, value, 9_999)).toEqual({ status: "ok", nonce: "abcdefghijklmnopqrstuv", expiresAt: 10_000 });
    expect(checkSession(key, value, 10_000)).toEqual({ status: "expired" });
    expect(checkSession(key, `${value}x`, 0)).toEqual({ status: "bad" });
  });

  it("refuses a tampered expiry, nonce or signature", () => {
    const value = signSession(key, 10_000, "abcdefghijklmnopqrstuv");
    const [v, expires, nonce, sig] = value.split(".") as [string, string, string, string];
    expect(verifySession(key, [v, "99999999", nonce, sig].join("."), 0)).toBe("bad");
    expect(verifySession(key, [v, expires, "abcdefghijklmnopqrstuw", sig].join("."), 0)).toBe("bad");
    const flipped = sig.startsWith("A") ? `B${sig.slice(1)}` : `A${sig.slice(1)}`;
    expect(verifySession(key, [v, expires, nonce, flipped].join("."), 0)).toBe("bad");
    expect(verifySession(key, `${value}x`, 0)).toBe("bad");
    expect(verifySession(key, "", 0)).toBe("bad");
    expect(verifySession(key, undefined, 0)).toBe("bad");
  });

  it("is ended by a new password or a new installation secret", () => {
    const value = signSession(key, 10_000);
    expect(verifySession(deriveSessionKey(secret, "correct horse battery!"), value, 0)).toBe("bad");
    expect(verifySession(deriveSessionKey(Buffer.alloc(32, 8), "correct horse battery"), value, 0)).toBe("bad");
  });

  it("sets HttpOnly, SameSite=Strict, Path=/ and Secure only over https", () => {
    expect(sessionCookie("v", { maxAgeS: 60, secure: false })).toBe("studio_session=v; Path=/; Max-Age=60; HttpOnly; SameSite=Strict");
    expect(sessionCookie("v", { maxAgeS: 60, secure: true })).toMatch(/; Secure$/);
    expect(clearedSessionCookie(false)).toMatch(/^studio_session=; Path=\/; Max-Age=0;/);
  });

  it("reads its cookie among others", () => {
    expect(readSessionCookie("a=1; studio_session=v1.2.x.y; b=2")).toBe("v1.2.x.y");
    expect(readSessionCookie("xstudio_session=1")).toBeUndefined();
    expect(readSessionCookie(null)).toBeUndefined();
  });
});

describe("passwordMatches", () => {
  it("matches only the exact password, whatever the lengths", () => {
    expect(passwordMatches("correct horse battery", "correct horse battery")).toBe(true);
    expect(passwordMatches("correct horse batter", "correct horse battery")).toBe(false);
    expect(passwordMatches("", "correct horse battery")).toBe(false);
  });
});

describe("loadSessionSecret", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "session-secret-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates a private 32-byte secret once and reads the same one after", () => {
    const first = loadSessionSecret(path.join(dir, "data"));
    expect(first).toHaveLength(32);
    expect(statSync(path.join(dir, "data", "session-secret")).mode & 0o777).toBe(0o600);
    expect(loadSessionSecret(path.join(dir, "data")).equals(first)).toBe(true);
  });
});
