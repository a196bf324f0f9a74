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
});
