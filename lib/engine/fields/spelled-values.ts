/**
 * Values a field's own definition spells out, which nothing on the page needs to name:
 *  - an enum field's value is the text that is one of its values ("Critical", a severity badge
 *    whose class says only "Label--danger");
 *  - a field named for a kind of identifier that is written with its prefix ("cveId",
 *    "ghsaId", "doi") is the token that starts with that prefix ("CVE-2026-48211").
 * Plain text fields otherwise need a piece named for them, so such values were left out.
 */
import { tokens } from "./spec";
import { hintScore, GENERIC, type FieldPlan } from "./plan";
import { textAttr } from "./origin";
import type { Fit } from "./match";
import type { Piece } from "./pieces";

const key = (v: unknown) => String(v).normalize("NFKC").toLowerCase().replace(/[\s_.\-–—]+/g, "");

/** Words of a field's name that say it is an identifier, not what kind. */
const ID_WORDS = new Set(["id", "ids", "identifier", "code", "number", "no", "num", "ref", "reference", "key"]);

/** The field's identifier prefix: "cveId" → "cve"; none for a name without an id word, or with a generic word. */
function idPrefix(plan: FieldPlan): string | null {
  const words = tokens(plan.spec.name);
  const prefixes = words.filter((w) => !ID_WORDS.has(w) && !GENERIC.has(w));
  if (prefixes.length !== 1 || !words.some((w) => ID_WORDS.has(w))) return null;
  const p = prefixes[0]!;
  return /^[a-z]{2,8}$/.test(p) ? p : null;
}

/** The fit `found` improved by a value the field's definition spells (see above). */
export function spelledFit(plan: FieldPlan, piece: Piece, found: Fit | null): Fit | null {
  if (plan.kind !== "text" || piece.labelOnly || piece.hidden) return found;
  const v = piece.value.trim();
  if (!v || v.length > 60) return found;
  const h = hintScore(plan, piece);
  let spelled: unknown;
  const members = plan.spec.enum?.filter((e) => typeof e === "string");
  if (members?.length) spelled = members.find((e) => key(e) === key(v));
  else {
    const prefix = idPrefix(plan);
    // "CVE-2026-48211", "GHSA-8x3v-29g5-hq6p", "RFC 9110": the prefix, then a code with a digit in it.
    if (prefix && new RegExp(`^${prefix}[-\\s:]?(?=[\\w.-]*\\d)[\\w.-]+$`, "i").test(v)) spelled = v;
  }
  if (spelled === undefined) return found;
  const score = 2.5 + h;
  return found && found.score >= score ? found : { score, value: spelled, attr: textAttr(piece) };
}
