import "server-only";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { clientKey, SlidingWindowLimiter } from "./rate-limit";

const globalKey = Symbol.for("extract-studio.create-limiter");
type Holder = { [globalKey]?: SlidingWindowLimiter };

/**
 * Spend protection: each client may start STUDIO_CREATE_LIMIT extractions per window. `create` runs
 * on one allowance, which is given back when the provider refused the create outright: a 4xx answer
 * (the queue is full — the engine's `queue_full`, Linkup's 429 TASKS_QUEUE_LIMIT_EXCEEDED —, out of
 * credit, invalid…) means no task was started. Any other failure (a timeout, a 5xx, a dropped
 * connection) may have started one upstream, so it still counts.
 */
export async function withCreateAllowance<T>(request: Request, create: () => Promise<T>): Promise<T> {
  const holder = globalThis as Holder;
  const config = env();
  const limiter = (holder[globalKey] ??= new SlidingWindowLimiter(config.STUDIO_CREATE_LIMIT, config.STUDIO_CREATE_WINDOW_S * 1000));
  const client = clientKey(request);
  const verdict = limiter.take(client);
  if (!verdict.ok) throw new ApiError("too_many_tasks", undefined, { retryAfter: verdict.retryAfterS });
  try {
    return await create();
  } catch (err) {
    if (err instanceof ApiError && err.status >= 400 && err.status < 500) limiter.giveBack(client, verdict.at);
    throw err;
  }
}
