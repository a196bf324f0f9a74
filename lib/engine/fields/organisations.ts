/**
 * An organisation's name written plainly, nothing labelling it: a tender's buyer under its title
 * ("Musterstadt City Council", "Regional Roads Authority", "Universitätsklinikum Musterstadt AöR").
 * Its words say what it is, as a job title's do (job-titles.ts): a field asking for a buyer or an
 * agency takes it.
 */
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

/** Words of a field holding the organisation behind a record (not a company's own listing). */
const ORG_FIELD = /^(?:buyer|buyers|purchaser|authority|agency|organisation|organization|org|issuer|funder|sponsor|institution|procurer|contractor|awarder)$/;

/** Words that make a name an organisation's, written with a capital ("Council", not "council"). */
const ORG_WORD = new Set([
  ...["Council", "Authority", "Trust", "Board", "Agency", "Ministry", "Department", "Commission", "Office", "Committee", "Government", "Municipality"],
  ...["University", "College", "Academy", "School", "Hospital", "Institute", "Foundation", "Association", "Society", "Corporation", "Company", "Bank", "Police", "Service", "Services"],
  ...["Ltd", "Ltd.", "Limited", "Inc", "Inc.", "LLC", "GmbH", "AG", "AöR", "KöR", "eG", "e.V.", "plc", "PLC", "SA", "S.A.", "BV", "B.V.", "NV", "Srl", "SpA", "Pty", "NHS", "Ministerium", "Stadt", "Landkreis"],
]);
/** Compound words ending in an organisation's word: "Universitätsklinikum", "Stadtverwaltung". */
const ORG_END = /(?:klinikum|verwaltung|amt|behörde|ministerium|universität|hochschule|werke)$/;

/** Whether the field asks for an organisation ("buyer", "contractingAuthority"). */
export function namesOrganisation(plan: FieldPlan): boolean {
  if (plan.kind !== "text") return false;
  let says = NAMES.get(plan);
  if (says === undefined) NAMES.set(plan, (says = ORG_FIELD.test(tokens(plan.spec.name).pop() ?? "")));
  return says;
}
/** (Asked for every piece a field is fitted to: once per plan.) */
const NAMES = new WeakMap<FieldPlan, boolean>();

/** Whether a short text reads as an organisation's name: capitalised words, one of them an organisation's. */
export function readsAsOrganisation(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length < 4 || t.length > 80 || /[\d:!?]|\.$/.test(t.replace(/\b(?:Inc|Ltd|e\.V|S\.A|B\.V)\.$/, ""))) return false;
  const words = t.split(" ");
  if (words.length > 8 || !/^\p{Lu}/u.test(t)) return false;
  // Small words between the names ("of", "for", "and"); every other word starts with a capital.
  if (!words.every((w) => /^(?:of|for|and|the|de|du|der|des|für|und|&)$/.test(w) || /^[\p{Lu}\d]/u.test(w) || ORG_WORD.has(w))) return false;
  // The organisation's word ends the name ("Regional Roads Authority") or heads it ("University of
  // Leeds"): inside a title it names something else ("Cleaning Services for Council Buildings").
  const org = (w: string) => ORG_WORD.has(w) || ORG_END.test(w.toLowerCase());
  return org(words[words.length - 1]!) || (words.length > 2 && org(words[0]!) && /^(?:of|for)$/.test(words[1]!));
}
