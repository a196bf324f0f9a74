/**
 * Link fields qualified by a word that names one particular link of a record: a paper's "code
 * link", "slides", "doi"; a film's "trailer"; a project's "github" or "demo". Such a field is that
 * link or nothing: a record without one has no code, and its main link (the paper's own page) is
 * not its code. A plain "url", "link", "productUrl" or "profilePage" names the record itself and
 * keeps taking the main link (match.ts).
 */
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

/** Words that name one link among a record's links, never the record itself. */
const NAMED_LINKS = new Set([
  ...["code", "repo", "repository", "github", "gitlab", "bitbucket", "sourcecode"],
  ...["doi", "arxiv", "pdf", "bibtex", "preprint", "slides", "slide", "poster", "supplement", "supplementary"],
  ...["video", "videos", "trailer", "recording", "demo", "docs", "documentation"],
]);

/** The words of a link field's own name that name one particular link ("codeLink" → ["code"]), or none. */
export function linkQualifiers(plan: FieldPlan): string[] {
  let out = QUALIFIERS.get(plan);
  if (out) return out;
  // "every video with title and video link": the record is the video, its main link is the video's.
  out = plan.kind !== "link" || plan.spec.namesRecord ? [] : tokens(plan.spec.name).filter((t) => NAMED_LINKS.has(t));
  QUALIFIERS.set(plan, out);
  return out;
}
/** (Asked for every link a field is fitted to: once per plan.) */
const QUALIFIERS = new WeakMap<FieldPlan, string[]>();

/**
 * Whether the link names one of the qualifiers: by its class, label or header, its text ("Code",
 * "PDF"), or its address ("github.com/…", "doi.org/…", "/paper.pdf").
 */
export function linkNamedBy(piece: Piece, qualifiers: string[]): boolean {
  const words = new Set([...piece.hints.keys(), ...tokens(piece.text), ...tokens(piece.href ?? "")]);
  return qualifiers.some((q) => words.has(q));
}
