/**
 * No URL the engine emits or follows carries user info ("alice:secret@"). The seed URL cannot
 * (lib/extract/types.ts refuses it), but a page can write one into a link, its <base href> or a
 * redirect's Location. node:http turns a URL's user info into an `Authorization: Basic` header
 * (global fetch refuses such URLs; node:http sends them), so following one would send credentials the
 * page chose to whatever host it names; copied into a row it would reach the CSV, the sources, the
 * task list and the next-page URLs.
 *
 * The rule, in one place: a link read from a page keeps naming its resource without the user info,
 * so it is resolved through `resolveLink`, which drops it; a request to an address that still has
 * some is refused (transport.ts), and so is a redirect to one, with a sentence saying why.
 */

export function hasUserInfo(url: URL): boolean {
  return url.username !== "" || url.password !== "";
}

/** `url` itself when it has no user info, else a copy without it. */
export function withoutUserInfo(url: URL): URL {
  if (!hasUserInfo(url)) return url;
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  return copy;
}

/**
 * `href` (trimmed) resolved against `base`, without user info, whether it came from `href` or from
 * `base`; null when it is not a URL. The caller decides which schemes it takes.
 */
export function resolveLink(href: string, base?: string | URL): URL | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (hasUserInfo(url)) {
    url.username = "";
    url.password = "";
  }
  return url;
}

/** The address to show in a message: never the user info, even of a URL that is refused for it. */
export function shownUrl(url: URL): string {
  return withoutUserInfo(url).href;
}
