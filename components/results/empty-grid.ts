import type { RowStreamStatus } from "./use-row-stream";

/**
 * What the grid says when it shows no rows, in place of AG Grid's "No Rows To Show", which told an
 * analyst neither why nor what to do: a result with no rows at all is a different thing from a
 * search or filter that matches none of them. Null while there is nothing to explain yet (rows still
 * loading, matches still being counted).
 */
export function emptyGridMessage(view: { status: RowStreamStatus; loaded: number; narrowed: boolean; matching: number | null }): string | null {
  if (view.loaded === 0) {
    if (view.status !== "done") return null;
    return "This extraction found no rows. If the page does list them, try the page that shows the list itself (not a home or search page), or describe the rows in the words the page uses: Duplicate and edit keeps everything else.";
  }
  if (view.narrowed && view.matching === 0) return "No rows match the search and filters. Clear the search or a column's filter to see rows again.";
  return null;
}
