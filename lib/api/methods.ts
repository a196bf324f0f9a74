import "server-only";
import { ApiError } from "@/lib/errors";
import { errorResponse } from "./handler";

/** The methods Next's route handlers can export (next/dist/server/web/http's HTTP_METHODS). */
export const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Handler = (request: Request) => Response;
const brand = Symbol.for("extract-studio.method-not-served");

/**
 * The Allow header of a route that serves `served`: HEAD goes with GET (Next answers it from GET)
 * and OPTIONS is always answered; sorted, as Next sorts its own.
 */
export function allowHeader(served: readonly HttpMethod[]): string {
  const allow = new Set<HttpMethod>([...served, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  return [...allow].sort().join(", ");
}

/** Whether a route export is one of the handlers below rather than a method the route serves. */
export function isNotServedHandler(value: unknown): boolean {
  return typeof value === "function" && (value as unknown as Record<symbol, unknown>)[brand] === true;
}

/**
 * Handlers for the methods a route does not serve, to export beside the ones it does:
 *   export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET", "POST"], { guard: requireAccess });
 * Next answers an unexported method with an empty 405, which an API client cannot read; these answer
 * in the route's own error shape (`answer`: the studio's, or Linkup's for /v1) with an Allow header.
 * OPTIONS is among them because Next's automatic OPTIONS would list these handlers as served.
 * `guard` runs first, as in the route's own handlers, so a stranger learns nothing from the answer.
 */
export function methodsNotServed(
  served: readonly HttpMethod[],
  options: { guard?: (request: Request) => void; answer?: (err: unknown) => Response } = {},
): Record<HttpMethod, Handler> {
  const allow = allowHeader(served);
  const answer = options.answer ?? errorResponse;
  const notServed: Handler = (request) => {
    let response: Response;
    try {
      options.guard?.(request);
      throw new ApiError(
        "method_not_allowed",
        `${new URL(request.url).pathname} does not answer ${request.method}: it answers ${allow}.`,
      );
    } catch (err) {
      response = answer(err);
    }
    if (response.status === 405) response.headers.set("allow", allow);
    return response;
  };
  const options_: Handler = (request) => {
    try {
      options.guard?.(request);
    } catch (err) {
      return answer(err);
    }
    return new Response(null, { status: 204, headers: { allow } });
  };
  Object.defineProperty(notServed, brand, { value: true });
  return Object.fromEntries(HTTP_METHODS.map((m) => [m, m === "OPTIONS" ? options_ : notServed])) as Record<HttpMethod, Handler>;
}
