import "server-only";
import { parseEnv, type Env } from "./env-schema";

export { envSchema, parseEnv, type Env } from "./env-schema";

let cached: Env | undefined;

/**
 * The only reader of process.env on the server. Validated once, at start-up (see
 * instrumentation.ts), so a misconfigured deployment fails with a sentence instead of a stack trace
 * on the first request.
 */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
