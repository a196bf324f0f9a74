import { describe, expect, it } from "vitest";
import { errorCodes } from "@/lib/errors";
import { registerSecret } from "@/lib/log";
import { mapLinkupError, parseRetryAfter } from "./errors";

const body = (code: string, message = "upstream says no", details?: { field: string; message: string }[]) => ({
  statusCode: 0,
  error: { code, message, ...(details ? { details } : {}) },
});

describe("mapLinkupError: every code in the contract", () => {
  const table: [number, string, keyof typeof errorCodes, number][] = [
    [400, "VALIDATION_ERROR", "bad_request", 400],
    [401, "UNAUTHORIZED", "linkup_unauthorized", 502],
    [402, "X402_PAYMENT_REQUIRED", "linkup_payment_required", 402],
    [403, "FORBIDDEN", "linkup_forbidden", 403],
    [403, "IP_NOT_WHITELISTED", "linkup_ip_not_whitelisted", 403],
    [403, "TASK_TYPE_NOT_SUPPORTED", "extract_not_enabled", 403],
    [404, "TASK_NOT_FOUND", "not_found", 404],
    [429, "INSUFFICIENT_FUNDS_CREDITS", "insufficient_credits", 402],
    [429, "EXCEED_BUDGET_LIMIT", "budget_exceeded", 402],
    [429, "TASKS_QUEUE_LIMIT_EXCEEDED", "queue_full", 429],
    [429, "TOO_MANY_REQUESTS", "rate_limited", 429],
    [500, "INTERNAL_SERVER_ERROR", "upstream_error", 502],
  ];

  it.each(table)("HTTP %i %s → %s (studio HTTP %i)", (status, code, expected, studioStatus) => {
    const err = mapLinkupError(status, body(code));
    expect(err.code).toBe(expected);
    expect(err.status).toBe(studioStatus);
    // The user gets the studio's sentence, never the upstream's raw text (except validation details).
    if (expected === "not_found") expect(err.message).toMatch(/does not exist/);
    else if (expected !== "bad_request") expect(err.message).toBe(errorCodes[expected].message);
    if (expected !== "bad_request") expect(err.message).not.toContain("upstream says no");
  });

  it("keeps the field details of a validation error", () => {
    const err = mapLinkupError(400, body("VALIDATION_ERROR", "bad", [{ field: "url", message: "must be a valid URL" }]));
    expect(err.details).toEqual([{ field: "url", message: "must be a valid URL" }]);
    expect(err.message).toContain("url must be a valid URL");
  });

  it("gives Linkup's reason for a validation error without details when it is a plain sentence", () => {
    const err = mapLinkupError(400, body("VALIDATION_ERROR", "The schema uses an unsupported keyword: patternProperties"));
    expect(err.code).toBe("bad_request");
    expect(err.message).toBe("Linkup rejected the request: The schema uses an unsupported keyword: patternProperties.");
    expect(mapLinkupError(400, body("VALIDATION_ERROR", "  The query is empty!  ")).message).toBe("Linkup rejected the request: The query is empty!");
  });

  it.each([
    ["markup", "<html><body><h1>400 Bad Request</h1></body></html>"],
    ["JSON", '{"message":"bad"}'],
    ["a stack trace", "Error: bad\n    at validate (/srv/app.js:1:1)"],
    ["a wall of text", `The request is invalid ${"because ".repeat(60)}it is.`],
    ["no words", "400"],
    ["an authorization header", "Rejected Authorization: Bearer sk-abc123 for this route"],
  ])("keeps the studio's sentence when Linkup's message is %s", (_, message) => {
    expect(mapLinkupError(400, body("VALIDATION_ERROR", message)).message).toBe("Linkup rejected the request as invalid.");
  });

  it("never shows a message that carries the key", () => {
    registerSecret("lk-secret-key-0123456789");
    const err = mapLinkupError(400, body("VALIDATION_ERROR", "The key lk-secret-key-0123456789 may not create extract tasks"));
    expect(err.message).toBe("Linkup rejected the request as invalid.");
  });

  it("blanks the key out of the details it shows", () => {
    registerSecret("lk-secret-key-0123456789");
    const err = mapLinkupError(400, body("VALIDATION_ERROR", "bad", [{ field: "schema", message: "was sent with lk-secret-key-0123456789" }]));
    expect(err.message).toBe("Linkup rejected the request: schema was sent with [redacted].");
    expect(JSON.stringify(err.toJSON())).not.toContain("lk-secret-key-0123456789");
  });

  it("falls back on the HTTP status for unknown codes and bodies that are not JSON", () => {
    expect(mapLinkupError(401, null).code).toBe("linkup_unauthorized");
    expect(mapLinkupError(403, body("SOMETHING_NEW")).code).toBe("linkup_forbidden");
    expect(mapLinkupError(429, null).code).toBe("rate_limited");
    expect(mapLinkupError(502, null).code).toBe("upstream_error");
    expect(mapLinkupError(503, null).code).toBe("upstream_error");
    expect(mapLinkupError(504, null).code).toBe("upstream_timeout");
    expect(mapLinkupError(418, null).code).toBe("bad_upstream_response");
  });

  it("carries Retry-After to the caller", () => {
    const err = mapLinkupError(429, body("TOO_MANY_REQUESTS"), 7);
    expect(err.retryAfter).toBe(7);
    expect(err.toResponse().headers.get("retry-after")).toBe("7");
  });

  it("says the wait a 5xx's Retry-After gives, rather than \"a few minutes\"", () => {
    expect(mapLinkupError(503, null, 5).message).toBe("Linkup failed while handling the request. Try again in 5 seconds.");
    expect(mapLinkupError(503, null, 600).message).toBe("Linkup failed while handling the request. Try again in 10 minutes.");
    expect(mapLinkupError(500, null).message).toBe("Linkup failed while handling the request. Try again in a few minutes.");
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3);
    expect(parseRetryAfter("1.5", now)).toBe(1.5);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});

describe("ApiError identity", () => {
  it("is recognised across copies of the module (brand, not class identity)", async () => {
    const { ApiError } = await import("@/lib/errors");
    const foreign = Object.assign(new Error("x"), { [Symbol.for("extract-studio.api-error")]: true });
    expect(foreign instanceof ApiError).toBe(true);
    expect(new Error("plain") instanceof ApiError).toBe(false);
    expect(new ApiError("not_found") instanceof ApiError).toBe(true);
  });
});
