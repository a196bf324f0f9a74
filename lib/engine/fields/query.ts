/**
 * Field lists written in the query: "every engineer with name, role and profile page" → name,
 * role, profilePage (uri). Plain string work, offline and without a model; when the query names no
 * list the extractor infers the row shape from the records instead. Each item is made a field spec
 * in query-phrase.ts.
 */
import type { FieldSpec } from "./spec";
import { specFromPhrase, withoutDeclaredType } from "./query-phrase";
import { markRecordNames } from "./record-noun";
import { changeBesidePercent } from "./change-percent";
import { distributePairs } from "./paired-modifiers";

/**
 * Words that introduce the field list; the text after the first one is the list. Prepositions win
 * over verbs: in "get every engineer with name and role" the list follows "with".
 */
const PREP_TRIGGER = /\b(?:with(?:\s+(?:their|its|his|her|the|each|all))?|including|includes?|containing|showing|having|fields?|columns?)\b\s*:?/i;
const VERB_TRIGGER = /\b(?:get|extract|capture|collect|scrape|return|give|pull|find)(?:\s+(?:me|us))?(?:\s+(?:their|its|the|each|all))?\b\s*:?/i;
/**
 * How a request starts ("please", "can you", "I want", "get me", "list"): not part of the first
 * field. Stripped from the front one at a time, so "please could you get me …" loses all of it;
 * "list price" and "find date" are fields, not requests.
 */
const LEAD_IN = /^(?:please|pls|kindly|hi|hello|hey|(?:can|could|would|will) you|i(?:'d| would) like(?: to)?|we(?:'d| would) like(?: to)?|(?:i|we) (?:want|need)(?: to)?|(?:i am|i'm|we are|we're) looking for|(?:get|give|show|tell|send|bring|fetch|find|list|grab) (?:me|us)|(?:get|give|show|list|extract|find|scrape|collect|fetch|grab|pull(?: out)?)(?! (?:price|date|time|rate|value|type)s?\b))\b[\s,:]*/i;
/**
 * Tail phrases that end the list ("… and price of every product", "… from the catalog"), and the end
 * of its sentence: a "." "?" or "!" at the end or before a capital. "venue? and ticket price" goes
 * on: a question mark inside the list marks a doubt, not the end.
 */
const LIST_END = /\s+(?:of|for|from|on|across|in|at)\s+(?:every|each|all|the|this|these|those|any)\b.*$|\s+(?:from|on)\s+(?:the\s+)?(?:page|site|listing|website)\b.*$/i;
/** (Case matters here, so it is not part of LIST_END, which ignores case.) */
const SENTENCE_END = /[.?!]+(?:\s+(?=\p{Lu}|["'“])[^]*)?$|[.?!]+\s*$/u;
const listOnly = (text: string) => text.replace(SENTENCE_END, "").replace(LIST_END, "");
/**
 * A question that opens the query and lists nothing ("Any remote jobs? title, company"): it says
 * which records, and the list follows it.
 */
const LEAD_QUESTION = /^[^,;|+?.!]*\?\s+(?=\S)/u;
/** The query's sentences: "What are the products? I need name, price, rating." */
const SENTENCE_BREAK = /(?<=[.?!])\s+(?=\p{Lu})/u;
const LEADING = /^(?:and|or|plus|also|then|their|its|his|her|the|a|an|each|every|all|any|as well as|optionally)\s+/i;
/**
 * "whether it is in stock", "if they are remote", "is it in stock?": a yes/no field, named by what
 * follows. (Contractions are spelt out first: "whether it's available".)
 */
const WHETHER = /^(?:(?:whether|if)(?:\s+or\s+not)?\s+(?:(?:it|they|he|she|this|there|the \w+)\s+)?(?:(?:is|are|has|have|was|were|does|do)\s+)?|(?:is|are|was|were|has|have|does|do)\s+(?:it|they|he|she|this|there|the \w+)\s+)/i;
const TRAILING = /\s*(?:\b(?:if|when|where)\s+(?:available|present|shown|any|given|listed)\b.*|\betc\.?|\(optional\)|\boptional(?:ly)?)\s*$/i;
const SPLIT = /\s*(?:,|;|\||\/|&|\+|\band\b|\bplus\b|\bas well as\b|\bor\b|\bincluding\b)\s*/i;
/** More words than this and it is a clause, not a field name. */
const MAX_WORDS = 4;

/**
 * The fields the query names, or null when it names none ("all products on the page"). Types follow
 * what Linkup users expect on a listing: prices and salaries stay text ("£39.01", "$63K-$122K") unless
 * a schema says number; ratings, counts and years are numbers; links are uris, dates ISO dates.
 * "in stock" / "available" (a yes/no question) is a boolean; "availability" / "stock" is the text shown.
 */
export function fieldSpecsFromQuery(q: string): FieldSpec[] | null {
  // "incl." ends no sentence: read it as the word, before "." is taken for the end of the list.
  const text = q
    .replace(/\s+/g, " ")
    .replace(/\bincl\.(?=\s|$)/gi, "including")
    .replace(/[’‘]/g, "'")
    .replace(/\b(it|this|that|there|he|she)'s\b/gi, "$1 is")
    .replace(/\b(they|we|you)'re\b/gi, "$1 are")
    .trim();
  if (!text) return null;
  // The list may be in any sentence: "What are the products? I need name, price, rating."
  // (Unless that question is the request itself: "Can you get the title and price of every book?")
  const lead = LEAD_QUESTION.exec(text);
  const body = lead && !specsOfSentence(lead[0].trim()) ? text.slice(lead[0].length) : text;
  const sentences = body.split(SENTENCE_BREAK);
  for (const sentence of sentences.length > 1 ? [body, ...sentences] : [body]) {
    const specs = specsOfSentence(sentence);
    // "every plan with plan name": the plan's own name.
    if (specs) return markRecordNames(changeBesidePercent(specs), text);
  }
  return null;
}

function specsOfSentence(text: string): FieldSpec[] | null {
  const found = listPart(text);
  if (found === null) return null;
  const items = splitItems(found.list);
  if (!items || items.length === 0) return null;
  // After a request verb alone, one item is what to extract ("scrape all products", "show the latest
  // news"), not a field called products; two or more ("get me the title + price") are fields.
  if (found.weak && items.length < 2) return null;
  if (found.weak) {
    // Examples after a request verb describe the records ("Extract all companies, e.g. startups and
    // scale-ups"), unless they explain a field in brackets ("price (e.g. $10)").
    const plain = listOnly(found.list).replace(/\([^()]*\)/g, " ");
    if (/\b(?:e\.g\.|i\.e\.|such as)/i.test(plain)) return null;
    // "Scrape products - name, price, url": the list follows the dash.
    const dash = /\s[—–-]\s(?!.*\s[—–-]\s)/.exec(plain);
    if (dash) {
      const after = splitItems(plain.slice(dash.index + dash[0].length));
      if (!after || after.length < 2) return null;
      return specsOf(after);
    }
  }
  return specsOf(items);
}

function specsOf(items: Item[]): FieldSpec[] | null {
  const seen = new Set<string>();
  const out: FieldSpec[] = [];
  for (const item of items) {
    const spec = specFromPhrase(item.phrase, item.description, { yesNo: item.yesNo });
    if (!spec || seen.has(spec.name)) continue;
    seen.add(spec.name);
    out.push(spec);
  }
  return out.length ? out : null;
}

/** The text of the field list; weak when only a request verb introduced it (no "with", no colon). */
function listPart(query: string): { list: string; weak?: boolean } | null {
  let text = query;
  for (let prev = ""; prev !== text; ) {
    prev = text;
    text = text.replace(LEAD_IN, "");
  }
  const led = text !== query;
  // "(title, author, price)": a parenthesised comma list is the list.
  const paren = /\(([^()]*,[^()]*)\)/.exec(text);
  if (paren && splitItems(paren[1]!)?.length) return { list: paren[1]! };
  // A colon wins over words: "books with a rating above 4: title, price".
  const colon = text.indexOf(":");
  if (colon >= 0 && colon < text.length - 1) return { list: text.slice(colon + 1) };
  // So does a dash set apart before a list of columns written with "|": "products — name | price".
  // (Not before a comma list: "Apartments - Berlin, Munich and Hamburg" says which records.)
  const dash = /\s[—–-]\s(?=[^|]*\|)/.exec(text);
  if (dash && !PREP_TRIGGER.test(text) && (splitItems(text.slice(dash.index + dash[0].length))?.length ?? 0) >= 2) return { list: text.slice(dash.index + dash[0].length) };
  const prep = PREP_TRIGGER.exec(text);
  if (prep) return { list: text.slice(prep.index + prep[0].length) };
  // "name, price and url of every product": a list before "of/for every …".
  const before = /^(.*?(?:,|\band\b).*?)\s+(?:of|for)\s+(?:every|each|all|the)\b/i.exec(text);
  if (before) {
    // "…of each book, plus whether it is in stock": more fields after the scope phrase.
    const more = /,\s*(?:plus|and|as well as|also)\s+(.+)$/i.exec(text.slice(before[0].length));
    return { list: more ? `${before[1]!}, ${more[1]!}` : before[1]! };
  }
  // "get me the title + price": what follows the request is the list.
  if (led) return { list: text, weak: true };
  const verb = VERB_TRIGGER.exec(text);
  if (verb) return { list: text.slice(verb.index + verb[0].length), weak: true };
  // "name, role, and profile page": the whole query is a bare list. A comma (or ";", "+") and short
  // items only, so that "jobs and internships in Berlin" stays a description of the records.
  return /[,;+|]/.test(text) && isBareList(text) ? { list: text } : null;
}

/** Every comma/"and" item is a field name's length (MAX_WORDS) and there are at least two. */
function isBareList(text: string): boolean {
  // ("whether or not it is in stock" is one item; its question words are not its name.)
  const pieces = listOnly(text).replace(COMPOUND, (w) => (/^whether/i.test(w) ? "whether" : w.replace(/\W+/g, "_"))).split(SPLIT).filter((p) => p.trim());
  return pieces.length >= 2 && pieces.every((p) => p.trim().replace(WHETHER, "").split(/\s+/).length <= MAX_WORDS);
}

interface Item {
  phrase: string;
  description?: string;
  /** Written as a question ("whether it is available"): the answer is yes or no. */
  yesNo?: boolean;
}

function splitItems(list: string): Item[] | null {
  const tail = listOnly(list);
  const out: Item[] = [];
  // Protect "(…)" descriptions from the splitter.
  const notes: string[] = [];
  const masked = tail.replace(/\(([^()]*)\)/g, (_, inner: string) => `\u0001${notes.push(inner.trim()) - 1}\u0001`);
  // "yes/no", "true or false" name a type and "whether or not" asks one question, not two fields;
  // "R&D", "km/h" are one word.
  const words: string[] = [];
  const guarded = distributePairs(masked).replace(COMPOUND, (w) => `\u0002${words.push(w) - 1}\u0002`).replace(SHORT_PAIR, (w) => `\u0002${words.push(w) - 1}\u0002`);
  for (const piece of guarded.split(SPLIT)) {
    const raw = piece.replace(/\u0002(\d+)\u0002/g, (_, i: string) => words[Number(i)]!);
    let phrase = raw.trim();
    let description: string | undefined;
    phrase = phrase.replace(/\u0001(\d+)\u0001/g, (_, i: string) => {
      description = notes[Number(i)];
      return "";
    });
    let yesNo = false;
    for (let prev = ""; prev !== phrase; ) {
      prev = phrase;
      // (The condition first: ", if available" qualifies the list, it does not ask whether it is.)
      phrase = phrase.replace(LEADING, "").replace(TRAILING, "");
      const asked = phrase.replace(WHETHER, "");
      if (asked !== phrase) yesNo = true;
      phrase = asked.replace(TRAILING, "").replace(/^[\s"'`“”]+|[\s"'`“”.]+$/g, "");
    }
    if (!phrase) continue;
    // "number of bedrooms as an integer": the type is not part of the name's length.
    if (withoutDeclaredType(phrase).name.split(/\s+/).length > MAX_WORDS) return out.length >= 2 ? out : null;
    out.push({ phrase, ...(description ? { description } : {}), ...(yesNo ? { yesNo } : {}) });
  }
  return out;
}

const COMPOUND = /\b(?:yes\/no|y\/n|true\/false|yes or no|true or false|whether or not)\b/gi;
/** "/" or "&" inside a word of short parts ("R&D", "Q&A", "km/h", "24/7") joins, it does not list. */
const SHORT_PAIR = /\b[a-z0-9]{1,2}[/&][a-z0-9]+\b|\b[a-z0-9]+[/&][a-z0-9]{1,2}\b/gi;
