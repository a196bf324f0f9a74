import type { z } from "zod";
import { ApiError, apiErrorFromBody } from "@/lib/errors";

/** The browser's one way to call the studio's API: errors come back as the same ApiError. */
export async function fetchJson<S extends z.ZodType>(url: string, schema: S, init?: RequestInit): Promise<z.output<S>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch (err) {
    if (init?.signal?.aborted) throw err;
    throw new ApiError("studio_unreachable", undefined, { cause: err });
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = apiErrorFromBody(res.status, body);
    if (error.code === "unauthenticated") toLoginPage();
    throw error;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError("internal", "The studio answered with something unexpected. Reload the page and try again.");
  return parsed.data;
}

export function postJson<S extends z.ZodType>(url: string, schema: S, body: unknown): Promise<z.output<S>> {
  return fetchJson(url, schema, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** Retry transient failures only: a 4xx will not get better by asking again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 3;
}

/** The session ended while a page was open (expired, signed out elsewhere): sign in again, then come back. */
function toLoginPage() {
  if (typeof window === "undefined") return;
  const here = `${window.location.pathname}${window.location.search}`;
  // A full load: the page's data must be fetched again under the new session anyway.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`/login?next=${encodeURIComponent(here)}`);
}
