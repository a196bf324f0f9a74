/**
 * Field-filling benchmark on the zyte corpus (ecommerce and jobs demo sites).
 *
 *   npx tsx bench/fields.ts [--corpus DIR] [--verbose] [--mode schema|query|both]
 *
 * For every category, every listing page file is read (no live pagination), its records found with
 * findRecords, rows filled with extractRows (JSON-LD first, like the pipeline), coerced and validated
 * against a schema built from the site's scored_fields, and the rows of all the category's pages
 * scored against the category's truth with the corpus README's field-level rule: whitespace
 * normalised, URLs resolved against the page URL and compared by path + query, one-to-one matching,
 * a row correct only when every scored field is equal. "query" mode takes the fields from a plain
 * query instead of a schema. Prints figures; passes or fails nothing. Skips when the corpus is absent.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHtml } from "../lib/engine/dom";
import { coerceRow, extractRows, fieldSpecsFromQuery, fieldSpecsFromSchema, makeRowValidator, rowsFromJsonLd, type FieldSpec } from "../lib/engine/fields";
import { findRecords } from "../lib/engine/records";
import { corpusDir } from "./lib/corpus";

const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose");
const modeArg = argv.includes("--mode") ? argv[argv.indexOf("--mode") + 1] : "both";
const modes = (modeArg === "both" ? ["schema", "query"] : [modeArg]) as ("schema" | "query")[];

const corpus = corpusDir(path.resolve(__dirname, "../../shared/corpus"), "zyte");
if (!corpus) {
  console.log("bench/fields: corpus not found (give --corpus DIR or CORPUS_DIR); skipped.");
  process.exit(0);
}

interface Category {
  id: number;
  name: string;
  listing_urls: string[];
  truth: string;
}

const NUMBER_FIELDS = new Set(["rating"]);
const URI_FIELDS = new Set(["url"]);
const QUERIES: Record<string, string> = {
  ecommerce: "every product with name, price, availability, rating and url",
  jobs: "every job with title, company, location, salary and url",
};

const norm = (v: unknown) => String(v ?? "").replace(/[\s\u00a0]+/g, " ").trim();
function urlKey(v: unknown, page: string): string {
  try {
    const u = new URL(norm(v), page);
    return u.pathname + u.search;
  } catch {
    return norm(v);
  }
}
const rowKey = (row: Record<string, unknown>, fields: string[], page: string) =>
  JSON.stringify(fields.map((f) => (URI_FIELDS.has(f) ? urlKey(row[f], page) : norm(row[f]))));

interface Score {
  extracted: number;
  truth: number;
  correct: number;
}
const add = (a: Score, b: Score): Score => ({ extracted: a.extracted + b.extracted, truth: a.truth + b.truth, correct: a.correct + b.correct });
const pr = (s: Score) => {
  const p = s.extracted ? s.correct / s.extracted : s.truth ? 0 : 1;
  const r = s.truth ? s.correct / s.truth : s.extracted ? 0 : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x: number) => x.toFixed(3);

function runSite(site: string, mode: "schema" | "query") {
  const dir = path.join(corpus!, "zyte", site);
  const meta = JSON.parse(readFileSync(path.join(dir, "categories.json"), "utf8")) as { scored_fields: string[]; categories: Category[] };
  const routes = JSON.parse(readFileSync(path.join(dir, "routes.json"), "utf8")) as Record<string, string>;
  const origin = `https://${site}.example`;
  const scored = meta.scored_fields;
  const schema = {
    type: "object",
    properties: Object.fromEntries(scored.map((f) => [f, NUMBER_FIELDS.has(f) ? { type: "number" } : URI_FIELDS.has(f) ? { type: "string", format: "uri" } : { type: "string" }])),
  };
  const q = QUERIES[site] ?? `every item with ${scored.join(", ")}`;
  const fields: FieldSpec[] | null = mode === "schema" ? fieldSpecsFromSchema(schema) : fieldSpecsFromQuery(q);
  const validate = mode === "schema" ? makeRowValidator(schema) : null;
  let total: Score = { extracted: 0, truth: 0, correct: 0 };
  let noRegion = 0;
  const perCategory: { id: number; name: string; score: Score; sample?: string }[] = [];
  for (const cat of meta.categories) {
    const truth = readFileSync(path.join(dir, cat.truth), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
    const keys = new Map<string, number>();
    let extracted = 0;
    let sample: string | undefined;
    for (const [pageIndex, url] of cat.listing_urls.entries()) {
      const file = routes[url];
      if (!file) continue;
      const pageUrl = origin + url;
      const doc = parseHtml(readFileSync(path.join(dir, file), "utf8"));
      const ctx = { pageUrl, fields, q };
      const ld = rowsFromJsonLd(doc, ctx);
      let rows = ld.length >= 2 ? ld.map((r) => r.row) : [];
      if (!rows.length) {
        const region = findRecords(doc, { q, fieldNames: fields?.map((f) => f.name) });
        rows = region ? extractRows(region, ctx).map((r) => r.row) : [];
        // Rows lost before field filling: record detection found no region on the page.
        if (!region) noRegion += truth.filter((t) => t._page === pageIndex + 1).length;
      }
      for (const raw of rows) {
        const row = fields && mode === "schema" ? coerceRow(raw, fields) : raw;
        if (validate && !validate(row).ok) continue;
        extracted++;
        const k = rowKey(row, scored, pageUrl);
        keys.set(k, (keys.get(k) ?? 0) + 1);
        sample ??= JSON.stringify(row);
      }
    }
    let correct = 0;
    const missed: string[] = [];
    for (const t of truth) {
      const k = rowKey(t, scored, origin + "/");
      const n = keys.get(k) ?? 0;
      if (n > 0) {
        keys.set(k, n - 1);
        correct++;
      } else missed.push(k);
    }
    const score = { extracted, truth: truth.length, correct };
    total = add(total, score);
    perCategory.push({ id: cat.id, name: cat.name, score, sample: missed.length ? `missed ${missed[0]} e.g. got ${sample}` : undefined });
  }
  const { p, r, f1 } = pr(total);
  const found = pr({ ...total, truth: total.truth - noRegion });
  console.log(
    `${site.padEnd(10)} ${mode.padEnd(6)} categories ${String(perCategory.length).padStart(4)}  rows ${total.extracted}/${total.truth}  P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1)}` +
      `  | ${noRegion} truth rows on pages without a region; R on pages with one ${fmt(found.r)}`,
  );
  if (verbose) {
    const worst = perCategory.map((c) => ({ ...c, ...pr(c.score) })).filter((c) => c.f1 < 1).sort((a, b) => a.f1 - b.f1).slice(0, 10);
    for (const c of worst) console.log(`   ${String(c.id).padStart(5)} ${c.name.slice(0, 28).padEnd(28)} ${c.score.correct}/${c.score.extracted}/${c.score.truth}  F1 ${fmt(c.f1)}  ${c.sample ?? ""}`);
  }
  return total;
}

let all: Score = { extracted: 0, truth: 0, correct: 0 };
for (const mode of modes) {
  let modeTotal: Score = { extracted: 0, truth: 0, correct: 0 };
  for (const site of ["ecommerce", "jobs"]) modeTotal = add(modeTotal, runSite(site, mode));
  const { p, r, f1 } = pr(modeTotal);
  console.log(`${"overall".padEnd(10)} ${mode.padEnd(6)} rows ${modeTotal.extracted}/${modeTotal.truth}  P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1)}`);
  all = add(all, modeTotal);
}
void all;
