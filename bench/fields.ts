/**
 * Field-filling benchmark on the zyte corpus (ecommerce and jobs demo sites).
 *
 *   npx tsx bench/fields.ts [--corpus DIR] [--verbose] [--mode schema|query|both]
 *
 * For every category, every listing page file is read (no live pagination) and its rows taken as the
 * pipeline takes a seed page's (rowsFromPage: JSON-LD first, then findRecords, then a listing of two
 * items or of one whose rows fill the fields), coerced and validated
 * against a schema built from the site's scored_fields, and the rows of all the category's pages
 * scored against the category's truth with the corpus README's field-level rule: whitespace
 * normalised, URLs resolved against the page URL and compared by path + query, one-to-one matching,
 * a row correct only when every scored field is equal. "query" mode takes the fields from a plain
 * query instead of a schema. Prints figures; passes or fails nothing. Skips when the corpus is absent.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHtml } from "../lib/engine/dom";
import { coerceRow, fieldSpecsFromQuery, fieldSpecsFromSchema, makeRowValidator, type FieldSpec } from "../lib/engine/fields";
import { rowsFromPage } from "../lib/engine/page-rows";
import { corpusDir } from "./lib/corpus";
import { addScore as add, fmt, loadTruth, loadZyteSite, pr, rowKey, scoreRows, zeroScore, zyteQuery, zyteSchema, type Score } from "./lib/zyte-score";

const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose");
const modeArg = argv.includes("--mode") ? argv[argv.indexOf("--mode") + 1] : "both";
const modes = (modeArg === "both" ? ["schema", "query"] : [modeArg]) as ("schema" | "query")[];

const corpus = corpusDir(path.resolve(__dirname, "../../shared/corpus"), "zyte");
if (!corpus) {
  console.log("bench/fields: corpus not found (give --corpus DIR or CORPUS_DIR); skipped.");
  process.exit(0);
}

async function runSite(site: string, mode: "schema" | "query"): Promise<Score> {
  const data = loadZyteSite(corpus!, site);
  const { dir, routes } = data;
  const origin = `https://${site}.example`;
  const scored = data.scoredFields;
  const schema = zyteSchema(scored);
  const q = zyteQuery(site, scored);
  const fields: FieldSpec[] | null = mode === "schema" ? fieldSpecsFromSchema(schema) : fieldSpecsFromQuery(q);
  const validate = mode === "schema" ? makeRowValidator(schema) : null;
  let total: Score = zeroScore();
  let noRegion = 0;
  const perCategory: { id: number; name: string; score: Score; sample?: string }[] = [];
  for (const cat of data.categories) {
    const truth = loadTruth(data, cat);
    const keys: string[] = [];
    let sample: string | undefined;
    for (const [pageIndex, url] of cat.listing_urls.entries()) {
      const file = routes[url];
      if (!file) continue;
      const pageUrl = origin + url;
      const doc = parseHtml(readFileSync(path.join(dir, file), "utf8"));
      // Each page as a seed page, as the pipeline reads one.
      const input = { url: pageUrl, q, schema: mode === "schema" ? schema : null, verifyUrls: false };
      const rows = (await rowsFromPage(doc, pageUrl, input, fields, null)).rows.map((r) => r.row);
      // Rows lost before field filling: record detection found no region on the page.
      if (!rows.length) noRegion += truth.filter((t) => t._page === pageIndex + 1).length;
      for (const raw of rows) {
        const row = fields && mode === "schema" ? coerceRow(raw, fields) : raw;
        if (validate && !validate(row).ok) continue;
        keys.push(rowKey(row, scored, pageUrl));
        sample ??= JSON.stringify(row);
      }
    }
    const { score, missed } = scoreRows(keys, truth, scored, origin + "/");
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

async function main() {
  for (const mode of modes) {
    let modeTotal: Score = zeroScore();
    for (const site of ["ecommerce", "jobs"]) modeTotal = add(modeTotal, await runSite(site, mode));
    const { p, r, f1 } = pr(modeTotal);
    console.log(`${"overall".padEnd(10)} ${mode.padEnd(6)} rows ${modeTotal.extracted}/${modeTotal.truth}  P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1)}`);
  }
}

void main();
