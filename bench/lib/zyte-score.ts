/**
 * The zyte corpus (ecommerce and jobs demo sites): site metadata, category truth, the schema and
 * query a benchmark extracts with, and the corpus README's field-level row score — whitespace
 * normalised (NBSP included), URLs resolved against the page URL and compared by path + query,
 * one-to-one matching, a truth row correct only when every scored field is equal.
 * Shared by bench/fields.ts (page files) and bench/zyte-crawl.ts (live pipeline on loopback).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const ZYTE_SITES = ["ecommerce", "jobs"] as const;

export interface ZyteCategory {
  id: number;
  name: string;
  listing_urls: string[];
  pages?: number;
  items?: number;
  truth: string;
}

export interface ZyteSiteData {
  site: string;
  dir: string;
  scoredFields: string[];
  categories: ZyteCategory[];
  /** URL path + query → file (relative to `dir`). */
  routes: Record<string, string>;
}

const NUMBER_FIELDS = new Set(["rating"]);
const URI_FIELDS = new Set(["url"]);
const ZYTE_QUERIES: Record<string, string> = {
  ecommerce: "every product with name, price, availability, rating and url",
  jobs: "every job with title, company, location, salary and url",
};

export function loadZyteSite(corpus: string, site: string): ZyteSiteData {
  const dir = path.join(corpus, "zyte", site);
  const meta = JSON.parse(readFileSync(path.join(dir, "categories.json"), "utf8")) as { scored_fields: string[]; categories: ZyteCategory[] };
  const routes = JSON.parse(readFileSync(path.join(dir, "routes.json"), "utf8")) as Record<string, string>;
  return { site, dir, scoredFields: meta.scored_fields, categories: meta.categories, routes };
}

export function loadTruth(site: ZyteSiteData, cat: ZyteCategory): Record<string, unknown>[] {
  return readFileSync(path.join(site.dir, cat.truth), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A JSON Schema for one row with the site's scored fields (none required). */
export function zyteSchema(scored: string[]): Record<string, unknown> {
  return {
    type: "object",
    properties: Object.fromEntries(
      scored.map((f) => [f, NUMBER_FIELDS.has(f) ? { type: "number" } : URI_FIELDS.has(f) ? { type: "string", format: "uri" } : { type: "string" }]),
    ),
  };
}

export const zyteQuery = (site: string, scored: string[]) => ZYTE_QUERIES[site] ?? `every item with ${scored.join(", ")}`;

const norm = (v: unknown) => String(v ?? "").replace(/[\s\u00a0]+/g, " ").trim();

export function urlKey(v: unknown, page: string): string {
  try {
    const u = new URL(norm(v), page);
    return u.pathname + u.search;
  } catch {
    return norm(v);
  }
}

/** The comparable form of a row: scored fields normalised, URLs as path + query. */
export const rowKey = (row: Record<string, unknown>, fields: string[], page: string) =>
  JSON.stringify(fields.map((f) => (URI_FIELDS.has(f) ? urlKey(row[f], page) : norm(row[f]))));

export interface Score {
  extracted: number;
  truth: number;
  correct: number;
}
export const zeroScore = (): Score => ({ extracted: 0, truth: 0, correct: 0 });
export const addScore = (a: Score, b: Score): Score => ({ extracted: a.extracted + b.extracted, truth: a.truth + b.truth, correct: a.correct + b.correct });

/** Row precision / recall / F1; an empty side scores 1 when the other is empty too. */
export const pr = (s: Score) => {
  const p = s.extracted ? s.correct / s.extracted : s.truth ? 0 : 1;
  const r = s.truth ? s.correct / s.truth : s.extracted ? 0 : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
export const fmt = (x: number) => x.toFixed(3);

/**
 * One-to-one matching of extracted row keys against the truth rows (keys are exact, so a multiset
 * intersection is the optimal matching). Returns the score and the truth keys left unmatched.
 */
export function scoreRows(extractedKeys: string[], truth: Record<string, unknown>[], scored: string[], truthPage: string): { score: Score; missed: string[]; extra: string[] } {
  const keys = new Map<string, number>();
  for (const k of extractedKeys) keys.set(k, (keys.get(k) ?? 0) + 1);
  let correct = 0;
  const missed: string[] = [];
  for (const t of truth) {
    const k = rowKey(t, scored, truthPage);
    const n = keys.get(k) ?? 0;
    if (n > 0) {
      keys.set(k, n - 1);
      correct++;
    } else missed.push(k);
  }
  const extra = [...keys].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { score: { extracted: extractedKeys.length, truth: truth.length, correct }, missed, extra };
}
