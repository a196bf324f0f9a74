/**
 * How a region writes its numbers, read from the numbers themselves where its language says
 * nothing or says otherwise: an English page of used cars whose prices are "€ 12.500" and whose
 * totals are "1.234.567" groups thousands with dots, so its "120.000 km" is 120000, not 120. Only
 * numbers that cannot be read two ways count: several dot groups, a dot group before a decimal
 * comma, a dot group beside the euro; a dot before 1–2 or 4+ digits ("4.5", "12.99") or a comma
 * group ("1,234") counts against. A lone "1.250" is read as the language says.
 */
import type { RecordPieces } from "./pieces";
import { mapSteps, type Steps } from "../steps";

const DOT_GROUPED = [
  /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])/,
  /(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,])/,
  /(?:€|EUR|R\$)\s?\d{1,3}(?:\.\d{3})+(?![\d.,])|(?<![\d.,])\d{1,3}(?:\.\d{3})+\s?(?:€|EUR\b)/,
];
const DOT_DECIMAL = [/(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])/, /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/];

/** Marks every piece of a region whose own numbers group thousands with dots, when its language did not. */
export function* markDotGroups(all: RecordPieces[]): Steps<void> {
  // A language that groups with dots or spaces has said how.
  if (all.some((r) => r.pieces.some((p) => p.numbers))) return;
  let grouped = 0;
  let decimal = 0;
  yield* mapSteps(all, (r) => {
    for (const p of r.pieces) {
      if (!/\d[.,]\d/.test(p.text) || p.text.length > 200) continue;
      if (DOT_GROUPED.some((re) => re.test(p.text))) grouped++;
      else if (DOT_DECIMAL.some((re) => re.test(p.text))) decimal++;
    }
  });
  if (grouped === 0 || grouped <= decimal) return;
  for (const r of all) for (const p of r.pieces) p.numbers = { dotGroups: true };
}
