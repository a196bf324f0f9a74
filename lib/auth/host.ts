/**
 * DNS rebinding: a web page on attacker.example can point its own name at 127.0.0.1 and then call
 * a studio on this machine "same-origin", with no password to stop it. The browser still sends the
 * name it looked up as the Host header (which a page cannot change), so a studio without a password
 * answers only requests whose Host is this machine by name (localhost, *.localhost), an IP address (rebinding
 * needs a DNS name: a page served from an address is the studio's own origin), or a name the
 * operator lists in STUDIO_ALLOWED_HOSTS.
 */

/** The host name of a Host header value (lower-cased, port and IPv6 brackets removed), or "" when it is not one. */
export function hostName(host: string): string {
  const match = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::\d{1,5})?$/i.exec(host.trim());
  return (match?.[1] ?? match?.[2] ?? "").toLowerCase().replace(/\.$/, "");
}

const isIpAddress = (name: string) => name.includes(":") || /^\d{1,3}(\.\d{1,3}){3}$/.test(name);

/** Whether a passwordless studio may answer a request sent to `host` (the Host header, port included). */
export function hostAllowed(host: string | null, allowed: readonly string[]): boolean {
  const name = hostName(host ?? "");
  if (!name) return false;
  // *.localhost is loopback in every browser (RFC 6761), which never asks DNS for it: no page can rebind it.
  return name === "localhost" || name.endsWith(".localhost") || isIpAddress(name) || allowed.some((entry) => hostName(entry) === name);
}

/** The sentence a refused request gets, as text (the HTML page escapes it). */
export function hostRefusal(host: string | null): string {
  const shown = hostName(host ?? "") || "(none)";
  return (
    `This studio has no password (STUDIO_PASSWORD), so it answers only at this machine's own addresses — ` +
    `localhost, 127.0.0.1 or [::1] — not at “${shown}”. A page from another site may be trying to use it. ` +
    "Open the studio at http://127.0.0.1:<port>, or set STUDIO_PASSWORD, or list the name in STUDIO_ALLOWED_HOSTS if it is yours."
  );
}
