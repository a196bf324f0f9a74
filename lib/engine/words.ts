/**
 * English plurals to singulars, the one rule every part of the engine uses: record scoring (a
 * query's "roles" vouch for class="role"), field words ("sizes" reads the "size" element, "3
 * sizes" counts sizes), list items ("tags" → each "tag") and JSON-LD paths ("authors" → author).
 * Words compared this way go through it on both sides, so a wrong singular of a rare word only
 * fails to match, it never matches something else. The words listed below are the ones a listing
 * names often enough that the plain rules would get them wrong.
 */

/**
 * Singulars that end in -as, -us or -is, like plurals of -a, -u and -i words (pizzas, menus, skis)
 * do. Plurals are the commoner words with those endings, so the singulars are the ones listed.
 */
const SINGULAR_S = new Set(
  (
    "status bus campus bonus virus census corpus focus radius genius cactus fungus stimulus syllabus surplus plus minus chorus circus nexus " +
    "prospectus consensus apparatus terminus sinus lotus octopus thesaurus alumnus impetus onus walrus abacus exodus caucus citrus papyrus " +
    "asparagus hummus crocus humus us stylus nucleus hiatus opus fetus mucus rhombus calculus discus uterus ruckus platypus eucalyptus " +
    "gas lens news series species means atlas canvas alias bias pancreas " +
    "basis axis tennis chassis iris metropolis trellis pelvis debris hubris mantis clematis praxis marquis"
  ).split(" "),
);

/**
 * Greek nouns in -sis whose plural is -ses (analyses, crises), which the plain rules would read as
 * "analyse" and "crise". Not "basis": "bases" is far more often the plural of "base". Every word in
 * -sis is a singular (see singular()), so these only matter for their plurals.
 */
const SIS_WORDS = "analysis crisis thesis diagnosis synopsis emphasis oasis hypothesis parenthesis prognosis synthesis paralysis neurosis psychosis nemesis catharsis dialysis prosthesis antithesis".split(" ");

/**
 * Plurals no suffix rule can read, by their singulars: -f/-fe words whose plural is -ves (most
 * -ves plurals are -ve words: gloves, drives, olives), -ex/-ix words whose plural is -ices (most
 * -ices plurals are -ice words: prices, devices), Latin -us words whose plural is -i, and the
 * irregular ones.
 */
const PLURALS = new Map<string, string>([
  ...["knife", "penknife", "wife", "midwife", "housewife", "life", "leaf", "loaf", "sheaf", "thief", "shelf", "bookshelf", "half", "calf", "wolf", "werewolf", "elf", "self", "scarf", "dwarf", "wharf"].map(
    (one): [string, string] => [one, one.replace(/fe?$/, "ves")],
  ),
  ...["index", "matrix", "vertex", "appendix", "apex", "vortex", "cortex", "codex", "helix"].map((one): [string, string] => [one, `${one.slice(0, -2)}ices`]),
  ...["cactus", "fungus", "stimulus", "syllabus", "radius", "nucleus", "alumnus"].map((one): [string, string] => [one, `${one.slice(0, -2)}i`]),
  ...SIS_WORDS.map((one): [string, string] => [one, `${one.slice(0, -2)}es`]),
  ["person", "people"],
  ["child", "children"],
  ["man", "men"],
  ["woman", "women"],
  ["foot", "feet"],
  ["tooth", "teeth"],
  ["mouse", "mice"],
  ["goose", "geese"],
  ["criterion", "criteria"],
  ["phenomenon", "phenomena"],
]);
const SINGULARS = new Map([...PLURALS].map(([one, many]) => [many, one]));

/**
 * Irregular plurals that also end compound words: salespeople, grandchildren, chairwomen, firemen.
 * Latin singulars in -men (specimen, abdomen) are not plurals of "-man"; the short ones (omen,
 * ramen, semen) are kept by asking for three letters before the ending.
 */
const COMPOUND_ENDINGS: Array<[string, string]> = [
  ["person", "people"],
  ["child", "children"],
  ["woman", "women"],
  ["man", "men"],
];
const MEN_SINGULARS = new Set("specimen abdomen stamen regimen acumen bitumen cyclamen albumen dolmen foramen gravamen".split(" "));

/** The singular of a compound irregular plural ("salespeople" → "salesperson"), or null. */
function compoundSingular(word: string): string | null {
  if (MEN_SINGULARS.has(word)) return null;
  for (const [one, many] of COMPOUND_ENDINGS) if (word.endsWith(many) && word.length >= many.length + 3) return word.slice(0, -many.length) + one;
  return null;
}

/** The irregular plural of a singular (singular's tables, compounds included), or null. */
function irregularPlural(one: string): string | null {
  const known = PLURALS.get(one);
  if (known) return known;
  for (const [single, many] of COMPOUND_ENDINGS) if (one.endsWith(single) && one.length >= single.length + 3 && !MEN_SINGULARS.has(one)) return one.slice(0, -single.length) + many;
  return null;
}

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
  const irregular = SINGULARS.get(word) ?? compoundSingular(word);
  if (irregular) return irregular;
  // Greek and medical singulars: analysis, diagnosis, arthritis (no English plural ends so).
  if (word.length <= 3 || SINGULAR_S.has(word) || /(?:sis|itis)$/.test(word)) return word;
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
  // -s or -es: "mangos" and "mangoes", "techs" and "watches" alike; an irregular plural beside
  // them: "index", "indexes" and "indices"; "knife" and "knives".
  const regular = `${one}(?:e?s)?`;
  const many = irregularPlural(one);
  return many ? `(?:${regular}|${many})` : regular;
}
