import "server-only";
import { z } from "zod";

/**
 * The only reader of process.env. Validated once, at start-up (see instrumentation.ts), so a
 * misconfigured deployment fails with a sentence instead of a stack trace on the first request.
 */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const positiveInt = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(fallback));

export const envSchema = z.object({
  LINKUP_API_KEY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^[\x21-\x7e]+$/, "must be printable ASCII with no spaces (paste the key exactly as issued)")
      .optional(),
  ),
  LINKUP_BASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL, e.g. https://api.linkup.so/v1" })
      .default("https://api.linkup.so/v1")
      .transform((u) => u.replace(/\/+$/, "")),
  ),
  /** Per-attempt timeout for Linkup API calls. */
  LINKUP_TIMEOUT_MS: positiveInt(30_000),
  /** Attempts for idempotent (GET) calls; POSTs are never retried. */
  LINKUP_MAX_ATTEMPTS: positiveInt(4),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid Extract Studio configuration:\n${lines.join("\n")}\nFix the environment (or .env.local) and restart.`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
