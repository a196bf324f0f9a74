/**
 * Next-page link finding against autopager's labelled pages (corpus pagination/).
 *
 *   npx tsx bench/pagination.ts [--corpus DIR] [--verbose]
 *
 * Targets: next found on ≥ 90% of pages that have a NEXT label; a wrong link chosen on ≤ 5% of pages.
 * A link is right when its URL (fragment dropped) or its XPath matches one of the page's NEXT links.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseHtml } from "../lib/engine/dom";
import { findNextLink, nextLinkCandidates, type NextLink } from "../lib/engine/pagination";
import { corpusDir } from "./lib/corpus";
import { loadPaginationPages, sameUrl, type PaginationPage } from "./lib/pagination-corpus";

const verbose = process.argv.includes("--verbose");

function matches(found: NextLink, page: PaginationPage, label: keyof PaginationPage["links"] = "next"): boolean {
  return (page.links[label] ?? []).some((t) => t.xpath === found.xpath || sameUrl(t.url, found.url));
}

/** What a wrong pick was according to the truth, to tell failure classes apart. */
function wrongKind(found: NextLink, page: PaginationPage): string {
  if (matches(found, page, "prev")) return "a PREV link";
  if (["page", "first", "last"].some((l) => matches(found, page, l as "page"))) {
    return page.links.next?.length ? "a PAGE link (page has NEXT)" : "a PAGE link on a page without NEXT label";
  }
  return found.xpath.startsWith("/head") ? "<link rel=next> with no labelled link" : "an unlabelled link";
}

function main() {
  const dir = corpusDir(path.resolve(__dirname, "../../shared/corpus"), "pagination");
  if (!dir) {
    console.log("pagination bench: corpus not present (set --corpus DIR or CORPUS_DIR); skipped.");
    return;
  }
  const pages = loadPaginationPages(dir).filter((p) => !p.failed);
  let withNext = 0;
  let found = 0;
  let wrong = 0;
  let missedNull = 0;
  let parseMs = 0;
  let findMs = 0;
  let maxMs = 0;
  const kinds = new Map<string, number>();
  const misses: string[] = [];
  const docs = pages.map((page) => {
    const t0 = performance.now();
    const doc = parseHtml(page.html);
    parseMs += performance.now() - t0;
    return doc;
  });
  // One untimed pass first, so the figures are steady-state rather than JIT warm-up.
  pages.forEach((page, i) => findNextLink(docs[i]!, page.url));
  for (const [i, page] of pages.entries()) {
    const doc = docs[i]!;
    const t1 = performance.now();
    const got = findNextLink(doc, page.url);
    const t2 = performance.now();
    findMs += t2 - t1;
    maxMs = Math.max(maxMs, t2 - t1);
    const truth = page.links.next ?? [];
    const hasNext = truth.length > 0;
    if (hasNext) withNext++;
    const ok = got ? matches(got, page) : !hasNext;
    if (got && matches(got, page)) found++;
    else if (got) {
      wrong++;
      const kind = wrongKind(got, page);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    else if (hasNext) missedNull++;
    if (!ok && verbose) {
      const labels = Object.keys(page.links).join(",") || "none";
      const ours = got ? `'${got.text.slice(0, 40)}' ${got.url} [${got.score}: ${got.reason}]` : "null";
      const want = hasNext ? truth.map((t) => `'${t.text.slice(0, 30)}' ${t.url}`).join(" | ") : "null";
      let best = "";
      if (!got) {
        const c = nextLinkCandidates(doc, page.url)[0];
        if (c) best = `\n    best below threshold: '${c.text.slice(0, 40)}' ${c.url} [${c.score}: ${c.reason}]`;
      } else if (hasNext) {
        const c = nextLinkCandidates(doc, page.url).find((x) => matches(x, page));
        best = c ? `\n    truth scored: [${c.score}: ${c.reason}]` : "\n    truth not a candidate";
      }
      misses.push(`  #${page.id} ${page.url} (labels: ${labels})\n    ours:  ${ours}\n    truth: ${want}${best}`);
    }
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "0.0");
  console.log(`pagination bench — ${pages.length} pages (${withNext} with NEXT) from ${path.join(dir, "pagination")}`);
  console.log(`  next found:          ${found} / ${withNext} pages with NEXT (${pct(found, withNext)}%, target ≥ 90%)`);
  console.log(`  wrong link chosen:   ${wrong} / ${pages.length} pages (${pct(wrong, pages.length)}%, target ≤ 5%)`);
  for (const [kind, n] of kinds) console.log(`    ${n} × ${kind}`);
  console.log(`  null though NEXT:    ${missedNull} / ${withNext}`);
  console.log(
    `  time per page:       findNextLink ${(findMs / pages.length).toFixed(2)} ms mean, ${maxMs.toFixed(1)} ms max (after a warm-up pass); parseHtml ${(parseMs / pages.length).toFixed(2)} ms mean`,
  );
  if (verbose && misses.length) console.log(`misses:\n${misses.join("\n")}`);
}

main();
