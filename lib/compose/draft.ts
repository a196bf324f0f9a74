import { z } from "zod";

/** What the compose form holds: the schema as text, since the analyst may be mid-edit. */
export const draftSchema = z.object({
  url: z.string().max(8_192),
  q: z.string().max(20_000),
  schemaText: z.string().max(256 * 1024),
  verifyUrls: z.boolean(),
});
export type Draft = z.infer<typeof draftSchema>;

export const emptyDraft: Draft = { url: "", q: "", schemaText: "", verifyUrls: false };

export const DRAFT_KEY = "extract-studio:compose-draft";

export function parseDraft(text: string | null): Draft | null {
  if (!text) return null;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether two drafts hold the same input (a message about one is no longer about the other). */
export const sameDraft = (a: Draft, b: Draft) => a.url === b.url && a.q === b.q && a.schemaText === b.schemaText && a.verifyUrls === b.verifyUrls;

export const schemaToText = (schema: Record<string, unknown> | null) => (schema ? JSON.stringify(schema, null, 2) : "");

/**
 * The seed URL the form sends for what the analyst typed: "www.example.com/products" is
 * https://www.example.com/products, and a page on this machine ("127.0.0.1:4401/category/2",
 * "localhost:3000/team") is http://…, since local servers seldom speak TLS. Only text that reads as
 * a host (a dotted name, localhost, an IP address) and a path is completed; anything else, or text
 * that already names a scheme ("ftp:", "mailto:"), is returned as typed (trimmed), so the server's
 * check — an absolute http(s) URL — still says what is wrong with it.
 */
export function completeSeedUrl(typed: string): string {
  const text = typed.trim();
  // A scheme, but not a host's port ("localhost:3000").
  if (text === "" || /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) return text;
  const authority = /^(?:\/\/)?([^/?#]*)/.exec(text)?.[1] ?? "";
  // An email address, or credentials, are not what a seed URL means.
  if (authority.includes("@") || /\s/.test(authority)) return text;
  const host = authority.replace(/:\d*$/, "").toLowerCase();
  const loopback = host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
  if (!loopback && !host.includes(".")) return text;
  const candidate = `${loopback ? "http" : "https"}://${text.replace(/^\/\//, "")}`;
  try {
    const url = new URL(candidate);
    return url.hostname ? candidate : text;
  } catch {
    return text;
  }
}

/** Linkup works best from the listing page: a bare home page is worth a hint. */
export function looksLikeHomepage(url: string): boolean {
  try {
    const u = new URL(url.trim());
    return (u.protocol === "http:" || u.protocol === "https:") && (u.pathname === "/" || u.pathname === "") && u.search === "";
  } catch {
    return false;
  }
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The same request against Linkup's API, with the key left as $LINKUP_API_KEY (never the real one). */
export function asCurl(body: unknown, baseUrl = "https://api.linkup.so/v1"): string {
  return [
    `curl -X POST ${shellQuote(`${baseUrl}/extract`)} \\`,
    `  -H "Authorization: Bearer $LINKUP_API_KEY" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data ${shellQuote(JSON.stringify(body))}`,
  ].join("\n");
}

export function asFetch(body: unknown, baseUrl = "https://api.linkup.so/v1"): string {
  return [
    `const res = await fetch(${JSON.stringify(`${baseUrl}/extract`)}, {`,
    `  method: "POST",`,
    `  headers: {`,
    "    Authorization: `Bearer ${process.env.LINKUP_API_KEY}`,",
    `    "Content-Type": "application/json",`,
    `  },`,
    `  body: JSON.stringify(${JSON.stringify(body, null, 2).replace(/\n/g, "\n  ")}),`,
    `});`,
    `const task = await res.json(); // poll GET /v1/extract/\${task.id} until it completes`,
  ].join("\n");
}
