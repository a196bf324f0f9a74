/**
 * A price asked for per night, month or person ("price per night", "nightlyRate", "monthlyRent"):
 * a text field gives the amount with the unit the page writes beside it ("£359 per night"), since
 * the amount alone ("£359") loses what it is a price of. A number field keeps the amount (359).
 */
import { isElement, isText, textContent, type ChildNode, type Element } from "../dom";
import type { Fit } from "./match";
import type { FieldPlan } from "./plan";
import type { Piece } from "./pieces";
import { tokens } from "./spec";

/** Units a price is given per, with the adjective a field may name it by ("nightly"). */
const UNITS: [unit: string, adjective: string, written: string][] = [
  ["night", "nightly", "nights?|nts?\\.?"],
  ["month", "monthly", "months?|mo\\.?|mth"],
  ["week", "weekly", "weeks?|wk\\.?"],
  ["day", "daily", "days?"],
  ["hour", "hourly", "hours?|hr\\.?"],
  ["person", "", "person|people|guest|adult|pp\\b"],
  ["year", "yearly", "years?|yr\\.?|annum"],
];

const asked = new WeakMap<FieldPlan, RegExp | null>();

/** What the page writes after a price per the unit the field asks for ("per night", "/ night", "a night"), or null. */
function unitAsked(plan: FieldPlan): RegExp | null {
  let re = asked.get(plan);
  if (re !== undefined) return re;
  const ts = tokens(`${plan.spec.name} ${plan.spec.description ?? ""}`).map((t) => t.toLowerCase());
  const unit = UNITS.find(([u, adj]) => ts.some((t, i) => (t === u && ts[i - 1] === "per") || (adj && t === adj)));
  re = unit ? new RegExp(`^[\\s,]*((?:per|a|an|each|/|pro|par)\\s*(?:${unit[2]})(?![\\p{L}]))`, "iu") : null;
  asked.set(plan, re);
  return re;
}

const textOf = (n: ChildNode) => (isText(n) ? n.value : isElement(n) ? textContent(n) : "");

/** The text after `el` in its parent and up to two of its ancestors, at most 40 characters. */
function textAfter(el: Element): string[] {
  const out: string[] = [];
  let node: Element = el;
  for (let up = 0; up < 3; up++) {
    const parent = node.parentNode;
    if (!parent || !isElement(parent)) break;
    const siblings = parent.childNodes;
    const after = siblings.slice(siblings.indexOf(node) + 1).map(textOf).join("").slice(0, 40);
    out.push(after);
    if (after.trim()) break;
    node = parent;
  }
  return out;
}

/** The fit of a text price field asked per unit, the unit the page writes after the amount added; `f` as it is otherwise. */
export function perUnitPrice(plan: FieldPlan, piece: Piece, f: Fit | null): Fit | null {
  if (!f || plan.spec.type !== "string" || typeof f.value !== "string") return f;
  const unit = unitAsked(plan);
  if (!unit) return f;
  const own = new RegExp(unit.source.replace("^[\\s,]*", "(?<![\\p{L}])"), "iu");
  if (own.test(f.value)) return f;
  for (const after of textAfter(f.el ?? piece.el)) {
    const m = unit.exec(after);
    if (m) return { ...f, value: `${f.value} ${m[1]!.replace(/\s+/g, " ")}` };
  }
  return f;
}
