/**
 * A sliding-window limit per client: at most `limit` events in any `windowMs`. In memory (one
 * process), which is what a self-hosted studio is; the count resets on restart.
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an event for `key` if allowed (`at`: its time, for giveBack); otherwise says how many seconds until one is. */
  take(key: string): { ok: true; at: number } | { ok: false; retryAfterS: number } {
    const verdict = this.peek(key);
    return verdict.ok ? { ok: true, at: this.record(key) } : verdict;
  }

  /** Forgets the event `take` recorded for `key` at `at`: it turned out not to count. */
  giveBack(key: string, at: number) {
    const list = this.events.get(key);
    const i = list ? list.lastIndexOf(at) : -1;
    if (i >= 0) list!.splice(i, 1);
  }

  /** Whether `key` may have another event, without recording one (to count failures only). */
  peek(key: string): { ok: true } | { ok: false; retryAfterS: number } {
    const now = this.now();
    const list = (this.events.get(key) ?? []).filter((t) => t > now - this.windowMs);
    this.events.set(key, list);
    if (list.length >= this.limit) {
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((list[0]! + this.windowMs - now) / 1000)) };
    }
    return { ok: true };
  }

  record(key: string): number {
    const now = this.now();
    const list = this.events.get(key) ?? [];
    list.push(now);
    this.events.set(key, list);
    if (this.events.size > 10_000) this.prune(now - this.windowMs);
    return now;
  }

  private prune(since: number) {
    for (const [key, list] of this.events) if (!list.some((t) => t > since)) this.events.delete(key);
  }
}

/**
 * Who is asking. Behind a reverse proxy (`trustProxy`, STUDIO_TRUST_PROXY=1): the last
 * X-Forwarded-For hop, the address the proxy itself saw (one that appends keeps the client's own
 * claims before it; one that overwrites leaves just that). Otherwise the header is whatever the
 * client wrote — Next fills it in only when it is missing —, so every client is the one "local"
 * user: a limit keyed by it could be dodged by sending a new address each time.
 */
export function clientKey(request: Request, trustProxy: boolean): string {
  if (!trustProxy) return "local";
  return request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "local";
}
