import "server-only";
import { errorResponse } from "@/lib/api/handler";
import { accessRequired, hasSession } from "@/lib/auth/access";
import { isLoopbackAddress, listeningAddresses } from "@/lib/auth/bind";
import { passwordMatches } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { ApiError, type ErrorCode } from "@/lib/errors";
import { listParamsSchema, taskIdSchema, type Task, type TaskPage } from "@/lib/extract/types";
import { resultLink, verifyResultSignature } from "./links";
import type { EmbeddedProvider } from "./provider";

/**
 * The embedded engine's Linkup-compatible API (/v1/extract): Linkup's task shape, error shape and
 * signed result links, so any Linkup client can point at the studio.
 */
const linkupCodes: Partial<Record<ErrorCode, string>> = {
  bad_request: "VALIDATION_ERROR",
  not_found: "TASK_NOT_FOUND",
  // Linkup documents no code for a method a route does not serve; this one says what happened.
  method_not_allowed: "METHOD_NOT_ALLOWED",
  // A result link to a task with no result: there is no such result (see linkupStatus).
  result_not_ready: "TASK_NOT_FOUND",
  linkup_unauthorized: "UNAUTHORIZED",
  linkup_forbidden: "FORBIDDEN",
  rate_limited: "TOO_MANY_REQUESTS",
  queue_full: "TASKS_QUEUE_LIMIT_EXCEEDED",
};

export function linkupError(err: unknown): Response {
  if (!(err instanceof ApiError)) {
    errorResponse(err); // logs it
    return linkupError(new ApiError("internal"));
  }
  const status = linkupStatus(err);
  const code = linkupCodes[err.code] ?? (status >= 500 ? "INTERNAL_SERVER_ERROR" : "VALIDATION_ERROR");
  if (status >= 500) errorResponse(err); // logs it
  return Response.json(
    { statusCode: status, error: { code, message: err.message, details: err.details } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/**
 * The status of `err` in Linkup's table, which has no 409, 413 or 415: a body that is not JSON or too
 * large is a VALIDATION_ERROR, answered 400 as every other; a result link to a task with no result
 * (failed, or not yet completed: the studio's own API says 409) is 404, as for a result that does not
 * exist. 405 METHOD_NOT_ALLOWED stays: the contract has no row for it either, and 405 says it.
 */
function linkupStatus(err: ApiError): number {
  if (err.code === "linkup_unauthorized") return 401;
  if (err.code === "internal") return 500;
  if (err.code === "bad_request") return 400;
  if (err.code === "result_not_ready") return 404;
  return err.status;
}

/**
 * The task id of a /v1/extract/{id} path. Linkup answers an unknown id with 404 TASK_NOT_FOUND, and an
 * id that cannot be a task's (abc.def, ../x) is unknown too: it gets that answer, not a 400 about a
 * field the caller never sent. The schema still keeps such ids from going any further.
 */
export function taskIdFromPath(raw: string): string {
  const parsed = taskIdSchema.safeParse(raw);
  if (!parsed.success) throw new ApiError("not_found", "This task does not exist.");
  return parsed.data;
}

/**
 * Whether a request reached the studio from this machine: addressed to a loopback host and not
 * forwarded by a proxy (which would mean it came from beyond).
 */
export function isLoopbackRequest(request: Request): boolean {
  // Next itself sets X-Forwarded-For to the peer's address; a proxy in front adds the real client's.
  const hops = [
    ...(request.headers.get("x-forwarded-for") ?? "").split(","),
    request.headers.get("x-real-ip") ?? "",
    ...[...(request.headers.get("forwarded") ?? "").matchAll(/for="?\[?([^\]";,]+)/gi)].map((m) => m[1] ?? ""),
  ]
    .map((h) => h.trim())
    .filter(Boolean);
  const host = request.headers.get("host") ?? new URL(request.url).host;
  return isLoopbackName(host.replace(/:\d+$/, "")) && hops.every(isLoopbackName);
}

function isLoopbackName(value: string): boolean {
  const name = value.replace(/^\[|\]$/g, "").replace(/^::ffff:/i, "").toLowerCase();
  return name === "localhost" || name === "::1" || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * Whether the server listens on loopback only (or a Unix socket). The request's own headers cannot
 * say where it came from (a client may send `Host: 127.0.0.1` and its own `X-Forwarded-For`, which
 * Next keeps), but the sockets the process listens on can: on loopback only, nothing beyond this
 * machine reaches it except through a proxy here, which the forwarding headers then reveal. Unknown
 * (no listening socket found) counts as beyond, as it does for the start-up bind check.
 */
function listensOnLoopbackOnly(): boolean {
  const addresses = listeningAddresses();
  return addresses.length > 0 && addresses.every(isLoopbackAddress);
}

/**
 * The engine's API spends CPU and fetches pages for its callers. A signed-in studio session is enough
 * (STUDIO_PASSWORD); otherwise, with ENGINE_API_KEY set, callers must send it as a bearer token, and
 * without one the API answers only requests from this machine, and only while the studio has no
 * password and listens on loopback only (STUDIO_INSECURE=1 on 0.0.0.0 needs ENGINE_API_KEY for /v1).
 * proxy.ts applies this before any /v1 route runs; the routes apply it again.
 */
export function requireEngineAuth(request: Request) {
  if (hasSession(request)) return;
  const key = env().ENGINE_API_KEY;
  if (!key) {
    if (accessRequired()) {
      throw new ApiError("linkup_unauthorized", "Sign in to the studio first, or set ENGINE_API_KEY on the server and send it as Authorization: Bearer <key>.");
    }
    if (listensOnLoopbackOnly() && isLoopbackRequest(request)) return;
    throw new ApiError(
      "linkup_unauthorized",
      "The engine's API is reachable beyond this machine: set ENGINE_API_KEY on the server and send it as Authorization: Bearer <key>.",
    );
  }
  const given = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  // Hashed to equal lengths first, so the time taken says nothing about the key's length either.
  if (!passwordMatches(given, key)) {
    throw new ApiError("linkup_unauthorized", "Missing or invalid API key: send Authorization: Bearer <ENGINE_API_KEY>.");
  }
}

/** A host, or host:port, and nothing else (no path, user info or spaces to smuggle into a link). */
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

/**
 * The origin a client reached the studio at, for the result links it is sent: behind the README's
 * reverse proxy that is the public host (X-Forwarded-Host or Host) and scheme (X-Forwarded-Proto),
 * not the address Next listens on (request.nextUrl says localhost:PORT there). The link goes back
 * only to the client that sent these headers, and is signed, so a made-up host fools only itself.
 */
export function publicOrigin(request: Request): string {
  const own = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim() ?? "";
  const host = [first("x-forwarded-host"), first("host")].find((h) => HOST.test(h)) ?? own.host;
  const proto = first("x-forwarded-proto").toLowerCase();
  return `${proto === "https" || proto === "http" ? proto : own.protocol.replace(/:$/, "")}://${host.toLowerCase()}`;
}

export function toLinkupTask(task: Task, engine: EmbeddedProvider, origin: string) {
  return {
    id: task.id,
    type: "extract",
    status: task.status,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
    error: task.error,
    input: task.input,
    output:
      task.status === "completed" && task.output
        ? { creditsUsed: 0, resultUrl: resultLink(engine.signingSecret, origin, task.id), rowsReturned: task.output.rowsReturned }
        : null,
  };
}

/** GET /v1/extract's query: Linkup's bounds (1 ≤ page, 1 ≤ pageSize ≤ 100, sortBy, sortDirection), 10 rows a page unless asked. */
export const linkupListQuerySchema = listParamsSchema.extend({ pageSize: listParamsSchema.shape.pageSize.default(10) });

export function toLinkupPage(page: TaskPage, engine: EmbeddedProvider, origin: string) {
  return { metadata: page.metadata, data: page.data.map((t) => toLinkupTask(t, engine, origin)) };
}

/**
 * A result link's signature is its only credential: one that has expired, was forged or was made for
 * another task is refused with 403 FORBIDDEN, as Linkup refuses what a caller may not have.
 */
export function assertResultLink(secret: Buffer, id: string, search: URLSearchParams, now = Date.now()) {
  const verdict = verifyResultSignature(secret, id, search.get("expires"), search.get("sig"), now);
  if (verdict === "ok") return;
  const message = verdict === "expired" ? "This result link has expired: get the task again for a fresh one." : "This result link is not valid.";
  throw new ApiError("linkup_forbidden", message, { status: 403 });
}
