import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { linkupError, requireEngineAuth } from "@/lib/engine/v1";
import { ApiError } from "@/lib/errors";
import { accessRequired, hasSession, requireLocalHost } from "./access";
import { safeNextPath } from "./next-path";

export type Area = "page" | "login" | "api" | "public-api" | "v1" | "v1-result";

/** Which rule a path falls under. Static assets never reach here (see the matcher in proxy.ts). */
export function areaOf(pathname: string): Area {
  if (pathname === "/login") return "login";
  // With a password, health answers anyone (start-up probes), but says nothing beyond "ok" without a
  // session; without one, like every route, only requests to this machine's own names (an IP address too).
  if (pathname === "/api/health" || pathname === "/api/session") return "public-api";
  if (/^\/api(\/|$)/.test(pathname)) return "api";
  // A signed result link is its own credential (the route verifies the signature), as with Linkup's.
  if (/^\/v1\/extract\/[^/]+\/result$/.test(pathname)) return "v1-result";
  if (/^\/v1(\/|$)/.test(pathname)) return "v1";
  return "page";
}

/**
 * The access rule in front of every route: with STUDIO_PASSWORD set, pages send strangers to the
 * login page, /api answers 401 in the studio's error shape, /v1 in Linkup's. Returns the response to
 * send instead of the route's, or null to let the request through.
 */
export function gate(request: NextRequest): Response | null {
  const area = areaOf(request.nextUrl.pathname);
  if (area === "v1") {
    // The engine's own rule (session, bearer key, or loopback while the studio has no password).
    try {
      requireEngineAuth(request);
      return null;
    } catch (err) {
      return linkupError(err);
    }
  }
  // A signed result link is its own credential, whatever name it was fetched by.
  if (area === "v1-result") return null;
  if (!accessRequired()) return localHostRefusal(request, area);
  if (area === "public-api") return null;
  const signedIn = hasSession(request);
  if (area === "login") {
    return signedIn ? NextResponse.redirect(new URL(safeNextPath(request.nextUrl.searchParams.get("next")), request.url)) : null;
  }
  if (signedIn) return null;
  if (area === "api" || (request.method !== "GET" && request.method !== "HEAD")) return new ApiError("unauthenticated").toResponse();
  const login = new URL("/login", request.url);
  const next = safeNextPath(`${request.nextUrl.pathname}${request.nextUrl.search}`);
  if (next !== "/") login.searchParams.set("next", next);
  return NextResponse.redirect(login);
}

/** Without a password: null for a request to this machine's own name, else the refusal (a page for a browser's page load). */
function localHostRefusal(request: NextRequest, area: Area): Response | null {
  try {
    requireLocalHost(request);
    return null;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const pageLoad = (area === "page" || area === "login") && (request.method === "GET" || request.method === "HEAD");
    return pageLoad ? refusalPage(err) : err.toResponse();
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function refusalPage(err: ApiError): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Extract Studio: wrong address</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;line-height:1.5"><h1>Wrong address for this studio</h1><p>${escapeHtml(err.message)}</p></body></html>`;
  return new Response(html, {
    status: err.status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}
