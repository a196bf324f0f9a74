import { describe, expect, it } from "vitest";
import { diffLines, planSuggestion, suggestSchema, type DiffLine } from "./suggest";

const Q = "every engineer with name, role, and profile page";
const render = (diff: DiffLine[]) => diff.map((d) => `${d.kind === "added" ? "+" : d.kind === "removed" ? "-" : " "}${d.text}`).join("\n");
/** Both sides of a diff must give back the texts it was computed from. */
const sides = (diff: DiffLine[]) => ({
  before: diff.filter((d) => d.kind !== "added").map((d) => d.text),
  after: diff.filter((d) => d.kind !== "removed").map((d) => d.text),
});

describe("suggestSchema", () => {
  it("proposes a row schema from the query's field list, nothing required", () => {
    const s = suggestSchema(Q, "");
    expect(s).not.toBeNull();
    expect(JSON.parse(s!.proposed)).toEqual({
      type: "object",
      properties: { name: { type: "string" }, role: { type: "string" }, profilePage: { type: "string", format: "uri" } },
    });
    expect(s!.proposed).toBe(JSON.stringify(JSON.parse(s!.proposed), null, 2));
    expect(s!.diff.every((d) => d.kind === "added")).toBe(true);
    expect(sides(s!.diff).after.join("\n")).toBe(s!.proposed);
  });

  it("carries types, formats and descriptions from the query", () => {
    const s = suggestSchema("every book with title, rating, review count, email, published date and cover (the front image)", "");
    expect(JSON.parse(s!.proposed).properties).toEqual({
      title: { type: "string" },
      rating: { type: "number" },
      reviewCount: { type: "integer" },
      email: { type: "string", format: "email" },
      publishedDate: { type: "string", format: "date" },
      cover: { type: "string", description: "the front image" },
    });
  });

  it("proposes a list for a plural that names one, with its items", () => {
    const s = suggestSchema("every post with title, tags and photos", "");
    expect(JSON.parse(s!.proposed).properties).toEqual({
      title: { type: "string" },
      tags: { type: "array", items: { type: "string" } },
      photos: { type: "array", items: { type: "string", format: "uri" } },
    });
  });

  it("writes a type given in the query as the property's type, without a description", () => {
    const s = suggestSchema("every job with title, salary as a number, posted (date) and in stock (yes/no)", "");
    expect(JSON.parse(s!.proposed).properties).toEqual({
      title: { type: "string" },
      salary: { type: "number" },
      posted: { type: "string", format: "date" },
      inStock: { type: "boolean" },
    });
  });

  it("names a property the way the query typed an identifier", () => {
    const s = suggestSchema("every job with salary_min, salary_max and PRODUCT_NAME", "");
    expect(Object.keys(JSON.parse(s!.proposed).properties)).toEqual(["salary_min", "salary_max", "PRODUCT_NAME"]);
  });

  it("keeps existing fields exactly as written and appends the new ones", () => {
    const current = JSON.stringify({
      title: "Engineer",
      type: "object",
      properties: { name: { type: "string", minLength: 2, "x-note": 1 }, team: { type: "string", enum: ["a", "b"] } },
      required: ["name"],
      additionalProperties: false,
    });
    const s = suggestSchema(Q, current)!;
    const proposed = JSON.parse(s.proposed);
    expect(Object.keys(proposed.properties)).toEqual(["name", "team", "role", "profilePage"]);
    expect(planSuggestion(Q, current)).toMatchObject({ ok: true, added: ["role", "profilePage"] });
    expect(proposed.properties.name).toEqual({ type: "string", minLength: 2, "x-note": 1 });
    expect(proposed.properties.team).toEqual({ type: "string", enum: ["a", "b"] });
    expect(proposed.required).toEqual(["name"]);
    expect(proposed.additionalProperties).toBe(false);
    expect(proposed.title).toBe("Engineer");
  });

  it("treats profile_page or ProfilePage as the query's profile page", () => {
    const current = '{"type":"object","properties":{"profile_page":{"type":"string"},"Name":{"type":"string"}}}';
    const s = suggestSchema(Q, current)!;
    expect(Object.keys(JSON.parse(s.proposed).properties)).toEqual(["profile_page", "Name", "role"]);
  });

  it("diffs the pretty-printed current schema against the proposal, line by line", () => {
    const current = '{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}';
    const s = suggestSchema(Q, current)!;
    expect(render(s.diff)).toBe(
      [
        " {",
        '   "type": "object",',
        '   "properties": {',
        '     "name": {',
        '       "type": "string"',
        "+    },",
        '+    "role": {',
        '+      "type": "string"',
        "+    },",
        '+    "profilePage": {',
        '+      "type": "string",',
        '+      "format": "uri"',
        "     }",
        "   },",
        '   "required": [',
        '     "name"',
        "   ]",
        " }",
      ].join("\n"),
    );
    expect(sides(s.diff).before.join("\n")).toBe(JSON.stringify(JSON.parse(current), null, 2));
    expect(sides(s.diff).after.join("\n")).toBe(s.proposed);
  });

  it("adds type object to a schema that lacks it", () => {
    const s = suggestSchema(Q, '{"properties":{"name":{"type":"string"}}}')!;
    expect(Object.keys(JSON.parse(s.proposed))).toEqual(["type", "properties"]);
  });

  it("is null when the query names no fields", () => {
    expect(suggestSchema("all products on the page", "")).toBeNull();
    expect(suggestSchema("", "")).toBeNull();
    expect(planSuggestion("all products on the page", "")).toMatchObject({ ok: false, reason: "no-fields" });
  });

  it("is null when nothing would change", () => {
    const current = '{"type":"object","properties":{"name":{"type":"integer"},"role":{},"profilePage":{"type":"string"}}}';
    expect(suggestSchema(Q, current)).toBeNull();
    expect(planSuggestion(Q, current)).toMatchObject({ ok: false, reason: "no-change" });
  });

  it("is null, with a reason, when the current text cannot be merged", () => {
    for (const current of ["{ nope", "[]", '{"type":"array","items":{}}', '{"type":"object","properties":[]}']) {
      expect(suggestSchema(Q, current)).toBeNull();
      expect(planSuggestion(Q, current)).toMatchObject({ ok: false, reason: "not-mergeable" });
    }
    expect(planSuggestion(Q, '{"type": "object" "properties": {}}')).toMatchObject({
      message: "The schema is not valid JSON (line 1, column 19): a comma is missing before this property. Fix it or clear it to get a suggestion.",
    });
  });

  it("never touches integer-like property names' order", () => {
    const s = suggestSchema(Q, '{"type":"object","properties":{"b":{"type":"string"},"7":{"type":"string"}}}')!;
    expect(s.proposed.indexOf('"b"')).toBeLessThan(s.proposed.indexOf('"7"'));
  });
});

describe("diffLines", () => {
  it("marks equal texts as all same", () => {
    expect(diffLines(["a", "b"], ["a", "b"])).toEqual([
      { kind: "same", text: "a" },
      { kind: "same", text: "b" },
    ]);
  });

  it("finds the longest common subsequence, removals before additions", () => {
    expect(render(diffLines(["a", "b", "c", "d"], ["a", "x", "c", "d", "e"]))).toBe([" a", "-b", "+x", " c", " d", "+e"].join("\n"));
    expect(render(diffLines(["x", "a", "b"], ["a", "b", "x"]))).toBe(["-x", " a", " b", "+x"].join("\n"));
    expect(render(diffLines(["a", "b", "c"], ["c", "b", "a"])).split("\n").filter((l) => l.startsWith(" "))).toHaveLength(1);
  });

  it("handles empty sides", () => {
    expect(diffLines([], [])).toEqual([]);
    expect(diffLines(["a"], [])).toEqual([{ kind: "removed", text: "a" }]);
    expect(diffLines([], ["a"])).toEqual([{ kind: "added", text: "a" }]);
  });

  it("reproduces both sides and keeps as many lines as possible", () => {
    const a = "the quick brown fox jumps over the lazy dog".split(" ");
    const b = "a quick red fox leaps over the dog and the cat".split(" ");
    const diff = diffLines(a, b);
    expect(sides(diff)).toEqual({ before: a, after: b });
    // quick, fox, over, the, dog
    expect(diff.filter((d) => d.kind === "same")).toHaveLength(5);
  });

  it("falls back to replace-all on very large inputs, still reproducing both sides", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`);
    const diff = diffLines(a, b);
    expect(sides(diff)).toEqual({ before: a, after: b });
  });
});
