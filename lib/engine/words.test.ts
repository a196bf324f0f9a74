import { describe, expect, it } from "vitest";
import { singular, singularOrPlural } from "./words";

describe("singular", () => {
  it("turns the plurals a listing names into singulars", () => {
    const cases: Array<[string, string]> = [
      ["categories", "category"],
      ["cities", "city"],
      ["boxes", "box"],
      ["classes", "class"],
      ["watches", "watch"],
      ["dishes", "dish"],
      ["quizzes", "quiz"],
      ["sizes", "size"],
      ["roles", "role"],
      ["courses", "course"],
      ["photos", "photo"],
      ["tags", "tag"],
      ["days", "day"],
      ["ties", "tie"],
      ["reviews", "review"],
      ["movies", "movie"],
      ["cookies", "cookie"],
      ["hoodies", "hoodie"],
      ["calories", "calorie"],
      ["buses", "bus"],
      ["statuses", "status"],
      ["campuses", "campus"],
      ["lenses", "lens"],
      ["heroes", "hero"],
      ["niches", "niche"],
      ["coaches", "coach"],
      ["buzzes", "buzz"],
      ["skus", "sku"],
      ["menus", "menu"],
      ["cpus", "cpu"],
      ["skis", "ski"],
      ["taxis", "taxi"],
      ["emojis", "emoji"],
      ["houses", "house"],
      ["sandwiches", "sandwich"],
      ["ostriches", "ostrich"],
      ["caches", "cache"],
    ];
    expect(cases.map(([w]) => [w, singular(w)])).toEqual(cases);
  });

  it("reads the rare plurals no suffix rule can: -sis, -ices, -ves, Latin -i and irregular ones", () => {
    const cases: Array<[string, string]> = [
      ["analyses", "analysis"],
      ["crises", "crisis"],
      ["theses", "thesis"],
      ["diagnoses", "diagnosis"],
      ["indices", "index"],
      ["matrices", "matrix"],
      ["vertices", "vertex"],
      ["knives", "knife"],
      ["wives", "wife"],
      ["leaves", "leaf"],
      ["shelves", "shelf"],
      ["wolves", "wolf"],
      ["cacti", "cactus"],
      ["people", "person"],
      ["children", "child"],
      ["men", "man"],
      ["women", "woman"],
      ["feet", "foot"],
      ["criteria", "criterion"],
      ["salespeople", "salesperson"],
      ["grandchildren", "grandchild"],
      ["firemen", "fireman"],
      ["chairwomen", "chairwoman"],
      // The commoner plurals with those endings keep the plain rules.
      ["prices", "price"],
      ["devices", "device"],
      ["gloves", "glove"],
      ["drives", "drive"],
      ["olives", "olive"],
      ["bases", "base"],
      ["humans", "human"],
      ["pizzas", "pizza"],
      ["atlases", "atlas"],
      ["canvases", "canvas"],
      ["aliases", "alias"],
      ["trellises", "trellis"],
    ];
    expect(cases.map(([w]) => [w, singular(w)])).toEqual(cases);
  });

  it("leaves singulars in -as, -us and -is, and words with no plural, as they are", () => {
    const words = ["data", "media", "atlas", "canvas", "alias", "bias", "stylus", "trellis", "census", "campus", "virus", "bonus", "status", "thesis", "analysis", "axis", "basis", "arthritis"];
    expect(words.map(singular)).toEqual(words);
    for (const w of ["specimen", "abdomen", "omen", "ramen", "person", "child", "woman", "knife", "index"]) expect(singular(w)).toBe(w);
  });

  it("leaves singulars and words without a plural 's' as they are", () => {
    for (const w of ["size", "role", "status", "class", "analysis", "news", "bus", "price", "category", "series", "species", "lens", "campus", "movie", "menu"]) expect(singular(w)).toBe(w);
  });

  it("matches both forms of a word", () => {
    const re = (w: string) => new RegExp(`^${singularOrPlural(w)}$`);
    expect(["size", "sizes"].every((t) => re("sizes").test(t))).toBe(true);
    expect(["category", "categories"].every((t) => re("categories").test(t) && re("category").test(t))).toBe(true);
    expect(["box", "boxes"].every((t) => re("box").test(t))).toBe(true);
    expect(re("size").test("sizing")).toBe(false);
    expect(["movie", "movies"].every((t) => re("movies").test(t))).toBe(true);
    expect(["watch", "watches"].every((t) => re("watches").test(t))).toBe(true);
    expect(["mango", "mangos", "mangoes"].every((t) => re("mango").test(t))).toBe(true);
    expect(["tech", "techs"].every((t) => re("tech").test(t))).toBe(true);
  });

  it("matches an irregular plural and its singular alike", () => {
    const re = (w: string) => new RegExp(`^${singularOrPlural(w)}$`);
    const pairs = [
      ["knife", "knives"],
      ["index", "indices"],
      ["analysis", "analyses"],
      ["person", "people"],
      ["child", "children"],
      ["woman", "women"],
      ["salesman", "salesmen"],
      ["cactus", "cacti"],
    ];
    for (const [one, many] of pairs) expect([re(one!).test(many!), re(many!).test(one!), re(one!).test(one!), re(many!).test(many!)]).toEqual([true, true, true, true]);
    expect(re("index").test("indexes")).toBe(true);
    expect(re("knife").test("knive")).toBe(false);
  });
});
