/**
 * A place and how far it is, written in one text: "Old Town · 0.3 km from centre", "800 m to the
 * beach · Riverside" (hotel and rental listings). A place field (location, district…) takes the
 * place alone; a distance field the distance ("0.3 km from centre"), or its number when it is one.
 */

const UNIT = "(?:km|kilomet(?:er|re)s?|mi|miles?|m|met(?:er|re)s?|ft|feet|yds?|yards?)";
/** A distance, alone or with what it is measured from: "0.3 km", "0.3 km from centre", "500 m to beach". */
const DISTANCE = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s*${UNIT}(?![\\p{L}\\d])(?:\\s+(?:from|to|away|off)\\b.*)?$`, "iu");
/** What sets the two apart: a dot, a bar, a spaced dash. */
const SEPARATOR = /\s*[·•|]\s*|\s+[–—-]\s+/u;

export interface PlaceDistance {
  place: string;
  /** The distance as written ("0.3 km from centre"). */
  distance: string;
  /** Its number (0.3). */
  value: number;
}

/** The place and the distance of a text that gives both, and nothing else; null otherwise. */
export function splitDistance(text: string): PlaceDistance | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length > 120) return null;
  const parts = t.split(SEPARATOR).filter(Boolean);
  if (parts.length !== 2) return null;
  const at = DISTANCE.test(parts[1]!) ? 1 : DISTANCE.test(parts[0]!) ? 0 : -1;
  if (at < 0) return null;
  const distance = parts[at]!;
  const place = parts[1 - at]!;
  // Both a distance: "2 km · 5 km" says no place.
  if (DISTANCE.test(place) || !/\p{L}/u.test(place)) return null;
  return { place, distance, value: Number(DISTANCE.exec(distance)![1]!.replace(",", ".")) };
}

/** Words of a field that holds a place, which a distance beside it is not part of. */
export const PLACE_WORDS = /^(?:location|district|area|neighbou?rhood|locality|place|city|region|quarter|suburb|town|zone)$/;
/** Words of a field that holds how far away the record is. */
export const DISTANCE_WORDS = /^(?:distance|dist|proximity)$/;
