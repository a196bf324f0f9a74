/**
 * A person's academic titles written with her name: "Prof. Dr.-Ing. Anna Müller", "Dr. rer. nat.
 * Minh Nguyen", "Jonas Schmidt, M.Sc.". A row that asks for the title apart ("academicTitle",
 * "honorific") gets them there, and the name without them; a row that does not keeps the name as
 * the page writes it.
 */
import type { Fit } from "./match";
import { textAttr } from "./origin";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

/** One title before a name: Prof., Dr. (with its faculty: "Dr. rer. nat.", "Dr.-Ing."), Dipl.-Inf., PD… */
const BEFORE =
  "(?:(?:Univ\\.-|Hon\\.-|Jun\\.-|apl\\.\\s?)?Prof(?:\\.|essor(?:in)?\\b)|Priv\\.-Doz\\.|PD\\b|Dr\\.(?:-Ing\\.|\\s?(?:rer\\.\\s?(?:nat|pol|oec|medic|soc)|med(?:\\.\\s?(?:dent|vet))?|phil|jur|theol|oec|h\\.\\s?c|habil|des)\\.)*|Dipl\\.-[\\p{L}]+\\.?|Mag\\.(?:\\s?(?:rer\\.\\s?nat|phil|iur)\\.)?|M\\.\\s?(?:Sc|A|Eng)\\.|B\\.\\s?(?:Sc|A|Eng)\\.)";
const LEADING = new RegExp(`^((?:${BEFORE}\\s*)+)(?=\\p{Lu})`, "u");
/** Degrees after a name, set off by a comma: ", M.Sc.", ", Ph.D.", ", MBA". */
const TRAILING = /,\s*((?:M\.\s?(?:Sc|A|Eng|Ed)\.?|B\.\s?(?:Sc|A|Eng)\.?|Ph\.\s?D\.?|PhD|MBA|LL\.\s?M\.?|MD|Dipl\.-[\p{L}]+\.?)(?:,?\s*(?:M\.\s?(?:Sc|A|Eng|Ed)\.?|Ph\.\s?D\.?|PhD|MBA|MD))*)$/u;

const ROLE_WORDS = new Set(["position", "role", "job", "function", "occupation", "designation"]);
const TITLE_WORDS = new Set(["academic", "honorific", "honorifics", "salutation", "degree", "degrees"]);

/** Whether the field asks for a person's academic title ("academicTitle", "honorific", "degree"). */
export const asksForAcademicTitle = (plan: FieldPlan): boolean => tokens(plan.spec.name).some((w) => TITLE_WORDS.has(w));

/** A name split from the academic titles written with it; null when it has none. */
export function splitAcademicTitles(text: string): { titles: string; name: string } | null {
  if (text.length > 100) return null;
  const lead = LEADING.exec(text);
  let name = lead ? text.slice(lead[0].length) : text;
  const trail = TRAILING.exec(name);
  if (trail) name = name.slice(0, trail.index);
  name = name.trim();
  // What is left must be a name: a word or more, no sentence.
  if ((!lead && !trail) || !name || name.split(/\s+/).length > 5 || /[.:;!?]$/.test(name)) return null;
  return { titles: [lead?.[1]?.trim(), trail?.[1]].filter(Boolean).join(" "), name };
}

/** All of `text` is academic titles ("Prof. Dr.", "M.Sc."). */
const ONLY_TITLES = new RegExp(`^(?:${BEFORE}\\s*)+$`, "u");

/**
 * The fit of a piece for a field that asks for academic titles: those written with a name, or a
 * text of titles alone. Nothing else is one: a job title ("Lehrstuhlinhaberin") is her position.
 */
export function academicTitleFit(piece: Piece, h: number): Fit | null {
  const v = piece.value;
  if (!v) return null;
  const split = splitAcademicTitles(v);
  const titles = split?.titles ?? (ONLY_TITLES.test(v) ? v : null);
  if (!titles) return null;
  return { score: 1 + h + (piece.heading || piece.mainLink ? 1 : 0), value: titles, attr: textAttr(piece) };
}

/** Marks the fields of a row that asks for academic titles apart: those fields, and the names that leave them out. */
export function planAcademicTitles(plans: FieldPlan[]): void {
  if (!plans.some(asksForAcademicTitle)) return;
  for (const p of plans) {
    if (asksForAcademicTitle(p)) p.academic = "titles";
    else if (p.kind === "title" && p.titleWord === "name") p.academic = "name";
    // The page's "title" is then the job title ("<p class="title">Lehrstuhlinhaberin</p>"): her position's.
    else if (tokens(p.spec.name).some((w) => ROLE_WORDS.has(w))) p.words.set("title", Math.max(p.words.get("title") ?? 0, 2.5));
  }
}

/** A name's text without its academic titles, for a row that asks for them apart. */
export const withoutAcademicTitles = (plan: FieldPlan, name: string): string => (plan.academic === "name" ? (splitAcademicTitles(name)?.name ?? name) : name);
