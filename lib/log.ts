import "server-only";

/**
 * Server-side logging. Every line passes through `redact`, so a secret that sneaks into an upstream
 * message or an error's text never reaches the log.
 */
const secrets = new Set<string>();

export function registerSecret(value: string | undefined) {
  if (value && value.length >= 4) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join("[redacted]");
  return out.replace(/(authorization["']?\s*[:=]\s*["']?bearer\s+)[^\s"',}]+/gi, "$1[redacted]");
}

function describe(value: unknown): string {
  if (value instanceof Error) {
    const cause = value.cause ? ` (cause: ${describe(value.cause)})` : "";
    return `${value.name}: ${value.message}${cause}`;
  }
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export const log = {
  info: (msg: string, extra?: unknown) => console.log(redact(`[extract-studio] ${msg}${extra === undefined ? "" : ` ${describe(extra)}`}`)),
  warn: (msg: string, extra?: unknown) => console.warn(redact(`[extract-studio] ${msg}${extra === undefined ? "" : ` ${describe(extra)}`}`)),
  error: (msg: string, extra?: unknown) => console.error(redact(`[extract-studio] ${msg}${extra === undefined ? "" : ` ${describe(extra)}`}`)),
};
