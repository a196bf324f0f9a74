import { ApiError } from "@/lib/errors";
import type { ExtractProvider } from "./provider-types";
import type { ListParams, ProviderName, Task, TaskPage } from "./types";

type Order = Pick<ListParams, "sortBy" | "sortDirection">;

/** The local side of a merged list: a store that answers any slice and count without a network call. */
export interface LocalTasks {
  count(): number;
  slice(order: Order, offset: number, limit: number): Task[];
  /** Tasks strictly before the instant `ms` in `order` (one at the same instant comes after). */
  countBefore(order: Order, ms: number): number;
}

/** Linkup's largest page: the fewest calls for a range of its tasks. */
const REMOTE_PAGE_SIZE = 100;

export const withProvider = (task: Task, provider: ProviderName): Task => ({ ...task, provider });

const instant = (task: Task, order: Order) => Date.parse(order.sortBy === "updatedAt" ? task.updatedAt : task.createdAt);

/** Whether a local task goes before a remote one; at the same instant the remote one goes first. */
function localFirst(local: Task, remote: Task, order: Order): boolean {
  const l = instant(local, order);
  const r = instant(remote, order);
  return order.sortDirection === "asc" ? l < r : l > r;
}

/**
 * One page of two sources' tasks merged in the list's order: the remote provider's (Linkup) and the
 * local store's (the embedded engine's free previews), each task marked with its provider.
 *
 * Paged by position in the merged order, so pages neither overlap nor skip a task. Each local task
 * moves the remote ones after it one place down, so the remote task at merged position `start` is at
 * remote index `start - localTotal` or later: only remote tasks from there on are fetched, and the
 * local ones before the first of them are counted in the store rather than fetched from Linkup.
 */
export async function mergedList(remote: ExtractProvider, local: LocalTasks, localName: ProviderName, params: ListParams, signal?: AbortSignal): Promise<TaskPage> {
  const localTotal = local.count();
  if (localTotal === 0) {
    const { unreadableAt: _positions, ...page } = await remote.list(params, signal);
    return { ...page, data: page.data.map((t) => withProvider(t, remote.name)) };
  }
  const start = (params.page - 1) * params.pageSize;
  const end = start + params.pageSize;
  const from = Math.max(0, start - localTotal);
  let range: { tasks: (Task | null)[]; total: number };
  try {
    range = await remoteRange(remote, params, from, end, signal);
  } catch (err) {
    // Linkup down, a revoked key, a rate limit: the previews are still here. List them, and say why
    // Linkup's tasks are missing, rather than hide everything behind Linkup's error.
    if (signal?.aborted || !(err instanceof ApiError)) throw err;
    return localOnly(local, localName, params, err);
  }
  const { tasks: remoteTasks, total: remoteTotal } = range;
  const total = remoteTotal + localTotal;
  let unreadable = 0;
  const page = (data: Task[]): TaskPage => ({
    metadata: { page: params.page, pageSize: params.pageSize, total, totalPages: Math.ceil(total / params.pageSize) },
    data,
    ...(unreadable > 0 ? { unreadable } : {}),
  });

  // A remote task that could not be read has no instant: it keeps its place just before the next
  // readable remote task (or, with none after it in the range, goes before the local ones), so it
  // still takes one position and the pages stay in step with Linkup's.
  const placedBy: (Task | undefined)[] = [];
  for (let i = remoteTasks.length - 1, next: Task | undefined; i >= 0; i--) placedBy[i] = next = remoteTasks[i] ?? next;
  const anchor = placedBy[0];
  // No remote task at `from` > 0 means `start` is past the end of both lists.
  if (start >= total || (remoteTasks.length === 0 && from > 0)) return page([]);
  const localFrom = anchor && from > 0 ? local.countBefore(params, instant(anchor, params)) : 0;
  let position = from + localFrom;
  const locals = local.slice(params, localFrom, end - position);
  const data: Task[] = [];
  let r = 0;
  let l = 0;
  // The remote range ends at index `end`: once it is used up, `position` has reached `end` too.
  while (position < end && (r < remoteTasks.length || l < locals.length)) {
    const nextLocal = locals[l];
    const remoteLeft = r < remoteTasks.length;
    const placeOfRemote = placedBy[r];
    if (nextLocal && (!remoteLeft || (placeOfRemote !== undefined && localFirst(nextLocal, placeOfRemote, params)))) {
      if (position >= start) data.push(withProvider(nextLocal, localName));
      l++;
    } else if (remoteLeft) {
      const nextRemote = remoteTasks[r];
      if (position >= start) {
        if (nextRemote) data.push(withProvider(nextRemote, remote.name));
        else unreadable++;
      }
      r++;
    } else break;
    position++;
  }
  return page(data);
}

/** One page of the local tasks alone, marked with why the remote ones are not in it. */
function localOnly(local: LocalTasks, localName: ProviderName, params: ListParams, err: ApiError): TaskPage {
  const total = local.count();
  const data = local.slice(params, (params.page - 1) * params.pageSize, params.pageSize).map((t) => withProvider(t, localName));
  return { metadata: { page: params.page, pageSize: params.pageSize, total, totalPages: Math.ceil(total / params.pageSize) }, data, unavailable: { code: err.code, message: err.message } };
}

/**
 * The remote tasks at indexes [from, end) of the list's order, and how many the remote has in all;
 * `null` where the remote sent a task that could not be read.
 */
async function remoteRange(remote: ExtractProvider, order: Order, from: number, end: number, signal?: AbortSignal): Promise<{ tasks: (Task | null)[]; total: number }> {
  const tasks: (Task | null)[] = [];
  let total = 0;
  for (let page = Math.floor(from / REMOTE_PAGE_SIZE) + 1; ; page++) {
    const answer = await remote.list({ page, pageSize: REMOTE_PAGE_SIZE, sortBy: order.sortBy, sortDirection: order.sortDirection }, signal);
    total = answer.metadata.total;
    const offset = (page - 1) * REMOTE_PAGE_SIZE;
    const skipped = new Set(answer.unreadableAt);
    const sent = answer.data.length + skipped.size;
    for (let i = 0, d = 0; i < sent; i++) {
      const task = skipped.has(i) ? null : (answer.data[d++] ?? null);
      if (offset + i >= from && offset + i < end) tasks.push(task);
    }
    if (sent < REMOTE_PAGE_SIZE || page * REMOTE_PAGE_SIZE >= Math.min(end, total)) return { tasks, total };
  }
}
