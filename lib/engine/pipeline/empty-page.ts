/**
 * A page that came with no content: a 204, a 200 with Content-Length 0, a chunked body that ended
 * before its first chunk, or only white space. Parsed, it is an empty html/head/body, and the seed's
 * failure said "No repeated records were found … point the URL at the listing page itself", which
 * sends the analyst hunting for another page when this one sent nothing at all (a hiccup, a page
 * that needs a session, the wrong address). Caught before parsing, so an empty body is never handed
 * to the streaming parser either (parse-paused.ts).
 */

/** Nothing but white space (a byte-order mark included). */
export const isEmptyPage = (html: string): boolean => !/[^\s\uFEFF]/u.test(html);

const answered = (status: number | undefined) => (status === undefined ? "" : ` answered ${status}${status === 204 ? " No Content" : ""}`);

/** Why the seed gave no records when it sent nothing; `status` is absent for a page given as a file. */
export function emptySeed(url: string, status?: number): string {
  if (status === undefined) return "The seed page is empty: the HTML given has no content, so it lists no records.";
  return `The seed page is empty: ${url}${answered(status)} with no content, so it lists no records. Open the URL in a browser: if it shows the items there, run again later; if it asks you to sign in, the engine cannot read it.`;
}

/** The note that ends pagination on an empty page (the rows read so far are kept). */
export const emptyNext = (url: string, status: number) => `Pagination stopped at ${url}: the page${answered(status)} with no content.`;
