/**
 * A badge set in a text: "<p class="title">Doktorandin <span class="badge">beurlaubt</span></p>",
 * "<h4>Senior Engineer <span class="pill">Remote</span></h4>". It says something of the record (on
 * leave, remote), in a pill of its own; the text's value is the words beside it. A field that asks
 * for the badge's kind (a "status", a "badge") keeps it.
 */
import { classList, elementChildren, isText, normalizeSpace, textContent, type Element } from "../dom";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

/** Classes of such a pill: "badge", "badge-grey", "pill", "chip", "ribbon", "sticker". */
const BADGE_CLASS = /^(?:[\w-]*[-_])?(?:badge|pill|chip|ribbon|sticker)(?:$|[-_])/i;
const ASKS_FOR_BADGE = new Set(["badge", "badges", "status", "state", "label", "labels", "tag", "tags", "flag", "flags"]);

/** `v` without the badges set in `el` beside its own words; `v` when it has none, or the field asks for one. */
export function withoutTextBadges(plan: FieldPlan, el: Element, v: string): string {
  if (!el.childNodes.some((c) => isText(c) && c.value.trim()) || tokens(plan.spec.name).some((w) => ASKS_FOR_BADGE.has(w))) return v;
  let out = v;
  for (const c of elementChildren(el)) {
    if (!classList(c).some((k) => BADGE_CLASS.test(k))) continue;
    const t = normalizeSpace(textContent(c));
    const at = t ? out.lastIndexOf(t) : -1;
    if (at >= 0) out = out.slice(0, at) + out.slice(at + t.length);
  }
  return normalizeSpace(out) || v;
}
