import { ApiError, type ErrorCode, type FieldIssue } from "@/lib/errors";
import { redact } from "@/lib/log";
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
 * Linkup's message, if it is one plain sentence a user can read: not markup, JSON or a stack trace,
 * not over a few lines' length, and carrying no secret (what `redact` would change is dropped whole,
 * not shown with a hole in it).
 */
function plainSentence(text: string | undefined): string | null {
  const t = text?.trim() ?? "";
  if (t.length < 3 || t.length > 300 || !/\p{L}{2}/u.test(t)) return null;
  if (/[\u0000-\u001f\u007f<>{}[\]`\\]/.test(t)) return null;
  if (redact(t) !== t) return null;
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * Builds the ApiError for an upstream failure. The user sees the studio's own sentence; Linkup's
 * message is only kept for validation errors (the details name the field; without details, its
 * message says what is wrong) and for the server log.
 */
export function mapLinkupError(status: number, body: LinkupErrorBody | null, retryAfter?: number): ApiError {
  const code = (body && byCode[body.error.code]) ?? byStatus(status);
  let details: FieldIssue[] = [];
  let message: string | undefined;
  if (code === "bad_request") {
    details = (body?.error.details ?? [])
      .filter((d) => d.field || d.message)
      // Linkup's words reach the browser: a secret it echoes is blanked out, as in the log.
      .map((d) => ({ field: redact(d.field ?? "request"), message: redact(d.message ?? "is invalid") }));
    const reason = plainSentence(body?.error.message);
    if (details.length) message = `Linkup rejected the request: ${details.map((d) => `${d.field} ${d.message}`).join("; ")}.`;
    // With no details, Linkup's own message is the only thing that says what to change.
    else message = reason ? `Linkup rejected the request: ${reason}` : "Linkup rejected the request as invalid.";
  }
  if (code === "not_found") message = "This task does not exist, or it belongs to another Linkup organisation.";
  // Linkup said how long to wait: say it, rather than "a moment".
  if (code === "rate_limited" && retryAfter !== undefined) return rateLimitedFor(retryAfter);
  // Down for maintenance (503 with Retry-After): "a few minutes" would contradict the wait Linkup gave.
  if (code === "upstream_error" && retryAfter !== undefined) message = `Linkup failed while handling the request. Try again in ${waitText(retryAfter)}.`;
  return new ApiError(code, message, { details, retryAfter });
}

/** Linkup is rate-limiting the studio for `seconds` more: the error says how long to wait. */
export function rateLimitedFor(seconds: number): ApiError {
  return new ApiError("rate_limited", `Linkup is rate-limiting the studio. Try again in ${waitText(seconds)}.`, { retryAfter: seconds });
}

function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 90) return `${s} second${s === 1 ? "" : "s"}`;
  const m = Math.ceil(s / 60);
  return `${m} minute${m === 1 ? "" : "s"}`;
}
