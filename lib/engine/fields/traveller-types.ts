/**
 * Who a guest travelled with, as hotel reviews write it beside an icon and nothing else: "Couple",
 * "Solo traveller", "Family with young children", "Traveled on business". The words say what it
 * is: a field asking for the traveller type takes them.
 */
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

/** A field asking who travelled: "travellerType", "tripType", "travelerGroup", "travelledWith". */
const WHO = /^(?:traveller|traveler|travellers|travelers|trip|travel|guest|party|travelled|traveled)$/;
const WHAT = /^(?:type|kind|group|category|with|as|composition)$/;

/** The kinds of trip review sites write, with or without "Travelled as/with/on". */
const TRAVELLER_TYPE = new RegExp(
  String.raw`^(?:travell?ed (?:as (?:an? )?|with (?:a |the |my )?|on |for )?)?` +
    String.raw`(?:solo(?: travell?er)?|couples?|famil(?:y|ies)(?: with (?:young |older |small |grown[- ]up )?(?:children|kids))?|groups?(?: of friends)?|friends|business(?: travell?er| trip)?|young couple|mature couple|with pets?)$`,
  "i",
);

export function namesTravellerType(plan: FieldPlan): boolean {
  if (plan.kind !== "text") return false;
  let says = NAMES.get(plan);
  if (says === undefined) {
    const words = tokens(plan.spec.name);
    NAMES.set(plan, (says = words.some((w) => WHO.test(w)) && (words.length === 1 || words.some((w) => WHAT.test(w)))));
  }
  return says;
}
/** (Asked for every piece a field is fitted to: once per plan.) */
const NAMES = new WeakMap<FieldPlan, boolean>();

export const readsAsTravellerType = (text: string): boolean => text.length <= 50 && TRAVELLER_TYPE.test(text.replace(/\s+/g, " ").trim());
