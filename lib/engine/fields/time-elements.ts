/**
 * A date inside a line that says more ("published 1.11.13 • <time datetime="2026-11-27">3 days
 * ago</time>"): the <time> is where the page says the date is, and its datetime the date itself.
 * The line's text would give the first thing that parses as a date — here the version "1.11.13",
 * read as 1 November 2013.
 */
import type { Fit } from "./match";
import type { FieldPlan } from "./plan";
import type { Piece } from "./pieces";

/** The <time datetime> inside the piece a date field found, when it fits that field at least as well. */
export function innerTime(plan: FieldPlan, found: Fit & { piece: Piece }, pieces: Piece[], fitOf: (i: number) => Fit | null): (Fit & { piece: Piece }) | null {
  if (plan.kind !== "date" || found.piece.el.tagName === "time") return null;
  const inside = `${found.piece.path}/`;
  const times: number[] = [];
  for (const [i, p] of pieces.entries()) if (p.path.startsWith(inside) && p.el.tagName === "time" && p.valueAttr === "datetime") times.push(i);
  // Two dates in the line ("from <time> to <time>") are a range the line's text reads as one.
  if (times.length !== 1) return null;
  const f = fitOf(times[0]!);
  return f && f.score >= found.score ? { ...f, piece: pieces[times[0]!]! } : null;
}
