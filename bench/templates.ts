/**
 * Do the compose page's templates work with the embedded engine on real pages? Each template's query
 * and schema run against every page of the corpus (read in place; skipped, and said so, when it is
 * absent). A page "works" when it yields ≥ 3 rows that fill at least half the schema's fields on
 * average. Prints, per template, on how many pages it works and the best pages.
 *
 *   npx tsx bench/templates.ts [--corpus DIR]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { templates } from "../lib/compose/templates";
import { runPipeline } from "../lib/engine/pipeline";
import { corpusDir } from "./lib/corpus";
import { runBench } from "./lib/run";

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".html")) out.push(full);
    }
  };
  walk(dir);
  return out;
}

async function main() {
  const dir = corpusDir(path.resolve(__dirname, "../../shared/corpus"));
  if (!dir) {
    console.log("templates bench: the corpus (../shared/corpus) is not present; skipped.");
    return;
  }
  // Listing pages only (zyte detail pages and the pagination set's mixed pages are not listings).
  const pages = [
    ...htmlFiles(path.join(dir, "next-eval/pages")),
    ...htmlFiles(path.join(dir, "depta/pages")),
    ...htmlFiles(path.join(dir, "zyte/ecommerce/pages/category")).filter((f) => f.endsWith("index.html")),
    ...htmlFiles(path.join(dir, "zyte/jobs/pages/jobs")).filter((f) => f.endsWith("index.html")),
  ];
  console.log(`templates bench: ${pages.length} corpus pages`);
  for (const t of templates) {
    const fields = t.schema ? Object.keys((t.schema.properties as Record<string, unknown>) ?? {}) : [];
    const working: { page: string; rows: number; fill: number }[] = [];
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const rows: Record<string, unknown>[] = [];
      try {
        await runPipeline(
          { q: t.q, url: "https://corpus.example/page", schema: t.schema, verifyUrls: false },
          (r) => void rows.push(r.row),
          { maxPages: 1, pageTimeoutMs: 5_000, allowPrivate: false, respectRobots: false, seedHtml: html },
        );
      } catch {
        continue; // no records, or none valid: the template does not fit this page
      }
      const filled = fields.length
        ? rows.reduce((sum, r) => sum + fields.filter((f) => r[f] !== undefined && r[f] !== null && r[f] !== "").length / fields.length, 0) / rows.length
        : 1;
      if (rows.length >= 3 && filled >= 0.5) working.push({ page: path.relative(dir, file), rows: rows.length, fill: filled });
    }
    working.sort((a, b) => b.fill - a.fill || b.rows - a.rows);
    console.log(
      `  ${t.label.padEnd(18)} works on ${String(working.length).padStart(3)} / ${pages.length} pages; best: ${working
        .slice(0, 3)
        .map((w) => `${w.page} (${w.rows} rows, ${Math.round(w.fill * 100)}% filled)`)
        .join("; ") || "—"}`,
    );
  }
}

runBench(main);
