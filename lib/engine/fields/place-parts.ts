/**
 * A place written as its country and a part of it, joined: "Kenya · Turkana County", "Zomba
 * District, Malawi", "Nepal | Sindhupalchok". A row asking for a country and a region reads each its
 * own part; a country field alone still takes the country, not the whole line.
 */
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

/** Words of a field holding a country. */
const COUNTRY_WORDS = /^(?:country|nation|countries)$/;
/** Words of a field holding a place inside a country. */
const WITHIN_WORDS = /^(?:region|state|province|county|district|city|town|area|locality|prefecture|department|municipality|subregion)$/;
/** What joins the parts: a dot, a bullet, a bar, a comma. */
const SEPARATOR = /\s*[·•|,]\s*/u;
/** Short names ICU does not give (it names "US" "United States"). */
const SHORT_NAMES = ["usa", "us", "uk", "uae", "drc"];

let countries: Set<string> | null = null;

/**
 * English country names, from ICU's region names (every two-letter code it names), made once.
 * Not a list of our own: ICU keeps them up to date ("Türkiye", "Czechia", "Eswatini").
 */
function countryNames(): Set<string> {
  if (countries) return countries;
  const names = new Set<string>(SHORT_NAMES);
  const display = new Intl.DisplayNames(["en"], { type: "region" });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && name !== code && !/unknown/i.test(name)) names.add(name.toLowerCase());
    }
  }
  return (countries = names);
}

export const isCountryName = (text: string): boolean => countryNames().has(text.trim().toLowerCase());

/** Which part of a joined place the field holds: the country, the place within it, or neither. */
export function placePartOf(plan: FieldPlan): "country" | "within" | null {
  if (plan.kind !== "text") return null;
  let part = PART.get(plan);
  if (part === undefined) {
    const words = tokens(plan.spec.name);
    const last = words[words.length - 1] ?? "";
    part = COUNTRY_WORDS.test(last) ? "country" : WITHIN_WORDS.test(last) ? "within" : null;
    PART.set(plan, part);
  }
  return part;
}
/** (Asked for every piece a field is fitted to: once per plan.) */
const PART = new WeakMap<FieldPlan, "country" | "within" | null>();

/**
 * The field's part of a text that is two places joined, one of them a country and the other not:
 * "Kenya · Turkana County" gives a country "Kenya" and a region "Turkana County". Null for anything
 * else (one place, two countries, a sentence).
 */
export function placePart(plan: FieldPlan, text: string): string | null {
  const part = placePartOf(plan);
  if (!part) return null;
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length > 80 || /\d/.test(t)) return null;
  const parts = t.split(SEPARATOR).filter(Boolean);
  if (parts.length !== 2 || parts.some((p) => p.split(" ").length > 5 || !/^\p{Lu}/u.test(p))) return null;
  const country = parts.map(isCountryName);
  if (country[0] === country[1]) return null;
  const at = country[0] ? 0 : 1;
  return part === "country" ? parts[at]! : parts[1 - at]!;
}

/** A country and a place within it read the same joined text, each its own part. */
export const sharePlaceParts = (a: FieldPlan, b: FieldPlan): boolean => {
  const [x, y] = [placePartOf(a), placePartOf(b)];
  return !!x && !!y && x !== y;
};
