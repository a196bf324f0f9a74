/**
 * A state an icon names with the thing it is the state of: an issue tracker's `<svg aria-label="Open
 * issue">`, `"Merged pull request"`, a ticket's `<i title="Closed ticket">`. A "status" field takes
 * the state alone ("Open"): the noun is the record's kind, the same in every row. Text on the page
 * is kept as written ("Delayed 5 min" says more than "Delayed").
 */
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { namesState, STATE_WORDS } from "./match-text";

/** The state an icon's name gives a status field, without the noun after it; null when it is no such name. */
export function iconState(plan: FieldPlan, piece: Piece, v: string): string | null {
  // Only a name read from an attribute (the icon's): the piece shows no text.
  if (piece.value || !piece.attrValue || !namesState(plan, v)) return null;
  const state = STATE_WORDS.exec(v)?.[0];
  const rest = state ? v.slice(state.length).trim() : "";
  // One or two words of a noun ("issue", "pull request"), nothing that says more ("as completed").
  return state && /^\p{L}+(?:[ -]\p{L}+)?$/u.test(rest) && !/^(?:as|since|for|by|on|at|in|until)\b/i.test(rest) ? state : null;
}
