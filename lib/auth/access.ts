import "server-only";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { registerSecret } from "@/lib/log";
import { revokedSessions } from "@/lib/store/revoked-sessions";
import { hostAllowed, hostRefusal } from "./host";
import { safeNextPath } from "./next-path";
import { checkSession, clearedSessionCookie, deriveSessionKey, loadSessionSecret, passwordMatches, readSessionCookie, sessionCookie, signSession, type SessionCheck } from "./session";

/** With STUDIO_PASSWORD set, every page, /api and /v1 route needs a session (see proxy.ts). */
export function accessRequired(): boolean {
  return env().STUDIO_PASSWORD !== undefined;
}

let cached: { password: string; dataDir: string; key: Buffer } | undefined;

function sessionKey(password: string): Buffer {
  const dataDir = env().DATA_DIR;
  if (cached?.password !== password || cached.dataDir !== dataDir) {
    registerSecret(password);
    cached = { password, dataDir, key: deriveSessionKey(loadSessionSecret(dataDir), password) };
  }
  return cached.key;
}

/**
 * Whether the browser reached the studio over https: directly, or through a reverse proxy that says so
 * in X-Forwarded-Proto (the proxy must set that header itself, overwriting any the client sent).
 */
export function isHttpsRequest(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return new URL(request.url).protocol === "https:" || forwarded === "https";
}

function sessionOf(request: Request): SessionCheck {
  return sessionOfCookies(request.headers.get("cookie"));
}

function sessionOfCookies(cookieHeader: string | null): SessionCheck {
  const password = env().STUDIO_PASSWORD;
  if (password === undefined) return { status: "bad" };
  return checkSession(sessionKey(password), readSessionCookie(cookieHeader));
}

/** A signed, unexpired cookie that was not signed out. The database is asked only once the signature holds. */
export function hasSession(request: Request): boolean {
  return hasSessionCookie(request.headers.get("cookie"));
}

/** hasSession for a Cookie header alone (a server page has its request's headers, not the request). */
export function hasSessionCookie(cookieHeader: string | null): boolean {
  const session = sessionOfCookies(cookieHeader);
  return session.status === "ok" && !revokedSessions().isRevoked(session.nonce);
}

/**
 * The access rule inside a server page that reads data (the compose page's "Duplicate and edit"
 * reads a task), for the same reason as requireAccess: where to send a stranger (the login page,
 * then back to `path`), or null to go on.
 */
export function pageAccessRedirect(cookieHeader: string | null, path: string): string | null {
  if (!accessRequired() || hasSessionCookie(cookieHeader)) return null;
  const next = safeNextPath(path);
  return next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}

/**
 * The access rule again, inside each /api route handler: proxy.ts already enforces it, but a route
 * must not rely on the proxy alone (a changed matcher, or a bypass like CVE-2025-29927, would open
 * every route). Throws the same 401 the proxy answers.
 */
export function requireAccess(request: Request): void {
  if (!accessRequired()) return requireLocalHost(request);
  if (!hasSession(request)) throw new ApiError("unauthenticated");
}

/** The Host a request was sent to (what the browser looked up, which a page cannot change). */
const hostOf = (request: Request) => request.headers.get("host") ?? new URL(request.url).host;

/**
 * Without a password, the studio is for this machine only, and a request must say so in its Host:
 * otherwise it may be a page from another site that rebound its own name to 127.0.0.1 (lib/auth/host.ts).
 */
export function requireLocalHost(request: Request): void {
  requireLocalHostName(hostOf(request));
}

/** requireLocalHost for a Host header alone (a server page has its request's headers), a no-op with a password. */
export function requireLocalHostName(host: string | null): void {
  if (accessRequired()) return;
  if (!hostAllowed(host, env().STUDIO_ALLOWED_HOSTS)) throw new ApiError("host_not_allowed", hostRefusal(host));
}

export function passwordIsRight(given: string): boolean {
  const password = env().STUDIO_PASSWORD;
  return password !== undefined && passwordMatches(given, password);
}

/** A Set-Cookie header value that starts a session of STUDIO_SESSION_HOURS. */
export function startSessionCookie(request: Request, now = Date.now()): string {
  const { STUDIO_PASSWORD: password, STUDIO_SESSION_HOURS: hours } = env();
  if (password === undefined) throw new Error("no STUDIO_PASSWORD: there is no session to start");
  const maxAgeS = hours * 3600;
  return sessionCookie(signSession(sessionKey(password), now + maxAgeS * 1000), { maxAgeS, secure: isHttpsRequest(request) });
}

/**
 * Signs out: the request's session is refused from now on, on the server, so a copy of the cookie
 * is worth nothing either. Returns the Set-Cookie header value that clears the browser's cookie
 * (also when there was no live session to end).
 */
export function endSession(request: Request): string {
  const session = sessionOf(request);
  if (session.status === "ok") revokedSessions().revoke(session.nonce, session.expiresAt);
  return clearedSessionCookie(isHttpsRequest(request));
}
