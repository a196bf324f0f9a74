import "server-only";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { clientKey, SlidingWindowLimiter } from "./rate-limit";

const globalKey = Symbol.for("extract-studio.create-limiter");
type Holder = { [globalKey]?: { perClient: SlidingWindowLimiter; everyone: SlidingWindowLimiter } };

/**
 * Spend protection: each client may start STUDIO_CREATE_LIMIT extractions per window, and all
 * together STUDIO_CREATE_LIMIT_TOTAL. `create` runs
 * on one allowance, which is given back when the provider refused the create outright: a 4xx answer
 * (the queue is full — the engine's `queue_full`, Linkup's 429 TASKS_QUEUE_LIMIT_EXCEEDED —, out of
 * credit, invalid…) means no task was started. Any other failure (a timeout, a 5xx, a dropped
 * connection) may have started one upstream, so it still counts.
 */
export async function withCreateAllowance<T>(request: Request, create: () => Promise<T>): Promise<T> {
  const holder = globalThis as Holder;
  const config = env();
  const windowMs = config.STUDIO_CREATE_WINDOW_S * 1000;
  // Also a cap across all clients (STUDIO_CREATE_LIMIT_TOTAL): a client key is only as good as the
  // proxy's word, and anyone may sign in from many places.
  const { perClient, everyone } = (holder[globalKey] ??= {
    perClient: new SlidingWindowLimiter(config.STUDIO_CREATE_LIMIT, windowMs),
    everyone: new SlidingWindowLimiter(config.STUDIO_CREATE_LIMIT_TOTAL, windowMs),
  });
  const client = clientKey(request, config.STUDIO_TRUST_PROXY);
  // Both checked before either is taken, so a refusal uses up neither allowance.
  for (const [limiter, key] of [[perClient, client], [everyone, "*"]] as const) {
    const verdict = limiter.peek(key);
    if (!verdict.ok) {
      const code = limiter === perClient ? "too_many_tasks" : "too_many_tasks_overall";
      throw new ApiError(code, undefined, { retryAfter: verdict.retryAfterS });
    }
  }
  const taken = { client: perClient.record(client), everyone: everyone.record("*") };
  try {
    return await create();
  } catch (err) {
    if (err instanceof ApiError && err.status >= 400 && err.status < 500) {
      perClient.giveBack(client, taken.client);
      everyone.giveBack("*", taken.everyone);
    }
    throw err;
  }
}
