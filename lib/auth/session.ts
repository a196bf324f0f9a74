import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { loadSecretFile } from "@/lib/store/secret-file";

/**
 * The studio's sign-in session: a signed cookie `v1.<expires ms>.<nonce>.<HMAC>`. The HMAC key is
 * derived from the password and a per-installation secret, so changing STUDIO_PASSWORD (or deleting
 * the secret file) ends every session, and a stolen cookie cannot be used to guess the password offline.
 * Signing out ends one session: its nonce is kept as revoked (lib/store/revoked-sessions.ts).
 */
const SESSION_COOKIE = "studio_session";

const FORMAT = /^v1\.(\d{1,16})\.([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/;

/** A per-installation secret, created once in DATA_DIR (0600). */
export function loadSessionSecret(dataDir: string): Buffer {
  return loadSecretFile(dataDir, "session-secret");
}

export function deriveSessionKey(installationSecret: Buffer, password: string): Buffer {
  return createHmac("sha256", installationSecret).update(`extract-studio session v1\n${password}`).digest();
}

function mac(key: Buffer, payload: string): string {
  return createHmac("sha256", key).update(payload).digest("base64url");
}

export function signSession(key: Buffer, expiresAt: number, nonce = randomBytes(18).toString("base64url")): string {
  const payload = `v1.${Math.floor(expiresAt)}.${nonce}`;
  return `${payload}.${mac(key, payload)}`;
}

export type SessionCheck = { status: "ok"; nonce: string; expiresAt: number } | { status: "expired" | "bad" };

/** The cookie's verdict and, for a live one, what identifies it (its nonce) and when it dies. */
export function checkSession(key: Buffer, value: string | undefined | null, now = Date.now()): SessionCheck {
  const match = value ? FORMAT.exec(value) : null;
  if (!match) return { status: "bad" };
  const [, expires, nonce, sig] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(mac(key, `v1.${expires}.${nonce}`), "base64url");
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: "bad" };
  const expiresAt = Number(expires);
  return expiresAt <= now ? { status: "expired" } : { status: "ok", nonce, expiresAt };
}

export function verifySession(key: Buffer, value: string | undefined | null, now = Date.now()): "ok" | "expired" | "bad" {
  return checkSession(key, value, now).status;
}

/** Constant-time whatever the lengths: both sides are hashed to 32 bytes first. */
export function passwordMatches(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export function sessionCookie(value: string, options: { maxAgeS: number; secure: boolean }): string {
  return [`${SESSION_COOKIE}=${value}`, "Path=/", `Max-Age=${options.maxAgeS}`, "HttpOnly", "SameSite=Strict", ...(options.secure ? ["Secure"] : [])].join("; ");
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie("", { maxAgeS: 0, secure });
}

/** The session cookie's value from a Cookie header (the first one, as browsers send the most specific first). */
export function readSessionCookie(cookieHeader: string | null): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}
