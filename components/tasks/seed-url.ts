/**
 * A task's seed URL as the tasks list shows and searches it: its host as people write it
 * ("zürich.example", not "xn--zrich-kva.example"), as the results grid shows links; a host that
 * could pass for another stays in punycode (see displayHost).
 */
import { displayHost } from "@/lib/results/display-host";

/** The seed URL with its host readable, the rest as given; as given when it is not a URL. */
export function readableSeedUrl(url: string): string {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    return url;
  }
  const shown = displayHost(host);
  if (shown === host) return url;
  // The address as given keeps its own spelling of the rest (scheme, path, query): only the host changes.
  const at = url.toLowerCase().indexOf(host.toLowerCase());
  return at < 0 ? url : url.slice(0, at) + shown + url.slice(at + host.length);
}

/** The seed URL's host as the list shows it, to be searched by: readable, no "www.", no scheme or path. */
export function seedHost(url: string): string {
  try {
    return displayHost(new URL(url).host.replace(/^www\./, ""));
  } catch {
    return url;
  }
}

/**
 * The seed URL's host as the list shows it and, when that differs, as the wire spells it
 * ("xn--zrich-kva.example"): an analyst may paste it from a log, an address bar or an API answer.
 */
export function seedHostSpellings(url: string): string[] {
  const shown = seedHost(url);
  let wire: string;
  try {
    wire = new URL(url).host.replace(/^www\./, "");
  } catch {
    return [shown];
  }
  return wire === shown ? [shown] : [shown, wire];
}
