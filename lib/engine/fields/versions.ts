/**
 * A release's version number written plainly ("published <span>1.11.13</span>", "v2.4.0-rc.1"):
 * its dots and digits say what it is. A field asking for a version takes it.
 */
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

/** Three numbers or more, or a "v" before two: "1.11.13", "4.0.0-beta.2", "v2.4"; not "1.5" (a figure) or a date. */
const VERSION = /^(?:v\d+(?:\.\d+){1,3}|\d+(?:\.\d+){2,3})(?:[-+][0-9A-Za-z.-]+)?$/;

/** Whether the field asks for a version ("version", "latestVersion", "release"). */
export function namesVersion(plan: FieldPlan): boolean {
  if (plan.kind !== "text") return false;
  let says = NAMES.get(plan);
  if (says === undefined) NAMES.set(plan, (says = /^(?:version|ver|release)$/.test(tokens(plan.spec.name).pop() ?? "")));
  return says;
}
/** (Asked for every piece a field is fitted to: once per plan.) */
const NAMES = new WeakMap<FieldPlan, boolean>();

/** Whether a text is a version number and nothing else; dates written with dots ("27.11.2026") are not. */
export const readsAsVersion = (text: string): boolean => VERSION.test(text.trim()) && !/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(text.trim());
