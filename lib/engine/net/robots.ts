/**
 * robots.txt (RFC 9309), small but faithful where it matters: groups by product token, Allow/Disallow
 * with longest-match precedence (Allow wins ties), `*` and a trailing `$`, percent-encoding normalised.
 */
import { abortError } from "./errors";
import type { Resolve } from "./guard";
import { DEFAULT_USER_AGENT, deadline, exchangeFollowing, makeAgents, readBody, sharedAgents } from "./transport";

export interface RobotsRule {
  allow: boolean;
  /** Normalised pattern (non-ASCII percent-encoded, %xx upper-case). */
  pattern: string;
}
export interface RobotsGroup {
  /** Lower-case product tokens ("*" included). */
  agents: string[];
  rules: RobotsRule[];
}

/** Non-ASCII characters percent-encoded as UTF-8 and escapes upper-cased, so "/café" matches "/caf%C3%A9". */
const normalise = (s: string) =>
  s.replace(/[^\x00-\x7f]/gu, (c) => encodeURIComponent(c)).replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());

export function parseRobots(text: string): RobotsGroup[] {
  const groups: RobotsGroup[] = [];
  let current: RobotsGroup | null = null;
  let ruleSeen = false; // a user-agent line after any rule line (even an empty one) starts a new group
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*/, "").trim();
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === "user-agent" || key === "useragent" || key === "user agent") {
      if (!current || ruleSeen) groups.push((current = { agents: [], rules: [] }));
      ruleSeen = false;
      current.agents.push(value.split("/")[0]!.trim().toLowerCase());
    } else if (key === "allow" || key === "disallow") {
      if (!current) continue; // rules before any user-agent line belong to no group
      ruleSeen = true;
      if (value === "") continue; // "Disallow:" with no path disallows nothing
      current.rules.push({ allow: key === "allow", pattern: normalise(value) });
    }
    // Other records (Sitemap, Crawl-delay, …) neither end a group nor apply to us.
  }
  return groups;
}

/**
 * Whether `pattern` matches `path` from its start. `*` is any sequence, a final `$` anchors the end.
 * Linear-ish two-pointer matcher rather than a RegExp: robots.txt is written by the site being
 * fetched, and a pattern like `*a*a*a*…` would make a backtracking regex take forever.
 */
export function patternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith("$");
  const p = anchored ? pattern.slice(0, -1) : `${pattern}*`;
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < path.length) {
    if (i < p.length && p[i] !== "*" && p[i] === path[j]) {
      i++;
      j++;
    } else if (i < p.length && p[i] === "*") {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (p[i] === "*") i++;
  return i === p.length;
}

/** "ExtractStudio/0.1 (+…)" → "extractstudio". */
export const productToken = (userAgent: string) => (userAgent.split(/[/\s]/)[0] ?? "").toLowerCase();

/** The verdict for a path (with its query) under the groups that apply to `token`. */
export function robotsAllows(groups: RobotsGroup[], token: string, pathAndQuery: string): boolean {
  if (pathAndQuery === "/robots.txt") return true;
  const mine = groups.filter((g) => g.agents.includes(token.toLowerCase()));
  // Several groups for the same agent are merged (RFC 9309 §2.2.1); `*` only when none names us.
  const apply = mine.length ? mine : groups.filter((g) => g.agents.includes("*"));
  const path = normalise(pathAndQuery);
  let best: RobotsRule | null = null;
  for (const rule of apply.flatMap((g) => g.rules)) {
    if (!patternMatches(rule.pattern, path)) continue;
    if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
  }
  return best?.allow ?? true;
}

interface Entry {
  groups: Promise<RobotsGroup[]>;
  expires: number;
}

export interface RobotsCacheOptions {
  /** How long a fetched robots.txt is trusted. Default 1 h (RFC 9309 allows up to 24 h). */
  ttlMs?: number;
  /** How long a failed fetch (5xx, network) counts as "allow all" before retrying. Default 1 min. */
  failureTtlMs?: number;
  /** Default 5 000. */
  timeoutMs?: number;
  /** Default 500 KiB, the minimum RFC 9309 asks parsers to read; the rest is ignored. */
  maxBytes?: number;
}

export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly o: Required<RobotsCacheOptions>;
  /** Fetches made, for tests and diagnostics. */
  fetches = 0;

  constructor(opts: RobotsCacheOptions = {}) {
    this.o = { ttlMs: 3_600_000, failureTtlMs: 60_000, timeoutMs: 5_000, maxBytes: 500 * 1024, ...opts };
  }

  async isAllowed(url: URL, opts: { allowPrivate: boolean; resolve?: Resolve; userAgent?: string; signal?: AbortSignal }): Promise<boolean> {
    if (url.protocol !== "http:" && url.protocol !== "https:") return true;
    const now = Date.now();
    let entry = this.entries.get(url.origin);
    if (!entry || entry.expires <= now) {
      // Stored before it settles, so concurrent pages of one origin share a single fetch.
      entry = { groups: Promise.resolve([]), expires: now + this.o.ttlMs };
      const e = entry;
      e.groups = this.load(url, opts).then(
        (groups) => groups ?? ((e.expires = Date.now() + this.o.failureTtlMs), []),
        (err: unknown) => {
          this.entries.delete(url.origin); // an abort says nothing about the site
          throw err;
        },
      );
      this.entries.set(url.origin, e);
    }
    const groups = await entry.groups;
    return robotsAllows(groups, productToken(opts.userAgent ?? DEFAULT_USER_AGENT), url.pathname + url.search);
  }

  /** The groups, [] when the file is absent (4xx), null when it could not be read (5xx, network). */
  private async load(url: URL, opts: { allowPrivate: boolean; resolve?: Resolve; userAgent?: string; signal?: AbortSignal }): Promise<RobotsGroup[] | null> {
    this.fetches++;
    const guard = { allowPrivate: opts.allowPrivate, resolve: opts.resolve };
    const own = sharedAgents(guard) ? null : makeAgents(guard, { keepAlive: false });
    const d = deadline(this.o.timeoutMs, opts.signal);
    try {
      const { res } = await exchangeFollowing(new URL("/robots.txt", url.origin), {
        method: "GET",
        headers: { "user-agent": opts.userAgent ?? DEFAULT_USER_AGENT, accept: "text/plain,*/*;q=0.5", "accept-encoding": "gzip, deflate, br" },
        guard,
        agents: own ?? sharedAgents(guard)!,
        signal: d.signal,
        maxRedirects: 5,
      });
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) {
        const body = await readBody(res, url.origin, { maxBytes: this.o.maxBytes, truncate: true });
        return parseRobots(new TextDecoder("utf-8").decode(body));
      }
      res.destroy();
      // 4xx (401 and 403 included, as RFC 9309 says): there is no robots.txt, everything is allowed.
      if (status >= 400 && status < 500) return [];
      return null;
    } catch {
      if (opts.signal?.aborted) throw abortError();
      // 5xx, timeouts, refusals, network errors: allowed. RFC 9309 §2.3.1.4 says to assume "disallow
      // everything" here, which suits crawlers that come back later. The engine fetches a few pages
      // because a person asked for them now: a flaky robots.txt would turn into a misleading "blocked by
      // robots.txt", while the page fetch that follows reports the real problem (the guard refuses it
      // again, the timeout fires again). Failures are cached briefly only.
      return null;
    } finally {
      d.done();
      own?.http.destroy();
      own?.https.destroy();
    }
  }
}
