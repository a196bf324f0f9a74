import "server-only";
import { timingSafeEqual } from "node:crypto";
import { errorResponse } from "@/lib/api/handler";
import { env } from "@/lib/env";
import { ApiError, type ErrorCode } from "@/lib/errors";
import type { Task } from "@/lib/extract/types";
import { resultLink } from "./links";
import type { EmbeddedProvider } from "./provider";

/**
 * The embedded engine's Linkup-compatible API (/v1/extract): Linkup's task shape, error shape and
 * signed result links, so any Linkup client can point at the studio.
 */
const linkupCodes: Partial<Record<ErrorCode, string>> = {
  bad_request: "VALIDATION_ERROR",
  not_found: "TASK_NOT_FOUND",
  result_not_ready: "VALIDATION_ERROR",
  linkup_unauthorized: "UNAUTHORIZED",
  linkup_forbidden: "FORBIDDEN",
  rate_limited: "TOO_MANY_REQUESTS",
};

export function linkupError(err: unknown): Response {
  if (!(err instanceof ApiError)) {
    errorResponse(err); // logs it
    return linkupError(new ApiError("internal"));
  }
  const status = err.code === "linkup_unauthorized" ? 401 : err.code === "internal" ? 500 : err.status;
  const code = linkupCodes[err.code] ?? (status >= 500 ? "INTERNAL_SERVER_ERROR" : "VALIDATION_ERROR");
  if (status >= 500) errorResponse(err); // logs it
  return Response.json(
    { statusCode: status, error: { code, message: err.message, details: err.details } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/** With ENGINE_API_KEY set, callers must send it as a bearer token. */
export function requireEngineAuth(request: Request) {
  const key = env().ENGINE_API_KEY;
  if (!key) return;
  const given = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new ApiError("linkup_unauthorized", "Missing or invalid API key: send Authorization: Bearer <ENGINE_API_KEY>.");
  }
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
