/**
 * One item of a query's field list → a field spec: its camelCase name, and its type and format from
 * its words ("rating" is a number, "profile page" a uri, "tags" a list) or as the item writes them
 * ("price (number)", "salary as a number"). query.ts finds the list and splits it into items.
 */
import { camelCase, tokens, type FieldSpec } from "./spec";
import { phraseAsksWords } from "./rating-words";
import { namesPlural } from "./plural-lists";

const URI_WORDS = /\b(?:url|uri|link|href|page|website|site|homepage|profile|permalink|linkedin|twitter|github)s?\b/i;
const IMAGE_WORDS = /\b(?:image|img|photo|picture|thumbnail|thumb|logo|avatar|headshot|portrait)s?\b/i;
const COUNT_WORDS = /\b(?:count|number|num|votes?|reviews|ratings count|quantity|qty|year|rank|pages|seats|bedrooms|bathrooms|beds|sqft|sq ft|square feet|square footage|employees|followers|downloads|nights|guests|floors|storeys|lectures|lessons|episodes|citations|cited by)\b/i;
/**
 * "phone number", "order no", a library's "call number", a train's "platform number": a number that
 * names something is a code ("363.73874 WAL", "4b"), written as the page writes it.
 */
const ID_NUMBER = /\b(?:phone|telephone|tel|mobile|cell|fax|contact|order|reference|ref|case|tracking|part|model|serial|account|vat|tax|registration|licen[cs]e|policy|invoice|item|product|house|street|flat|apartment|unit|room|document|ticket|booking|confirmation|flight|card|id|isbn|call|catalog(?:ue)?|accession|shelf|lot|sku|batch|seat|gate|platform|train|bus|route|passport|student|employee|member(?:ship)?|customer|patient|vin|chassis)\s+(?:number|num|no)\b/i;
/** (Baths come in halves: "2.5 ba", and a course's total hours: "56.5 total hours".) */
const FLOAT_WORDS = /\b(?:rating|stars?|score|percent(?:age)?|weight|latitude|longitude|lat|lng|distance|baths|total (?:hours|hrs|minutes|mins))\b/i;
/**
 * A length of time asked in a unit ("runtime in minutes"): a number, which durations.ts converts
 * "2h 46m" into. (Not sizes or distances: "850 KB" would be read as 850 "in MB".)
 */
const IN_UNITS = /\bin (?:minutes|mins|hours|hrs|seconds|secs)$/i;
/** When a thing was ("created", a thread's "started"); "posted by", "created by" name who did it. */
const DATE_WORDS = /\b(?:date|posted|published|updated|created|started|deadline|released?|expires?|expiry|dated?)\b(?!\s+by\b)/i;
const BOOLEAN_WORDS = /^(?:in stock|available|is .+|has .+|remote|sold out|verified|featured|on sale)$/i;
/** Plurals that name a list of values: "tags", "skills", "authors", "photos" (lists.ts fills them). */
const LIST_WORDS = /\b(?:tags|keywords|categories|skills|languages|amenities|features|authors|genres|topics|labels|colou?rs|sizes|images|photos|pictures)$/i;
const IMAGE_LIST = /\b(?:images|photos|pictures)$/i;

/** A type written after a field: "price (number)", "salary as a number", "in stock (yes/no)". */
const TYPE_NAMES = "numbers?|numeric|decimal|float|integer|int|whole number|boolean|bool|yes/no|yes or no|y/n|true/false|true or false|date|date-?time|date and time|timestamp|url|uri|link|href|e-?mail(?: address)?|text|string|plain text";
const DECLARED = new RegExp(`^(?:as\\s+)?(?:an?\\s+)?(${TYPE_NAMES})$`, "i");
const AS_DECLARED = new RegExp(`\\s+as\\s+(?:an?\\s+)?(${TYPE_NAMES})$`, "i");

function declaredType(word: string): Pick<FieldSpec, "type" | "format"> {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (/^(?:numbers?|numeric|decimal|float)$/.test(w)) return { type: "number" };
  if (/^(?:integer|int|whole number)$/.test(w)) return { type: "integer" };
  if (/^(?:boolean|bool|yes\/no|yes or no|y\/n|true\/false|true or false)$/.test(w)) return { type: "boolean" };
  if (w === "date") return { type: "string", format: "date" };
  if (/^(?:date-?time|date and time|timestamp)$/.test(w)) return { type: "string", format: "date-time" };
  if (/^(?:url|uri|link|href)$/.test(w)) return { type: "string", format: "uri" };
  if (/^e-?mail/.test(w)) return { type: "string", format: "email" };
  return { type: "string" };
}

/** "salary as a number" → the name "salary" and the type number; anything else is all name. */
export function withoutDeclaredType(phrase: string): { name: string; declared?: Pick<FieldSpec, "type" | "format"> } {
  const m = AS_DECLARED.exec(phrase);
  return m && m.index > 0 ? { name: phrase.slice(0, m.index), declared: declaredType(m[1]!) } : { name: phrase };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** "Title, company, location": a capital that starts a sentence or a heading is not an identifier's. */
const CAPITALISED = /^[A-Z][a-z]+$/;

/**
 * One list item → a spec: camelCase name (a name typed as an identifier is kept as typed); type and format from its words, or as the item writes
 * them ("price (number)", "salary as a number": then not part of the name or description); an
 * item asked as a question (yesNo: "whether it is new") is a boolean.
 */
export function specFromPhrase(phrase: string, description?: string, opts: { yesNo?: boolean } = {}): FieldSpec | null {
  const { name: named, declared: asType } = withoutDeclaredType(phrase.trim());
  const noted = description !== undefined ? DECLARED.exec(description.trim()) : null;
  const declared = noted ? declaredType(noted[1]!) : asType;
  if (noted) description = undefined;
  // "salary_min", "PRODUCT_NAME", "ISBN": typed as an identifier, kept as typed (its words still type it).
  const identifier = IDENTIFIER.test(named) && !CAPITALISED.test(named);
  const clean = identifier
    ? tokens(named).join(" ")
    : named.toLowerCase().replace(/e-mail/g, "email").replace(/\b(\w{1,2})[/&](\w+)|\b(\w+)[/&](\w{1,2})\b/g, "$1$2$3$4").replace(/[^\p{L}\p{M}\p{N}\s'-]/gu, " ").replace(/'s\b/g, "").trim();
  // Letters of every script: "Wohnfläche", "páginas", "名前" are names as "price" is.
  if (!clean || !/\p{L}/u.test(clean)) return null;
  const name = identifier ? named : camelCase(clean);
  if (!name) return null;
  const spec: FieldSpec = { name, type: "string", required: false };
  if (description) spec.description = description;
  if (/\bemail\b/.test(clean)) spec.format = "email";
  else if (COUNT_WORDS.test(clean) && !ID_NUMBER.test(clean) && !URI_WORDS.test(clean.replace(/\bpages\b|\bpage(?=\s+(?:count|number|num|total)\b)/g, ""))) spec.type = "integer";
  else if (IMAGE_WORDS.test(clean) || URI_WORDS.test(clean)) spec.format = "uri";
  else if ((FLOAT_WORDS.test(clean) && !phraseAsksWords(clean)) || IN_UNITS.test(clean)) spec.type = "number";
  else if (DATE_WORDS.test(clean)) spec.format = "date";
  else if (BOOLEAN_WORDS.test(clean)) spec.type = "boolean";
  if (LIST_WORDS.test(clean) && spec.type === "string" && (!spec.format || IMAGE_LIST.test(clean))) {
    spec.type = "array";
    spec.items = { name, type: "string", required: false, ...(IMAGE_LIST.test(clean) ? { format: "uri" as const } : {}) };
    delete spec.format;
  }
  // "formats": a list, or a text, as the records show it (plural-lists.ts).
  if (spec.type === "string" && !spec.format && namesPlural(clean)) spec.plural = true;
  // "whether it is new": a question is answered yes or no, whatever its words.
  if (opts.yesNo) {
    delete spec.plural;
    spec.type = "boolean";
    delete spec.format;
    delete spec.items;
  }
  if (declared) {
    delete spec.plural;
    if (declared.type !== "array") delete spec.items;
    spec.type = declared.type;
    if (declared.format) spec.format = declared.format;
    else delete spec.format;
    spec.declared = true;
  }
  return spec;
}
