import "server-only";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { clientKey, SlidingWindowLimiter } from "./rate-limit";

const globalKey = Symbol.for("extract-studio.create-limiter");
type Holder = { [globalKey]?: SlidingWindowLimiter };

/** Spend protection: each client may start STUDIO_CREATE_LIMIT extractions per window. */
export function takeCreateAllowance(request: Request) {
  const holder = globalThis as Holder;
  const config = env();
  holder[globalKey] ??= new SlidingWindowLimiter(config.STUDIO_CREATE_LIMIT, config.STUDIO_CREATE_WINDOW_S * 1000);
  const verdict = holder[globalKey].take(clientKey(request));
  if (!verdict.ok) throw new ApiError("too_many_tasks", undefined, { retryAfter: verdict.retryAfterS });
}
