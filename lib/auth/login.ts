import "server-only";
import { clientKey, SlidingWindowLimiter } from "@/lib/api/rate-limit";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/log";
import { passwordIsRight, startSessionCookie } from "./access";

const globalKey = Symbol.for("extract-studio.login-limiters");
type Holder = { [globalKey]?: { perClient: SlidingWindowLimiter; everyone: SlidingWindowLimiter } };

/**
 * Failed sign-ins are limited per client, and across all clients at ten times that: the client key
 * comes from X-Forwarded-For behind a trusted proxy, and a proxy's word is only as good as its set-up.
 */
function limiters() {
  const holder = globalThis as Holder;
  const { STUDIO_LOGIN_LIMIT: limit, STUDIO_LOGIN_WINDOW_S: windowS } = env();
  holder[globalKey] ??= {
    perClient: new SlidingWindowLimiter(limit, windowS * 1000),
    everyone: new SlidingWindowLimiter(limit * 10, windowS * 1000),
  };
  return holder[globalKey];
}

/**
 * Checks the password and returns the session cookie to set. Synchronous from the limit check to the
 * recorded failure, so parallel guesses cannot all slip past the limit before one is counted.
 */
export function signIn(request: Request, password: string): string {
  const { perClient, everyone } = limiters();
  const client = clientKey(request, env().STUDIO_TRUST_PROXY);
  for (const verdict of [perClient.peek(client), everyone.peek("*")]) {
    if (!verdict.ok) {
      const minutes = Math.ceil(verdict.retryAfterS / 60);
      throw new ApiError("too_many_logins", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
        retryAfter: verdict.retryAfterS,
      });
    }
  }
  if (!passwordIsRight(password)) {
    perClient.record(client);
    everyone.record("*");
    // For whoever watches the log: a run of these is someone guessing. Refusals past the limit are
    // not logged, so the limit also bounds these lines.
    log.warn(`failed sign-in (client ${client})`);
    throw new ApiError("wrong_password");
  }
  return startSessionCookie(request);
}
