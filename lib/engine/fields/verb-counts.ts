/**
 * A count the page says with its verb, not its noun: "Cited by 1,234" is a paper's citations,
 * "Viewed 5,210 times" a video's views, "Downloaded 320 times" a file's downloads. The noun's
 * own mention ("1,234 citations") is read by mentionedNumber (match-text.ts); this reads the verb.
 */
import type { FieldPlan } from "./plan";
import { parseNumber, type NumberStyle } from "./values";

/** A count's noun (the field's word, singular or plural) → the verb pages write it with. */
const VERBS: [RegExp, string][] = [
  [/^(?:citations?|cites|cited)$/, "cited"],
  [/^views?$/, "viewed"],
  [/^downloads?$/, "downloaded"],
  [/^(?:plays?|listens?)$/, "played"],
  [/^likes?$/, "liked"],
  [/^shares?$/, "shared"],
];
const NUM = String.raw`(\d[\d.,\u00a0\u202f]*(?:\s?[km](?![\p{L}]))?)`;
const patterns = new Map(VERBS.map(([, verb]) => [verb, new RegExp(String.raw`^\s*${verb}\s+(?:by\s+)?${NUM}(?:\s+times?)?\s*$|^\s*${verb}\s+${NUM}\s+times?\s*$`, "iu")]));

/** The count the whole text says with the verb of the field's noun ("Cited by 1,234" → 1234), or null. */
export function verbCount(plan: FieldPlan, v: string, style?: NumberStyle): number | null {
  if (v.length > 40 || !/\d/.test(v)) return null;
  for (const [noun, verb] of VERBS) {
    if (![...plan.words].some(([w, n]) => n >= 2.5 && noun.test(w))) continue;
    const m = patterns.get(verb)!.exec(v);
    const digits = m?.[1] ?? m?.[2];
    if (digits) return parseNumber(digits.replace(/[\u00a0\u202f]/g, ""), true, style);
  }
  return null;
}
