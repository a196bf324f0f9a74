/**
 * The tasks list's filter: a task is listed when every word typed occurs in its query, its seed
 * URL's host (as shown, or in punycode) or its status, ignoring case and accents ("zurich" finds "Zürich"), as the grid's quick
 * search does. It filters the page shown, client-side: the list is paged by the provider, which
 * cannot search.
 */
import { foldText, searchWords } from "@/lib/results/quick-search";
import type { TaskStatus } from "@/lib/extract/types";
import { seedHostSpellings } from "./seed-url";


/** The tasks the filter keeps, in their order; every task when it is blank. */
export function filterTasks<T extends { status: TaskStatus; input: { q: string; url: string } }>(tasks: readonly T[], filter: string): T[] {
  const words = searchWords(filter);
  if (!words.length) return [...tasks];
  return tasks.filter((task) => {
    const fields = [foldText(task.input.q), ...seedHostSpellings(task.input.url).map(foldText), task.status];
    return words.every((word) => fields.some((field) => field.includes(word)));
  });
}

/** `/tasks` with its page and filter, as the list's links and address bar write them. */
export function tasksHref(page: number, filter: string): string {
  const params = new URLSearchParams();
  if (page > 1) params.set("page", String(page));
  if (filter.trim()) params.set("q", filter);
  const search = params.toString();
  return search ? `/tasks?${search}` : "/tasks";
}
