/**
 * Reads one web page for the engine: guarded on every hop, bounded in time and size, redirects followed
 * by hand, bodies decompressed and decoded to text. Everything that can go wrong is an EngineFetchError
 * with a sentence for the user (or an AbortError when the caller stopped the extraction).
 */
import { EngineFetchError } from "./errors";
import { decodeHtmlSteps } from "./charset";
import { pauser } from "../pipeline/pause";
import { runStepsPaused } from "../steps";
import type { Resolve } from "./guard";
import { RobotsCache } from "./robots";
import { credentialsRefusal, DEFAULT_USER_AGENT, deadline, exchangeFollowing, makeAgents, readBody, sharedAgents } from "./transport";
import { hasUserInfo } from "./user-info";

export { DEFAULT_USER_AGENT };

export interface FetchPageOptions {
  /** Private, loopback and link-local targets are refused unless true (ENGINE_ALLOW_PRIVATE_NETWORKS=1). */
  allowPrivate: boolean;
  /** For the whole exchange: every redirect hop, headers and body. Default 15 000. */
  timeoutMs?: number;
  /** Decompressed body size limit. Default 10 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  signal?: AbortSignal;
  accept?: string;
  /** Check robots.txt before every hop, each against its own origin's file (default true). */
  respectRobots?: boolean;
  /** Shared cache of robots.txt files; a fresh one per call if absent. */
  robots?: RobotsCache;
  /**
   * Replaces the DNS step *under* the guard (tests map fake names to addresses). The brief called this
   * `lookup`; it is a resolver rather than a raw `lookup` so that no option can bypass the guard.
   */
  resolve?: Resolve;
}

export interface FetchedPage {
  /** After redirects. */
  url: string;
  requestedUrl: string;
  status: number;
  contentType: string;
  html: string;
  /** Decoded (decompressed) body size in bytes. */
  bytes: number;
  /** Every hop after the first, in order. */
  redirects: string[];
  /** Canonical encoding name, e.g. "utf-8", "windows-1252", "shift_jis". */
  charset: string;
}

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);

export async function fetchPage(url: string, opts: FetchPageOptions): Promise<FetchedPage> {
  let start: URL;
  try {
    start = new URL(url);
  } catch {
    throw new EngineFetchError("bad_url", url, `"${url}" is not a valid URL; give a full address such as https://example.com/list.`);
  }
  start.hash = "";
  // Before robots.txt, whose refusal would name the address with them.
  if (hasUserInfo(start)) throw credentialsRefusal(start);
  const userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
  const guard = { allowPrivate: opts.allowPrivate, resolve: opts.resolve };

  const robots = (opts.respectRobots ?? true) ? (opts.robots ?? new RobotsCache()) : null;
  // Every hop, whatever its origin, answers to that origin's robots.txt: a redirect is no way around it.
  const checkRobots = async (url: URL, signal: AbortSignal | undefined) => {
    if (robots && !(await robots.isAllowed(url, { allowPrivate: opts.allowPrivate, resolve: opts.resolve, userAgent, signal }))) throw robotsRefusal(start, url);
  };
  await checkRobots(start, opts.signal);

  const timeoutMs = opts.timeoutMs ?? 15_000;
  const d = deadline(timeoutMs, opts.signal);
  // A custom resolver gets its own short-lived agents: pooled sockets must match their guard settings.
  const own = sharedAgents(guard) ? null : makeAgents(guard, { keepAlive: false });
  let current = start.href;
  try {
    const { res, url: final, redirects } = await exchangeFollowing(start, {
      method: "GET",
      headers: {
        "user-agent": userAgent,
        accept: opts.accept ?? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        "accept-encoding": "gzip, deflate, br",
        "accept-language": "en;q=0.9, *;q=0.5",
      },
      guard,
      agents: own ?? sharedAgents(guard)!,
      signal: d.signal,
      maxRedirects: opts.maxRedirects ?? 5,
      // The caller's signal, not the deadline's: robots.txt loads are shared by concurrent pages of an
      // origin, and one page running out of time must not abort another's. The load has its own timeout.
      beforeRedirect: (next) => checkRobots(next, opts.signal),
    });
    current = final.href;
    const status = res.statusCode ?? 0;
    if (status < 200 || status > 299) {
      res.destroy();
      const text = res.statusMessage || "";
      throw new EngineFetchError("http_status", final.href, `The page answered ${status}${text ? ` ${text}` : ""}${hintFor(status)} (${final.href}).`, { status });
    }
    const contentType = res.headers["content-type"] ?? "";
    const mime = contentType.split(";")[0]!.trim().toLowerCase();
    // No Content-Type at all: treat it as HTML, like browsers sniffing an unlabelled page.
    if (mime && !HTML_TYPES.has(mime)) {
      res.destroy();
      throw new EngineFetchError("not_html", final.href, `${final.href} is not a web page (it is ${mime}); point the extraction at the HTML page that lists the items.`);
    }
    const body = await readBody(res, final.href, { maxBytes: opts.maxBytes ?? 10_000_000 });
    // The studio's server runs this: a 10 MB page is decoded with turns for its other requests.
    const { html, charset } = await runStepsPaused(decodeHtmlSteps(body, contentType), pauser());
    return { url: final.href, requestedUrl: url, status, contentType, html, bytes: body.length, redirects, charset };
  } catch (err) {
    throw d.settle(err, err instanceof EngineFetchError ? err.url : current);
  } finally {
    d.done();
    own?.http.destroy();
    own?.https.destroy();
  }
}

/**
 * Said to the analyst, who cannot change the studio's settings: what the site forbids and what they
 * can do. The switch (ENGINE_RESPECT_ROBOTS) is for whoever runs the studio; the README names it.
 */
function robotsRefusal(start: URL, url: URL): EngineFetchError {
  const what = url.href === start.href ? `the site's robots.txt forbids reading ${url.href}` : `${start.href} redirects to ${url.href}, a page the site's robots.txt forbids reading`;
  return new EngineFetchError(
    "robots_disallowed",
    url.href,
    `${what} (it bars automated clients such as the studio). Try another page of the site; if the site's owner allows the studio in, whoever runs the studio can let it read such pages.`,
  );
}

function hintFor(status: number): string {
  if (status === 401 || status === 403) return ": the site refuses anonymous or automated access";
  if (status === 404 || status === 410) return ": check the URL";
  if (status === 429) return ": the site is rate-limiting; wait and try again";
  if (status >= 500) return ": the site has a problem; try again later";
  return "";
}
