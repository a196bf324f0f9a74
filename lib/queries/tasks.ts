import { queryOptions } from "@tanstack/react-query";
import { polling, tasksList } from "@/lib/config";
import { ApiError } from "@/lib/errors";
import { healthSchema, isTerminal, taskPageSchema, taskSchema, type ProviderName, type Task } from "@/lib/extract/types";
import { fetchJson, postJson, shouldRetry } from "./fetcher";

/** Every 2 s for the first 30 s of watching, then every 5 s (Linkup asks for no more than 1/s). */
export function pollInterval(watchedForMs: number): number {
  return watchedForMs < polling.fastPhaseMs ? polling.fastIntervalMs : polling.slowIntervalMs;
}

/**
 * The wait before the next check while the last ones failed: what Linkup's Retry-After (carried by
 * the studio's error) asks for at least, and otherwise a wait that grows with how long the checks
 * have been failing (half of it, capped), so a studio or Linkup that is down is not asked every
 * 2 s for as long as the page stays open. "Retry now" is there for the impatient.
 */
export function failingPollInterval(error: unknown, interval: number, failingForMs: number): number {
  const asked = error instanceof ApiError && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0;
  const backoff = Math.min(polling.failingMaxIntervalMs, failingForMs / 2);
  return Math.ceil(Math.max(interval, asked, backoff));
}

const taskKeys = {
  all: ["tasks"] as const,
  list: (page: number) => ["tasks", "list", page] as const,
  detail: (id: string) => ["tasks", "detail", id] as const,
};

/** `?provider=embedded` for free previews on the embedded engine while Linkup is the active provider. */
export const providerQuery = (provider: ProviderName | null) => (provider === "embedded" ? "?provider=embedded" : "");

/** A free preview: a task the embedded engine holds while Linkup is the active provider. */
export const isPreview = (task: Task, activeProvider: ProviderName) => activeProvider === "linkup" && task.provider === "embedded";

/** A task's page; a preview's says so, as its API calls must. */
export const taskHref = (task: Task, activeProvider: ProviderName) => `/tasks/${encodeURIComponent(task.id)}${providerQuery(isPreview(task, activeProvider) ? "embedded" : null)}`;

export function taskQueryOptions(id: string, watchStartedAt: number, provider: ProviderName | null = null) {
  return queryOptions({
    queryKey: [...taskKeys.detail(id), provider],
    queryFn: ({ signal }) => fetchJson(`/api/extract/${encodeURIComponent(id)}${providerQuery(provider)}`, taskSchema, { signal }),
    refetchInterval: (query) => {
      const task: Task | undefined = query.state.data;
      if (task && isTerminal(task.status)) return false;
      // A task that does not exist will not start to.
      if (query.state.error instanceof ApiError && query.state.error.status === 404) return false;
      const now = Date.now();
      const interval = pollInterval(now - watchStartedAt);
      // The last check failed (a success clears the error): since the last success, or since watching began.
      if (query.state.error) return failingPollInterval(query.state.error, interval, now - Math.max(query.state.dataUpdatedAt, watchStartedAt));
      return interval;
    },
    refetchIntervalInBackground: true,
    retry: shouldRetry,
  });
}

/** Every cached copy of task `id` (with and without `?provider=embedded`), to update after a cancel. */
export const taskDetailKey = (id: string) => taskKeys.detail(id);

/** Cancels an embedded-engine task (POST /api/extract/[id]/cancel); answers the task, ended. */
export const cancelTaskRequest = (id: string, provider: ProviderName | null) =>
  postJson(`/api/extract/${encodeURIComponent(id)}/cancel${providerQuery(provider)}`, taskSchema, {});

export function tasksPageQueryOptions(page: number) {
  return queryOptions({
    queryKey: taskKeys.list(page),
    queryFn: ({ signal }) =>
      fetchJson(`/api/extract?page=${page}&pageSize=${tasksList.pageSize}&sortBy=createdAt&sortDirection=desc`, taskPageSchema, { signal }),
    // A listed task that is still running will change status: keep the list current until none is.
    refetchInterval: (query) => {
      // Linkup's part of the list is missing: look again now and then, for it to come back.
      if (query.state.data?.unavailable) return polling.failingMaxIntervalMs / 2;
      if (!query.state.data?.data.some((task) => !isTerminal(task.status))) return false;
      const { error, dataUpdatedAt } = query.state;
      return error ? failingPollInterval(error, tasksList.refreshIntervalMs, Date.now() - dataUpdatedAt) : tasksList.refreshIntervalMs;
    },
    retry: shouldRetry,
  });
}

export const healthQueryOptions = queryOptions({
  queryKey: ["health"],
  queryFn: ({ signal }) => fetchJson("/api/health", healthSchema, { signal }),
  staleTime: 60_000,
});
