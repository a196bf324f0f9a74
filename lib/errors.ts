/**
 * One error vocabulary for the whole studio. Route handlers answer with `toResponse()`, the browser's
 * fetcher rethrows the same class from the body, so the UI can say exactly what went wrong.
 * No server-only imports here: this module is shared by server and client.
 */
export const errorCodes = {
  bad_request: { status: 400, message: "The request is invalid." },
  not_found: { status: 404, message: "Not found." },
  method_not_allowed: { status: 405, message: "This route does not answer that method." },
  result_not_ready: { status: 409, message: "This task has no result yet: it has not completed." },
  linkup_unauthorized: {
    status: 502,
    message: "Ask whoever runs the studio to fix its Linkup key: Linkup rejected the studio's API key, so nothing runs on Linkup until then. (For them: check LINKUP_API_KEY on the server, then restart the studio.)",
  },
  linkup_payment_required: {
    status: 402,
    message: "Linkup requires a payment for this request. Add credits or a payment method to your Linkup organisation.",
  },
  linkup_forbidden: {
    status: 403,
    message: "Linkup refused this request: the studio's key has no permission for it.",
  },
  linkup_ip_not_whitelisted: {
    status: 403,
    message: "Linkup refused this request: the studio server's IP address is not on your organisation's allow-list.",
  },
  extract_not_enabled: {
    status: 403,
    message: "Extract (closed beta) is not enabled for this Linkup organisation. Ask Linkup to enable it for your account.",
  },
  insufficient_credits: {
    status: 402,
    message: "Your Linkup organisation is out of credit. Top up credits in the Linkup dashboard, then run again.",
  },
  budget_exceeded: {
    status: 402,
    message: "This run would exceed your Linkup organisation's budget limit. Raise the limit in the Linkup dashboard, or wait for it to reset.",
  },
  queue_full: {
    status: 429,
    message: "Linkup already has the maximum of 100 queued tasks for your organisation. Wait for some to finish, then run again.",
  },
  rate_limited: {
    status: 429,
    message: "Linkup is rate-limiting the studio. Wait a moment and try again.",
  },
  upstream_error: {
    status: 502,
    message: "Linkup failed while handling the request. Try again in a few minutes.",
  },
  upstream_unavailable: {
    status: 502,
    message: "Try again in a few minutes: the studio could not reach Linkup. If it keeps failing, tell whoever runs the studio. (For them: check the server's network connection and LINKUP_BASE_URL.)",
  },
  upstream_timeout: {
    status: 504,
    message: "Linkup did not answer in time. Try again in a moment.",
  },
  bad_upstream_response: {
    status: 502,
    message: "Linkup answered with something the studio does not understand. Try again; if it persists, the API may have changed.",
  },
  studio_unreachable: {
    status: 503,
    message: "The studio server could not be reached. Check that it is running and your connection, then try again.",
  },
  download_interrupted: {
    status: 502,
    message: "The download of the rows broke off. Retry to load the rest.",
  },
  too_many_tasks_overall: {
    status: 429,
    message: "Wait a while, then run again: everyone using the studio has together started as many extractions as it allows for now. (Whoever runs the studio sets that limit: STUDIO_CREATE_LIMIT_TOTAL.)",
  },
  task_ended: {
    status: 409,
    message: "This task has already ended, so there is nothing to cancel.",
  },
  cancel_not_supported: {
    status: 409,
    message: "Linkup tasks cannot be cancelled: Linkup's API has no way to stop a task, so it runs to its end on Linkup. Only free previews on the embedded engine can be cancelled.",
  },
  saved_name_taken: {
    status: 409,
    message: "Another saved extraction already has this name (names are compared ignoring case). Choose another name.",
  },
  too_many_tasks: {
    status: 429,
    message: "Wait a while, then run again: you have started as many extractions as the studio allows one person for now. (Whoever runs the studio sets that limit: STUDIO_CREATE_LIMIT.)",
  },
  cross_origin: {
    status: 403,
    message: "This request came from another site. Use the studio's own pages to make changes.",
  },
  host_not_allowed: {
    status: 403,
    message: "This studio has no password, so it answers only at this machine's own addresses (localhost, 127.0.0.1, [::1]).",
  },
  unauthenticated: {
    status: 401,
    message: "Sign in to use the studio: you are not signed in, or your session has ended.",
  },
  wrong_password: {
    status: 401,
    message: "That password is not right. Check it and try again.",
  },
  too_many_logins: {
    status: 429,
    message: "Too many failed sign-ins from here. Wait a while, then try again.",
  },
  access_off: {
    status: 404,
    message: "Use the studio without signing in: sign-in is off on this studio. (Whoever runs the studio turns it on with STUDIO_PASSWORD.)",
  },
  internal: { status: 500, message: "Something went wrong in the studio. Try again; the server log has the details." },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldIssue {
  field: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: FieldIssue[]; retryAfter?: number };
}

const brand = Symbol.for("extract-studio.api-error");

export class ApiError extends Error {
  /**
   * `instanceof` by brand, not by class identity: Next bundles server code more than once (route
   * handlers, instrumentation), so an error made by one copy of this module must still be
   * recognised by another.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;
  }

  readonly [brand] = true;
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: FieldIssue[];
  /** Seconds the caller should wait before retrying, when known. */
  readonly retryAfter: number | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    options: { details?: FieldIssue[]; retryAfter?: number; cause?: unknown; status?: number } = {},
  ) {
    super(message ?? errorCodes[code].message, { cause: options.cause });
    this.name = "ApiError";
    this.code = code;
    this.status = options.status ?? errorCodes[code].status;
    this.details = options.details ?? [];
    this.retryAfter = options.retryAfter;
  }

  toJSON(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details.length ? { details: this.details } : {}),
        ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
      },
    };
  }

  toResponse(): Response {
    const headers: Record<string, string> = { "cache-control": "no-store" };
    if (this.retryAfter !== undefined) headers["retry-after"] = String(Math.ceil(this.retryAfter));
    return Response.json(this.toJSON(), { status: this.status, headers });
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(errorCodes, value);
}

/** Rebuild an ApiError from a studio error body (the browser side of `toResponse`). */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  if (body && typeof body === "object" && "error" in body) {
    const err = (body as { error: unknown }).error;
    if (err && typeof err === "object") {
      const e = err as Record<string, unknown>;
      const code = isErrorCode(e.code) ? e.code : status >= 500 ? "internal" : "bad_request";
      const details = Array.isArray(e.details)
        ? e.details.filter(
            (d): d is FieldIssue =>
              !!d && typeof d === "object" && typeof (d as FieldIssue).field === "string" && typeof (d as FieldIssue).message === "string",
          )
        : [];
      return new ApiError(code, typeof e.message === "string" ? e.message : undefined, {
        details,
        retryAfter: typeof e.retryAfter === "number" ? e.retryAfter : undefined,
        status,
      });
    }
  }
  return new ApiError(status >= 500 ? "internal" : "bad_request", `The studio answered HTTP ${status}.`, { status });
}
