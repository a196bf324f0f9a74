import "server-only";
import { Server } from "node:net";

/**
 * Without a password the studio must only be reachable from this machine. `next start -H 0.0.0.0`
 * (or no -H at all, which means every address) bypasses any npm script, so the check looks at what
 * the server process actually listens on, once it is bound (instrumentation.ts runs after listen).
 */
export function listeningAddresses(): string[] {
  const getHandles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles;
  const handles = typeof getHandles === "function" ? getHandles.call(process) : [];
  return handles
    .filter((h): h is Server => h instanceof Server && h.listening)
    .map((server) => {
      const address = server.address();
      if (typeof address === "string") return address; // a Unix socket: reachable through the file system only
      if (!address) return "";
      return address.family === "IPv6" ? `[${address.address}]:${address.port}` : `${address.address}:${address.port}`;
    })
    .filter(Boolean);
}

export function isLoopbackAddress(address: string): boolean {
  if (address.startsWith("/") || address.startsWith("\\\\")) return true; // Unix socket or Windows pipe
  const host = address.replace(/:\d+$/, "").replace(/^\[|\]$/g, "").replace(/^::ffff:/i, "").toLowerCase();
  return host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

export interface BindVerdict {
  level: "info" | "warn" | "fatal";
  message: string;
}

export function bindVerdict(addresses: string[], config: { password: boolean; insecure: boolean }): BindVerdict {
  const where = addresses.length ? addresses.join(", ") : "an address the studio could not determine";
  if (config.password) {
    return { level: "info", message: `listening on ${where}; every page, /api and /v1 route needs a sign-in (STUDIO_PASSWORD is set).` };
  }
  const beyond = addresses.length === 0 || addresses.some((a) => !isLoopbackAddress(a));
  if (!beyond) {
    return {
      level: "info",
      message: `listening on ${where} only: no STUDIO_PASSWORD is set, so only this machine may reach the studio. Set STUDIO_PASSWORD to serve others.`,
    };
  }
  if (config.insecure) {
    return {
      level: "warn",
      message: `WARNING: listening on ${where} with no password (STUDIO_INSECURE=1): anyone who can reach this address can use the studio, read its tasks and spend its credits.`,
    };
  }
  return {
    level: "fatal",
    message:
      `Refusing to serve on ${where}: no STUDIO_PASSWORD is set, so anyone who can reach that address could use the studio. ` +
      "Set STUDIO_PASSWORD, or listen on 127.0.0.1 only (npm start does: next start -H 127.0.0.1), " +
      "or set STUDIO_INSECURE=1 to accept the risk.",
  };
}
