/**
 * Where to go after signing in: a path on the studio itself, never another site (no open redirect)
 * and never an API route or the login page. Anything doubtful becomes "/".
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || raw.length > 2048) return "/";
  // "//host" and "/\\host" are protocol-relative to a browser; control characters hide tricks.
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\") || /[\u0000-\u001f\u007f\\]/.test(raw)) return "/";
  let url: URL;
  try {
    url = new URL(raw, "http://studio.invalid");
  } catch {
    return "/";
  }
  if (url.origin !== "http://studio.invalid") return "/";
  if (/^\/(api|v1|_next)(\/|$)/.test(url.pathname) || url.pathname === "/login") return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
