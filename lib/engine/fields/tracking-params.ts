/**
 * Campaign and click-tracking parameters a site adds to its own links (`?utm_source=list`,
 * `&gclid=…`): they say which ad or list a visit came from, never which page it is. A row's URL
 * without them names the same page, reads as a person would copy it, and is the same for the same
 * item listed twice (a sponsored card and its organic twin).
 */
const TRACKING = /^(?:utm_[a-z0-9_]+|gclid|gclsrc|dclid|gbraid|wbraid|fbclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|li_fat_id)$/i;
const MAY_TRACK = /[?&](?:utm_|gclid|gclsrc|dclid|gbraid|wbraid|fbclid|msclkid|yclid|twclid|igshid|mc_[ce]id|_hs|mkt_tok|li_fat_id)/i;

/** `href` (absolute) without its tracking parameters; the other parameters keep their order and spelling. */
export function withoutTracking(href: string): string {
  if (!MAY_TRACK.test(href)) return href;
  const hash = href.indexOf("#");
  const beforeHash = hash < 0 ? href : href.slice(0, hash);
  const q = beforeHash.indexOf("?");
  if (q < 0) return href;
  const kept = beforeHash
    .slice(q + 1)
    .split("&")
    .filter((pair) => {
      const name = pair.split("=")[0]!;
      try {
        return !TRACKING.test(decodeURIComponent(name));
      } catch {
        return true;
      }
    });
  return beforeHash.slice(0, q) + (kept.length ? `?${kept.join("&")}` : "") + (hash < 0 ? "" : href.slice(hash));
}
