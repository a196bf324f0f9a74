import type { LoggedRequest, Scenario } from "../fixtures/linkup-double/types";
import { DOUBLE_ORIGIN } from "./env";

/** The specs' remote control for the Linkup double (its /__control API). */
export type { LoggedRequest, Scenario };

async function control(path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${DOUBLE_ORIGIN}/__control${path}`, {
    method: body === undefined && path === "/requests" ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined && path === "/requests" ? undefined : JSON.stringify(body ?? {}),
  });
  if (!res.ok) throw new Error(`double control ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

export const double = {
  reset: () => control("/reset"),
  queueScenario: (scenario: Scenario) => control("/scenario", scenario),
  failNext: (failure: {
    method: "GET" | "POST";
    path?: string;
    status: number;
    code?: string;
    message?: string;
    times?: number;
    retryAfter?: number;
    raw?: string;
  }) => control("/fail-next", failure),
  seedTask: (task: Scenario & { input: { q: string; url: string; schema?: unknown; verifyUrls?: boolean }; createdAt?: string }) =>
    control("/tasks", task) as Promise<{ id: string }>,
  expireLinks: () => control("/expire-links"),
  /** The next result download sends `afterBytes` bytes, then the connection drops. */
  breakNextResult: (afterBytes: number) => control("/break-next-result", { afterBytes }),
  configure: (config: { apiKey?: string; linkTtlMs?: number }) => control("/config", config),
  requests: () => control("/requests") as Promise<LoggedRequest[]>,
};
