import { z } from "zod";

/**
 * The studio's configuration: every variable, its default and its check. The server reads it
 * through lib/env.ts (once, at start-up); the command line (scripts/extract.ts) reads the engine's
 * variables from here, since lib/env.ts is guarded as server-only.
 */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const positiveInt = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(fallback));

const flag = (fallback: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(["1", "0", "true", "false", "yes", "no"], { error: "must be 1 or 0" })
      .optional()
      .transform((v) => (v === undefined ? fallback : ["1", "true", "yes"].includes(v))),
  );

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
  /** A result download that sends nothing for this long is abandoned (the user is offered a retry). */
  LINKUP_RESULT_IDLE_TIMEOUT_MS: positiveInt(60_000),

  /** Where the embedded engine keeps its task database and result files. */
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("./.data")),
  /** Extractions the embedded engine runs at once; the rest wait as `pending`. */
  ENGINE_CONCURRENCY: positiveInt(2),
  /** Pages one extraction may follow through pagination (the seed page included). */
  ENGINE_MAX_PAGES: positiveInt(20),
  /** Per-page fetch timeout. */
  ENGINE_PAGE_TIMEOUT_MS: positiveInt(15_000),
  /** Time for all the link checks of one task's "verify URLs"; past it the rest stay unchecked (lib/engine/pipeline/verify-links.ts). */
  ENGINE_VERIFY_BUDGET_MS: positiveInt(300_000),
  /** Lifts the SSRF guard (loopback/private/link-local targets). Tests on loopback use it. */
  ENGINE_ALLOW_PRIVATE_NETWORKS: flag(false),
  /** Honour robots.txt (on by default). */
  ENGINE_RESPECT_ROBOTS: flag(true),
  /** Spend protection: extractions one client may start per STUDIO_CREATE_WINDOW_S seconds. */
  STUDIO_CREATE_LIMIT: positiveInt(60),
  STUDIO_CREATE_WINDOW_S: positiveInt(3_600),
  /**
   * Extractions all clients together may start per window: the per-client count can be dodged by
   * anyone who can pose as several clients. Unset, ten times STUDIO_CREATE_LIMIT (see parseEnv).
   */
  STUDIO_CREATE_LIMIT_TOTAL: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional()),
  /**
   * A reverse proxy in front sets X-Forwarded-For: only then does the header say who the client is.
   * Without it, a client that reaches the studio directly writes the header itself.
   */
  STUDIO_TRUST_PROXY: flag(false),
  /** Bearer token required by the Linkup-compatible /v1 API when set. */
  ENGINE_API_KEY: z.preprocess(emptyToUndefined, z.string().min(8, "must be at least 8 characters").optional()),

  /** When set, every page, /api and /v1 route needs a signed-in session (or /v1's bearer token). */
  STUDIO_PASSWORD: z.preprocess(emptyToUndefined, z.string().min(8, "must be at least 8 characters").optional()),
  /** Without STUDIO_PASSWORD the studio listens on loopback only; `1` lets it listen anywhere, unprotected. */
  STUDIO_INSECURE: flag(false),
  /**
   * Without a password, names besides localhost (and IP addresses) the studio answers to, comma-separated:
   * any other Host header is refused, which stops DNS rebinding (lib/auth/host.ts).
   */
  STUDIO_ALLOWED_HOSTS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .optional()
      .transform((v) => (v ?? "").split(",").map((h) => h.trim()).filter(Boolean))
      .refine((hosts) => hosts.every((h) => /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.test(h)), "must be host names separated by commas, e.g. studio.lan,studio.lan:3000"),
  ),
  /** How long a sign-in lasts, in hours. */
  STUDIO_SESSION_HOURS: positiveInt(12),
  /** Failed sign-ins one client may make per STUDIO_LOGIN_WINDOW_S seconds (429 past it). */
  STUDIO_LOGIN_LIMIT: positiveInt(10),
  STUDIO_LOGIN_WINDOW_S: positiveInt(900),
});

export type Env = Omit<z.infer<typeof envSchema>, "STUDIO_CREATE_LIMIT_TOTAL"> & { STUDIO_CREATE_LIMIT_TOTAL: number };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid Extract Studio configuration:\n${lines.join("\n")}\nFix the environment (or .env.local) and restart.`);
  }
  const config = result.data;
  return { ...config, STUDIO_CREATE_LIMIT_TOTAL: config.STUDIO_CREATE_LIMIT_TOTAL ?? config.STUDIO_CREATE_LIMIT * 10 };
}
