import "server-only";
import type { z } from "zod";
import { ApiError, type FieldIssue } from "@/lib/errors";
import { extractInputSchema, type ExtractInput } from "@/lib/extract/types";
import { log } from "@/lib/log";
import { plainAjvMessage } from "@/lib/schema/ajv-message";
import { checkRowSchemaText } from "@/lib/schema/check";
import { compileForDialect } from "@/lib/validation/dialect";

const MAX_BODY_BYTES = 1024 * 1024;

function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join(".") : "request",
    message: issue.message,
  }));
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const details = zodIssues(result.error);
    throw new ApiError("bad_request", `The ${what} is invalid: ${details.map((d) => `${d.field}: ${d.message}`).join("; ")}`, { details });
  }
  return result.data;
}

/**
 * CSRF defence for state-changing routes: a browser says where a request comes from (Sec-Fetch-Site,
 * Origin), and only the studio's own pages may change anything. Clients that send neither header
 * (curl, scripts) are not browsers, so no other site can drive them.
 */
export function assertSameOrigin(request: Request) {
  // Browsers set Sec-Fetch-Site themselves (pages cannot forge it); when present it decides. It also
  // covers form posts, whose Origin is "null" under the studio's no-referrer policy.
  const site = request.headers.get("sec-fetch-site");
  if (site) {
    if (site !== "same-origin" && site !== "none") throw new ApiError("cross_origin");
    return;
  }
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError("cross_origin");
  }
  if (!host || originHost !== host) throw new ApiError("cross_origin");
}

/**
 * A new extraction's body: the request's shape, then the row schema. Linkup takes any JSON Schema,
 * so only what cannot work is refused, at once rather than by a task that runs, fetches pages and
 * fails every row: a schema that is not valid JSON Schema (what Ajv will not compile: a mistyped
 * "type", "minimum": "0", a "pattern" that is no regular expression, a "$ref" to nothing), and a
 * "required" field that is not a property (no row could have it), and a "$schema" naming a draft Ajv
 * does not implement (it would read draft-04 by draft-07's rules). The sentences are the compose
 * page's (lib/schema/check.ts), which applies the same rules as Ajv without loading it
 * (lib/schema/meta-rules.test.ts holds them equal), so its errors block Run for exactly these
 * schemas (handler.test.ts checks that); its advice (the formats the engine types, for one) is a
 * warning there, never a block.
 */
export function parseExtraction(value: unknown): ExtractInput {
  const input = parseWith(extractInputSchema, value, "extraction");
  if (!input.schema) return input;
  const problems = checkRowSchemaText(JSON.stringify(input.schema)).problems.filter((p) => p.severity === "error");
  let invalid: string | null = null;
  try {
    compileForDialect(input.schema, { strict: false, logger: false });
  } catch (err) {
    invalid = err instanceof Error ? err.message : String(err);
  }
  // Ajv compiles a schema in a draft it does not implement by draft-07's rules; refuse it instead.
  const refused = invalid !== null ? problems : problems.filter((p) => /^\/required\/|^\/\$schema$/.test(p.path));
  if (invalid !== null && !refused.length) {
    // Ajv refused something the compose page's rules do not know yet: say it as plainly as Ajv allows.
    log.warn("a schema Ajv refuses passed the compose page's checks", invalid);
    refused.push({ severity: "error", path: "", message: plainAjvMessage(invalid) });
  }
  if (!refused.length) return input;
  const details = refused.map((e) => ({ field: `schema${e.path.replace(/\//g, ".")}`, message: e.message }));
  throw new ApiError("bad_request", `The schema cannot be used: ${details.map((d) => `${d.field}: ${d.message}`).join("; ")}`, { details });
}

/** Reads a JSON body with a size cap; a wrong content type or broken JSON is the caller's error. */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError("bad_request", "Send the body as JSON (Content-Type: application/json).", { status: 415 });
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new ApiError("bad_request", "The request body is too large (1 MB at most).", { status: 413 });
  const text = await readCapped(request, MAX_BODY_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "The request body is not valid JSON.");
  }
}

/** A form post (application/x-www-form-urlencoded), capped larger than JSON: it may list many rows. */
export async function readForm(request: Request, cap = 96 * 1024 * 1024): Promise<URLSearchParams> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
    throw new ApiError("bad_request", "Send the form as application/x-www-form-urlencoded.", { status: 415 });
  }
  return new URLSearchParams(await readCapped(request, cap));
}

async function readCapped(request: Request, cap: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      throw new ApiError("bad_request", `The request body is too large (${Math.round(cap / 1024 / 1024)} MB at most).`, { status: 413 });
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** Every route handler's last line of defence: a clear error body, never a stack trace. */
/**
 * The answer to a route's error. What the server failed at (5xx) is logged, whether or not it came as
 * an ApiError: the user is told to look at the server log ("Something went wrong… the log has the
 * details"), so the log must have it. The line holds the code, status and message (log.ts redacts
 * secrets), never the request.
 */
export function errorResponse(err: unknown): Response {
  if (err instanceof ApiError) {
    if (err.status >= 500) log.error(`answered ${err.status} ${err.code}`, err);
    return err.toResponse();
  }
  log.error("unexpected error in a route handler", err);
  return new ApiError("internal").toResponse();
}

export function noStore(init: ResponseInit = {}): ResponseInit {
  const headers = new Headers(init.headers);
  headers.set("cache-control", "no-store");
  return { ...init, headers };
}
