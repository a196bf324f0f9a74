/**
 * Page titles: each page names itself first, so tabs and the history's back/forward lists tell
 * tasks apart. Shared by the layout's metadata, the task page's metadata (server) and the task
 * view, which titles a Linkup task once its poll has read the query (client).
 */
export const APP_NAME = "Extract Studio";
export const TITLE_TEMPLATE = `%s · ${APP_NAME}`;

/** The longest query a title shows whole (a tab shows far less; the history list a little more). */
const TITLE_QUERY_CHARS = 60;

/** A task's title: its query, spaces tidied and cut short; "Task" when it has none. */
export function taskTitle(q: string | null | undefined): string {
  const text = (q ?? "").trim().replace(/\s+/g, " ");
  return text.length > TITLE_QUERY_CHARS ? `${text.slice(0, TITLE_QUERY_CHARS - 1).trimEnd()}…` : text || "Task";
}

/** A title as the layout's template writes it, for the one place that sets it outside metadata. */
export const fullTitle = (title: string) => TITLE_TEMPLATE.replace("%s", title);
