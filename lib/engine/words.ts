/**
 * English plurals to singulars, the one rule every part of the engine uses: record scoring (a
 * query's "roles" vouch for class="role"), field words ("sizes" reads the "size" element, "3
 * sizes" counts sizes), list items ("tags" → each "tag") and JSON-LD paths ("authors" → author).
 * Words compared this way go through it on both sides, so a wrong singular of a rare word only
 * fails to match, it never matches something else. The words listed below are the ones a listing
 * names often enough that the plain rules would get them wrong.
 */

/** Singulars that end in -us or -is, like plurals of -u and -i words (menus, skis) do. */
const SINGULAR_S = new Set(
  (
    "status bus campus bonus virus census corpus focus radius genius cactus fungus stimulus syllabus surplus plus minus chorus circus nexus " +
    "prospectus consensus apparatus terminus sinus lotus octopus thesaurus alumnus impetus onus walrus abacus exodus caucus citrus papyrus " +
    "asparagus hummus crocus humus us gas lens news series species means analysis basis thesis axis crisis diagnosis synopsis emphasis oasis " +
    "tennis chassis iris metropolis hypothesis parenthesis"
  ).split(" "),
);

/** Words whose singular ends in -ie: the plain "-ies → -y" rule would make "movies" a "movy". */
const IE_WORDS = new Set(
  "movie cookie hoodie beanie calorie zombie brownie smoothie rookie goalie selfie pie tie lie die genie prairie sortie auntie bootie freebie hippie junkie lingerie newbie oldie pixie roomie sweetie techie veggie foodie indie talkie walkie birdie bogie budgie collie eyrie".split(
    " ",
  ),
);

/** Words in -che (French), whose plural only adds -s. */
const CHE_WORDS = new Set(["niche", "cache", "cliche", "quiche", "brioche", "creche", "pastiche", "ache", "headache", "moustache", "mustache", "panache", "avalanche", "microniche", "fiche", "affiche", "psyche"]);

/** Words in -o whose plural adds -es. */
const O_ES = new Set(["hero", "potato", "tomato", "echo", "veto", "torpedo", "volcano", "mosquito", "domino", "cargo", "tornado"]);

export function singular(word: string): string {
  if (word.length <= 3 || SINGULAR_S.has(word)) return word;
  if (word.endsWith("ies") && word.length > 4) {
    const ie = word.slice(0, -1);
    // movies → movie; categories → category, cities → city (not "ties" → "ty": a vowel before -ies keeps the -ie).
    return IE_WORDS.has(ie) || /[aeiou]ies$/.test(word) ? ie : `${word.slice(0, -3)}y`;
  }
  if (word.endsWith("es")) {
    const stem = word.slice(0, -2);
    // buses, statuses, lenses → bus, status, lens; heroes → hero.
    if (SINGULAR_S.has(stem) || O_ES.has(stem)) return stem;
    if (word === "quizzes") return "quiz";
    // boxes → box, classes → class, buzzes → buzz, dishes → dish.
    if (/(?:sh|ss|x|zz)es$/.test(word)) return stem;
    // watches, sandwiches → watch, sandwich; niches, caches → niche, cache (French -che words).
    if (/ches$/.test(word)) return CHE_WORDS.has(word.slice(0, -1)) ? word.slice(0, -1) : stem;
  }
  // Singulars in -ss (class), and -us or -is words that are not plurals, stay.
  if (word.endsWith("ss") || SINGULAR_S.has(word)) return word;
  // sizes → size, roles → role, courses → course, photos → photo, menus → menu, skis → ski.
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/**
 * A regular-expression source matching a word in the singular or the plural ("size", "sizes";
 * "category", "categories"; "movie", "movies"). `word` is taken as written: escape it first if it
 * can hold symbols.
 */
export function singularOrPlural(word: string): string {
  const one = singular(word);
  if (/[^aeiou]y$/.test(one)) return `${one.slice(0, -1)}(?:y|ies)`;
  // -s or -es: "mangos" and "mangoes", "techs" and "watches" alike.
  return `${one}(?:e?s)?`;
}
