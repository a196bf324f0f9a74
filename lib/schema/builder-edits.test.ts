// The field builder's edits that change a field in place: update and move, and schemas the table cannot show.
import { describe, expect, it } from "vitest";
import { applyFieldEdit } from "./builder";
import { edit, names, parse, RICH } from "./builder-testing";

describe("applyFieldEdit: update", () => {
  it("changes the type in place and keeps other keywords", () => {
    const text = edit(RICH, { kind: "update", index: 1, patch: { type: "integer" } });
    expect(parse(text).properties.role).toEqual({ type: "integer", enum: ["eng", "pm"], "x-ui": { width: 3 } });
  });

  it("keeps null in a nullable type", () => {
    const text = edit(RICH, { kind: "update", index: 2, patch: { type: "string", format: "email" } });
    expect(parse(text).properties.profilePage).toEqual({ type: ["string", "null"], format: "email", pattern: "^https://" });
    const typed = edit(RICH, { kind: "update", index: 2, patch: { type: "integer" } });
    expect(parse(typed).properties.profilePage).toEqual({ type: ["integer", "null"], pattern: "^https://" });
  });

  it("drops a format when the type stops being text, unless the patch sets one", () => {
    // A list of links: the format goes to the items, which a list needs to be filled.
    const dropped = edit(RICH, { kind: "update", index: 2, patch: { type: "array" } });
    expect(parse(dropped).properties.profilePage).toEqual({ type: ["array", "null"], pattern: "^https://", items: { type: "string", format: "uri" } });
    const text = edit(RICH, { kind: "update", index: 2, patch: { type: "number", format: "uri" } });
    expect(parse(text).properties.profilePage!.format).toBe("uri");
  });

  it("gives a field turned into a list the items of what it was, and keeps items a list has", () => {
    expect(parse(edit(RICH, { kind: "update", index: 0, patch: { type: "array" } })).properties.name).toEqual({ type: "array", minLength: 1, description: "Full name", items: { type: "string" } });
    expect(parse(edit(RICH, { kind: "update", index: 4, patch: { type: "array" } })).properties.address!.items).toEqual({ type: "string" });
    const skills = edit(edit(RICH, { kind: "update", index: 3, patch: { type: "string" } }), { kind: "update", index: 3, patch: { type: "array" } });
    expect(parse(skills).properties.skills).toEqual({ type: "array", items: { type: "string", maxLength: 40 } });
  });

  it("takes back the items it wrote when a list becomes text again, and keeps hand-written ones", () => {
    const there = (index: number) => edit(edit(RICH, { kind: "update", index, patch: { type: "array" } }), { kind: "update", index, patch: { type: "string" } });
    expect(parse(there(0)).properties.name).toEqual({ type: "string", minLength: 1, description: "Full name" });
    // A link turned into a list of links and back is a link again.
    expect(parse(there(2)).properties.profilePage).toEqual({ type: ["string", "null"], format: "uri", pattern: "^https://" });
    expect(parse(edit(RICH, { kind: "update", index: 3, patch: { type: "integer" } })).properties.skills).toEqual({ type: "integer", items: { type: "string", maxLength: 40 } });
    const table = edit(edit('{"type":"object","properties":{"a":{"type":"array","items":{"type":"number"}}}}', { kind: "update", index: 0, patch: { type: "number" } }), { kind: "update", index: 0, patch: { description: "d" } });
    expect(parse(table).properties.a).toEqual({ type: "number", description: "d" });
  });

  it("puts a new format right after type, and removes it when cleared", () => {
    const text = edit(RICH, { kind: "update", index: 0, patch: { format: "email" } });
    expect(Object.keys(parse(text).properties.name!)).toEqual(["type", "format", "minLength", "description"]);
    const cleared = edit(text, { kind: "update", index: 0, patch: { format: "" } });
    expect(parse(cleared).properties.name).toEqual({ type: "string", minLength: 1, description: "Full name" });
  });

  it("sets, changes and removes a description", () => {
    const set = edit(RICH, { kind: "update", index: 1, patch: { description: "Job title" } });
    expect(parse(set).properties.role!.description).toBe("Job title");
    const changed = edit(RICH, { kind: "update", index: 0, patch: { description: "Given and family name" } });
    expect(Object.keys(parse(changed).properties.name!)).toEqual(["type", "minLength", "description"]);
    const removed = edit(RICH, { kind: "update", index: 0, patch: { description: "" } });
    expect(parse(removed).properties.name).not.toHaveProperty("description");
  });

  it("keeps required in sync: appends when ticked, removes when unticked, keeps the rest in order", () => {
    const ticked = edit(RICH, { kind: "update", index: 3, patch: { required: true } });
    expect(parse(ticked).required).toEqual(["role", "name", "skills"]);
    const unticked = edit(ticked, { kind: "update", index: 1, patch: { required: false } });
    expect(parse(unticked).required).toEqual(["name", "skills"]);
  });

  it("creates required right after properties when there was none", () => {
    const text = edit('{"type":"object","properties":{"a":{"type":"string"}},"title":"T"}', { kind: "update", index: 0, patch: { required: true } });
    expect(Object.keys(parse(text))).toEqual(["type", "properties", "required", "title"]);
    expect(parse(text).required).toEqual(["a"]);
  });

  it("does not touch the items or nested properties of arrays and objects", () => {
    const text = edit(RICH, { kind: "update", index: 3, patch: { description: "Listed skills" } });
    expect(parse(text).properties.skills).toEqual({ type: "array", items: { type: "string", maxLength: 40 }, description: "Listed skills" });
  });
});

describe("applyFieldEdit: move", () => {
  it("reorders the properties and nothing else", () => {
    const down = edit(RICH, { kind: "move", from: 0, to: 2 });
    expect(names(down)).toEqual(["role", "profilePage", "name", "skills", "address"]);
    expect(parse(down).required).toEqual(["role", "name"]);
    const up = edit(RICH, { kind: "move", from: 4, to: 0 });
    expect(names(up)).toEqual(["address", "name", "role", "profilePage", "skills"]);
    expect(JSON.parse(up)).toEqual(JSON.parse(RICH));
  });

  it("moves integer-like names too", () => {
    const text = edit('{"type":"object","properties":{"a":{"type":"string"},"7":{"type":"string"}}}', { kind: "move", from: 1, to: 0 });
    expect(text.indexOf('"7"')).toBeLessThan(text.indexOf('"a"'));
    const back = edit(text, { kind: "move", from: 0, to: 1 });
    expect(back.indexOf('"a"')).toBeLessThan(back.indexOf('"7"'));
  });

  it("refuses positions outside the table", () => {
    expect(applyFieldEdit(RICH, { kind: "move", from: 0, to: 5 })).toHaveProperty("error");
    expect(applyFieldEdit(RICH, { kind: "move", from: -1, to: 0 })).toHaveProperty("error");
  });
});

describe("applyFieldEdit: schemas the table cannot show", () => {
  it("returns the reason instead of throwing", () => {
    expect(applyFieldEdit("{ nope", { kind: "add" })).toEqual({ error: expect.stringMatching(/not valid JSON/), invalidJson: true });
    expect(applyFieldEdit('{"type":"object","properties":{"a":{"oneOf":[]}}}', { kind: "add" })).toEqual({ error: expect.stringMatching(/“a”/) });
  });
});
