import { ApiError, type ErrorCode, type FieldIssue } from "@/lib/errors";
import type { LinkupErrorBody } from "./schemas";

/** Linkup's error codes → the studio's. Anything unknown falls back on the HTTP status. */
const byCode: Record<string, ErrorCode> = {
  VALIDATION_ERROR: "bad_request",
  UNAUTHORIZED: "linkup_unauthorized",
  X402_PAYMENT_REQUIRED: "linkup_payment_required",
  FORBIDDEN: "linkup_forbidden",
  IP_NOT_WHITELISTED: "linkup_ip_not_whitelisted",
  TASK_TYPE_NOT_SUPPORTED: "extract_not_enabled",
  TASK_NOT_FOUND: "not_found",
  INSUFFICIENT_FUNDS_CREDITS: "insufficient_credits",
  EXCEED_BUDGET_LIMIT: "budget_exceeded",
  TASKS_QUEUE_LIMIT_EXCEEDED: "queue_full",
  TOO_MANY_REQUESTS: "rate_limited",
  INTERNAL_SERVER_ERROR: "upstream_error",
};

function byStatus(status: number): ErrorCode {
  if (status === 400 || status === 422) return "bad_request";
  if (status === 401) return "linkup_unauthorized";
  if (status === 402) return "linkup_payment_required";
  if (status === 403) return "linkup_forbidden";
  if (status === 404) return "not_found";
  if (status === 408 || status === 504) return "upstream_timeout";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "upstream_error";
  return "bad_upstream_response";
}

/** Parses a Retry-After header (seconds or HTTP date) into seconds from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - now) / 1000);
}

/**
 * Builds the ApiError for an upstream failure. The user sees the studio's own sentence; Linkup's
 * message is only kept for validation details (it names the field) and for the server log.
 */
export function mapLinkupError(status: number, body: LinkupErrorBody | null, retryAfter?: number): ApiError {
  const code = (body && byCode[body.error.code]) ?? byStatus(status);
  let details: FieldIssue[] = [];
  let message: string | undefined;
  if (code === "bad_request") {
    details = (body?.error.details ?? [])
      .filter((d) => d.field || d.message)
      .map((d) => ({ field: d.field ?? "request", message: d.message ?? "is invalid" }));
    message = details.length
      ? `Linkup rejected the request: ${details.map((d) => `${d.field} ${d.message}`).join("; ")}.`
      : "Linkup rejected the request as invalid.";
  }
  if (code === "not_found") message = "This task does not exist, or it belongs to another Linkup organisation.";
  // Linkup said how long to wait: say it, rather than "a moment".
  if (code === "rate_limited" && retryAfter !== undefined) message = `Linkup is rate-limiting the studio. Try again in ${waitText(retryAfter)}.`;
  return new ApiError(code, message, { details, retryAfter });
}

function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 90) return `${s} second${s === 1 ? "" : "s"}`;
  const m = Math.ceil(s / 60);
  return `${m} minute${m === 1 ? "" : "s"}`;
}
