/**
 * Plain values that say what they are by their words or shape, where nothing on the page names
 * them: a country and its region joined ("Kenya · Turkana County"), a wind's compass point ("SW 19
 * km/h"), a buyer ("Musterstadt City Council"), a traveller type ("Couple"), a version ("1.11.13").
 * Each only for a field whose name asks for that kind of value (match-plain.ts asks here first).
 */
import { compassPoint, namesDirection } from "./compass";
import type { Fit } from "./match";
import { namesOrganisation, readsAsOrganisation } from "./organisations";
import { textAttr } from "./origin";
import type { Piece } from "./pieces";
import { placePart } from "./place-parts";
import type { FieldPlan } from "./plan";
import { namesTravellerType, readsAsTravellerType } from "./traveller-types";
import { namesVersion, readsAsVersion } from "./versions";

/** `v` is the piece's text (or attribute value), `h` how well its names match the field's (hintScore). */
export function selfDescribingFit(plan: FieldPlan, piece: Piece, v: string, h: number): Fit | null {
  if (!v || plan.kind !== "text") return null;
  const fits = (value: string, score = 1.5 + h): Fit => ({ score, value, attr: textAttr(piece) });
  // "Kenya · Turkana County": a country and a region, each its own part (place-parts.ts).
  const placed = placePart(plan, v);
  if (placed) return fits(placed);
  // "SW 19 km/h": a wind's direction is the compass point, its speed another field's (compass.ts).
  const point = namesDirection(plan) ? compassPoint(v) : null;
  if (point) return fits(point);
  // The record's heading or main link is its own title, never one of these.
  if (piece.heading || piece.mainLink) return null;
  // A buyer nothing labels says what it is, as a job title does; a named piece is read as named.
  if (h === 0 && namesOrganisation(plan) && readsAsOrganisation(v)) return fits(v, 1.2);
  if (namesTravellerType(plan) && readsAsTravellerType(v)) return fits(v);
  if (namesVersion(plan) && readsAsVersion(v)) return fits(v.trim());
  return null;
}
