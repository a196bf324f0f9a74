/**
 * Why the engine could not read a URL. Every message is a sentence the user can act on: the pipeline
 * prefixes it with what it was doing ("The seed page could not be read: …") and shows it as is.
 */
export type EngineFetchErrorCode =
  | "blocked_address"
  | "timeout"
  | "too_large"
  | "too_many_redirects"
  | "http_status"
  | "not_html"
  | "network"
  | "robots_disallowed"
  | "bad_url"
  /** The address holds a user name or password (net/user-info.ts). */
  | "credentials";

export class EngineFetchError extends Error {
  readonly code: EngineFetchErrorCode;
  /** The URL that failed (for a redirect chain, the hop that failed, not the one the user gave). */
  readonly url: string;
  /** The HTTP status, for `http_status`. */
  readonly status?: number;

  constructor(code: EngineFetchErrorCode, url: string, message: string, opts: { status?: number; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "EngineFetchError";
    this.code = code;
    this.url = url;
    if (opts.status !== undefined) this.status = opts.status;
  }
}

/** What an abort by the caller's signal looks like: the pipeline recognises it by name. */
export function abortError(): Error {
  const err = new Error("The extraction was stopped.");
  err.name = "AbortError";
  return err;
}

export function seconds(ms: number): string {
  return ms < 1000 ? `${ms / 1000} s` : `${Math.round(ms / 100) / 10} s`;
}
