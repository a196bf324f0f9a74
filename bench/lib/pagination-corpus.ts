/** Reads autopager pages and their truth from the corpus's pagination/ folder. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface TruthLink {
  xpath: string;
  href: string;
  url: string;
  text: string;
}

export interface PaginationPage {
  id: string;
  url: string;
  encoding: string;
  html: string;
  failed: boolean;
  hasNextSelector: boolean;
  links: Partial<Record<"prev" | "page" | "next" | "last" | "first", TruthLink[]>>;
}

interface TruthFile {
  url: string;
  encoding: string;
  next: string | null;
  failed?: boolean;
  links?: PaginationPage["links"];
}

export function loadPaginationPages(corpus: string): PaginationPage[] {
  const dir = path.join(corpus, "pagination");
  const ids = readdirSync(path.join(dir, "truth"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort((a, b) => Number(a) - Number(b));
  return ids.map((id) => {
    const truth = JSON.parse(readFileSync(path.join(dir, "truth", `${id}.json`), "utf8")) as TruthFile;
    const bytes = readFileSync(path.join(dir, "pages", `${id}.html`));
    // Pages are stored as crawled; decode with the encoding the truth names (cp1252, iso8859-15…).
    const html = new TextDecoder(truth.encoding).decode(bytes);
    return {
      id,
      url: truth.url,
      encoding: truth.encoding,
      html,
      failed: !!truth.failed,
      hasNextSelector: !!truth.next,
      links: truth.links ?? {},
    };
  });
}

/** Fragment dropped; percent-encoding compared in decoded form so %7E and ~ agree. Otherwise strict. */
export function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => {
    let s = u.replace(/#.*$/, "");
    try {
      s = new URL(s).href;
    } catch {
      // Keep the raw string.
    }
    try {
      return decodeURI(s);
    } catch {
      return s;
    }
  };
  return norm(a) === norm(b);
}
