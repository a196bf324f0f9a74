import type { LoggedRequest, Scenario } from "../fixtures/linkup-double/types";
import { DOUBLE_ORIGIN } from "./env";

/** The specs' remote control for the Linkup double (its /__control API). */
export type { LoggedRequest, Scenario };

export interface FailNext {
  method: "GET" | "POST";
  path?: string;
  status?: number;
  code?: string;
  message?: string;
  times?: number;
  retryAfter?: number;
  raw?: string;
  contentType?: string;
  delayMs?: number;
  cut?: { mode: "reset" | "truncate" | "short" | "stall"; afterLines?: number; afterBytes?: number };
}

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
  /**
   * Queues a fault for the next matching request(s): an error answer (`status`, optionally a `raw`
   * body of `contentType`, or a 200 with a malformed `raw` body), a slow answer (`delayMs`), or a
   * download cut short (`cut`, see StreamCut; mode "reset" on an API call drops it unanswered).
   */
  failNext: (failure: FailNext) => control("/fail-next", failure),
  seedTask: (task: Scenario & { input: { q: string; url: string; schema?: unknown; verifyUrls?: boolean }; createdAt?: string }) =>
    control("/tasks", task) as Promise<{ id: string }>,
  /** Drops every queued fault (a persistent outage ends); tasks and the request log stay. */
  clearFaults: () => control("/clear-faults"),
  expireLinks: () => control("/expire-links"),
  configure: (config: { apiKey?: string; linkTtlMs?: number }) => control("/config", config),
  requests: () => control("/requests") as Promise<LoggedRequest[]>,
};
