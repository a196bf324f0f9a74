/**
 * A description list's entries: each <dt> with the <dd>s that follow it, up to the next <dt> (a
 * glossary's term and its definition, an FAQ's question and its answer). Its terms alone, or its
 * definitions alone, are half records: a glossary split into A, B, C sections gave its definitions
 * as the records, without their terms. Record detection pairs them the same way (records/repeated.ts).
 */
import { textContent, type Element } from "../dom";

/** The entries of a <dl>'s children, when it holds both terms and descriptions; else null. */
export function termEntries(dl: Element, kids: readonly Element[]): Element[][] | null {
  if (dl.tagName !== "dl" || !kids.some((k) => k.tagName === "dt") || !kids.some((k) => k.tagName === "dd")) return null;
  const out: Element[][] = [];
  let current: Element[] | null = null;
  for (const kid of kids) {
    if (kid.tagName === "dt") out.push((current = [kid]));
    else if (current && kid.tagName === "dd") current.push(kid);
    else current = null;
  }
  const whole = out.filter((e) => e.length > 1);
  return whole.length >= 2 ? whole : null;
}

/**
 * Entries whose terms are a few labels said again and again ("Venue", "Price" under each event's
 * date): one record's fields, not terms of their own. A glossary's terms are each said once.
 */
export function repeatsTerms(entries: readonly Element[][]): boolean {
  const terms = entries.filter((e) => e[0]?.tagName === "dt").map((e) => textContent(e[0]!).replace(/\s+/g, " ").trim().toLowerCase());
  return terms.length > 0 && new Set(terms).size * 2 <= terms.length;
}
