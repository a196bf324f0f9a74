/**
 * English plurals to singulars, the one rule every part of the engine uses: record scoring (a
 * query's "roles" vouch for class="role"), field words ("sizes" reads the "size" element, "3
 * sizes" counts sizes), list items ("tags" → each "tag") and JSON-LD paths ("authors" → author).
 * Words compared this way go through it on both sides, so a wrong singular of a rare word
 * ("statuses" → "statuse") only fails to match, it never matches something else.
 */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  // categories → category, cities → city (not "ties" → "ty").
  if (/[^aeiou]ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  // boxes → box, classes → class, watches → watch, dishes → dish, quizzes → quiz.
  if (/(?:ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (/zzes$/.test(word)) return word.slice(0, -3);
  // status, class, analysis, news: no plural "s".
  if (/(?:us|ss|is)$/.test(word) || word === "news") return word;
  // sizes → size, roles → role, courses → course, photos → photo.
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/**
 * A regular-expression source matching a word in the singular or the plural ("size", "sizes";
 * "category", "categories"). `word` is taken as written: escape it first if it can hold symbols.
 */
export function singularOrPlural(word: string): string {
  const one = singular(word);
  return /[^aeiou]y$/.test(one) ? `${one.slice(0, -1)}(?:y|ies)` : `${one}(?:e?s)?`;
}
