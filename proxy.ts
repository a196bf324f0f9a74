import { NextResponse, type NextRequest } from "next/server";
import { areaOf, gate } from "@/lib/auth/gate";

/**
 * A strict Content-Security-Policy with a fresh nonce per page request: Next puts the nonce on its
 * own scripts (it reads the policy from the request headers), and nothing else may run. Styles allow
 * inline because AG Grid and Monaco inject <style> elements at run time; nothing is loaded from
 * another origin.
 */
function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

// Runs in the Node.js runtime (Next 16's only one for proxy): gate() reads the session secret file
// and the revoked sessions in SQLite.
export function proxy(request: NextRequest) {
  const denied = gate(request);
  if (denied) return denied;
  // The policy is for pages: API and /v1 answer JSON or NDJSON (their own headers say nosniff, no
  // framing), and a prefetch must not be cached with a nonce of its own.
  const area = areaOf(request.nextUrl.pathname);
  const prefetch = request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
  if ((area !== "page" && area !== "login") || prefetch) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Everything but build assets and the app icons (app/favicon.ico, app/icon.svg: the login page
  // shows them to strangers too): access (lib/auth/gate.ts) covers pages, /api and /v1, prefetches included.
  matcher: ["/((?!_next/static/|_next/image|favicon.ico|icon.svg).*)"],
};
