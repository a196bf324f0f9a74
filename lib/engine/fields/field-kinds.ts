/**
 * The kind of value a field holds (plan.ts): from its JSON Schema type and format first, then from
 * the words of its name ("price" is money, "posted" a date, "avatar" an image).
 */
import { namesAltText } from "./alt-text";
import { namesMoney } from "./money-words";
import type { Kind } from "./plan";
import type { FieldSpec } from "./spec";

/** Whether any of the words matches. */
export const has = (ts: string[], re: RegExp) => ts.some((t) => re.test(t));

/**
 * Last words of a field about money that is not an amount: "price currency", "salary period",
 * "price valid until" (a date), a restaurant's "price level" ("€€", as the page shows it).
 */
const NOT_AMOUNT = /^(?:currency|currencies|code|id|unit|units|type|level|levels|tier|period|frequency|interval|count|label|until|through|thru|valid|validity|expiry|expires|expiration|date|dated|deadline)$/;

/** `own`: the words of the field's name; `all`: with its description; `title`: it names the record. */
export function kindOf(spec: FieldSpec, own: string[], all: string[], title: boolean): Kind {
  const image = /^(?:image|images|img|photo|picture|thumbnail|thumb|logo|avatar|headshot|portrait)$/;
  if (spec.format === "email" || has(own, /^e?mail$/)) return "email";
  if (spec.format === "uri") return has(own, image) ? "image" : "link";
  if (spec.format === "date" || spec.format === "date-time") return "date";
  const words = own.length ? own : all;
  const rating = has(words, /^(?:rating|ratings|stars?|score)$/) && !has(words, /^(?:count|number|num|total)$/);
  // A price's currency, a salary's period or a fee's code is not itself an amount of money.
  const money = namesMoney(words) && !NOT_AMOUNT.test(words[words.length - 1] ?? "");
  if (spec.type === "number" || spec.type === "integer") return rating ? "rating" : money ? "money" : "number";
  const stock = has(words, /^(?:availability|available|stock|instock|inventory)$/);
  if (spec.type === "boolean") return stock ? "stock" : "boolean";
  if (spec.type !== "string") return "text";
  if (title) return "title";
  if (money) return "money";
  if (stock) return "stock";
  if (rating) return "rating";
  if (has(words, /^(?:phone|tel|telephone|mobile)$/)) return "phone";
  if (has(words, image) && !namesAltText(own)) return "image";
  if (has(words, /^(?:url|uri|link|href|website|homepage|profile|permalink)$/)) return "link";
  // "created", "started": when a thing was (a thread's start); "created by" names who.
  if (has(words, /^(?:date|dates|posted|published|updated|deadline|created|started|modified)$/) && !words.includes("by")) return "date";
  if (has(words, /^(?:description|summary|excerpt|snippet|bio|about|overview|body|content|text|teaser)$/)) return "long";
  return "text";
}
