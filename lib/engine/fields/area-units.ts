/**
 * Floor area units as listings write them, in several words or with a symbol: "1,044 sq ft", "1,044
 * sq. ft.", "97 ft²", "68 sq m", "68 m2", "1,044 square feet". A field named for an area ("area",
 * "floorArea", "sqft", "size") knows the units as one word each (synonyms.ts: "sqft", "sqm"), so the
 * text says them so before it is searched for a number the field's word names.
 */
const SQUARE_FEET = /(?<![\p{L}])(?:sq(?:uare)?\.?\s*(?:ft|feet|foot)\.?|ft²|ft2)(?![\p{L}\p{N}])/giu;
const SQUARE_METRES = /(?<![\p{L}])(?:sq(?:uare)?\.?\s*(?:m|metres?|meters?)\.?|m2)(?![\p{L}\p{N}])/giu;
/** A cheap test first: most texts a field is fitted to hold no unit of area. */
const MAYBE = /sq|ft|m2/i;

/** `text` with its area units written as one word each: "1,044 sq ft" → "1,044 sqft". */
export function areaUnitsAsOne(text: string): string {
  if (!MAYBE.test(text)) return text;
  return text.replace(SQUARE_FEET, "sqft").replace(SQUARE_METRES, "sqm");
}
