import { describe, expect, it } from "vitest";
import { emptyDraft, type Draft } from "./draft";
import { afterLoad } from "./draft-replace";
import type { SavedExtraction } from "@/lib/extract/types";
import { chosenBeforeHydration, startingDraft, TYPED_LABEL, typedBeforeHydration } from "./draft-typed";

const stored: Draft = { url: "https://example.com/stored", q: "the stored query", schemaText: '{"type":"object"}', verifyUrls: false };
const task: Draft = { url: "https://shop.example/items", q: "every item", schemaText: "", verifyUrls: true };
const label = "The task you duplicated";

describe("what was typed before the form hydrated", () => {
  it("is every field the page shows differently from what the server rendered", () => {
    expect(typedBeforeHydration(emptyDraft, { url: "https://example.com/typed", q: "", verifyUrls: true })).toEqual({ url: "https://example.com/typed", verifyUrls: true });
  });

  it("includes a field emptied over a duplicated task's value", () => {
    expect(typedBeforeHydration(task, { url: "", q: "every item", verifyUrls: true })).toEqual({ url: "" });
  });

  it("is nothing when the fields show what was rendered, or are not there", () => {
    expect(typedBeforeHydration(task, { url: task.url, q: task.q, verifyUrls: task.verifyUrls })).toEqual({});
    expect(typedBeforeHydration(emptyDraft, {})).toEqual({});
  });
});

describe("the draft the form starts from", () => {
  it("is the stored draft when nothing was typed, with its Undo bar as kept", () => {
    const kept = afterLoad(stored, task, "The template", null);
    expect(startingDraft({ initial: null, initialLabel: label, stored, kept, typed: {} })).toEqual({ draft: stored, replaced: kept });
  });

  it("takes typed fields over the stored draft, keeping the stored one for Undo", () => {
    const result = startingDraft({ initial: null, initialLabel: label, stored, kept: null, typed: { url: "https://example.com/typed" } });
    expect(result.draft).toEqual({ ...stored, url: "https://example.com/typed" });
    expect(result.replaced).toEqual({ previous: stored, loaded: result.draft, label: TYPED_LABEL, undone: false });
  });

  it("keeps no Undo when the typing matches the stored draft", () => {
    expect(startingDraft({ initial: null, initialLabel: label, stored, kept: null, typed: { url: stored.url } })).toEqual({ draft: stored, replaced: null });
  });

  it("takes typed fields with no stored draft, leaving nothing to undo", () => {
    expect(startingDraft({ initial: null, initialLabel: label, stored: null, kept: null, typed: { q: "every book" } })).toEqual({
      draft: { ...emptyDraft, q: "every book" },
      replaced: null,
    });
  });

  it("takes typed fields over a duplicated task, which still keeps the stored draft for Undo", () => {
    const result = startingDraft({ initial: task, initialLabel: label, stored, kept: null, typed: { q: "every item with price" } });
    expect(result.draft).toEqual({ ...task, q: "every item with price" });
    expect(result.replaced).toEqual({ previous: stored, loaded: task, label, undone: false });
  });

  it("is the duplicated task when nothing was typed", () => {
    expect(startingDraft({ initial: task, initialLabel: label, stored: null, kept: null, typed: {} })).toEqual({ draft: task, replaced: null });
  });
});

const saved: SavedExtraction = {
  id: "s1",
  name: "Shop names",
  input: { url: "https://shop.example/all", q: "every product name", schema: null, verifyUrls: true },
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("what was chosen in the menus before the form hydrated", () => {
  it("is the template whose id the template menu shows: its query and schema", () => {
    const chosen = chosenBeforeHydration({ template: "team", saved: "" }, [saved]);
    expect(chosen?.label).toBe("The “Team page” template");
    expect(Object.keys(chosen?.patch ?? {})).toEqual(["q", "schemaText"]);
    expect(chosen?.patch.q).toBe("Every team member with their name, role and profile page");
    expect(JSON.parse(chosen?.patch.schemaText ?? "null")).toMatchObject({ properties: { profilePage: { format: "uri" } } });
  });

  it("is the whole saved extraction the saved menu shows, named, over a template", () => {
    expect(chosenBeforeHydration({ template: "team", saved: "s1" }, [saved])).toEqual({
      patch: { url: "https://shop.example/all", q: "every product name", schemaText: "", verifyUrls: true },
      label: "The saved extraction “Shop names”",
      savedId: "s1",
    });
  });

  it("is nothing when the menus show their placeholders, an unknown id, or are not there", () => {
    expect(chosenBeforeHydration({ template: "", saved: "" }, [saved])).toBeNull();
    expect(chosenBeforeHydration({ template: "no-such", saved: "gone" }, [saved])).toBeNull();
    expect(chosenBeforeHydration({}, [])).toBeNull();
  });
});

describe("the draft the form starts from, after a menu choice", () => {
  const template = { patch: { q: "every person", schemaText: '{"type":"object"}' }, label: "The “Team page” template" };

  it("loads the choice over the stored draft, which Undo brings back", () => {
    const result = startingDraft({ initial: null, initialLabel: label, stored, kept: null, typed: {}, chosen: template });
    expect(result.draft).toEqual({ ...stored, ...template.patch });
    expect(result.replaced).toEqual({ previous: stored, loaded: result.draft, label: template.label, undone: false });
  });

  it("keeps the words typed into a field over the choice", () => {
    const result = startingDraft({ initial: null, initialLabel: label, stored, kept: null, typed: { q: "typed words" }, chosen: template });
    expect(result.draft).toEqual({ ...stored, schemaText: template.patch.schemaText, q: "typed words" });
    expect(result.replaced?.label).toBe(template.label);
  });

  it("loads the choice over a duplicated task, which Undo brings back when there is no draft of one's own", () => {
    const result = startingDraft({ initial: task, initialLabel: label, stored: null, kept: null, typed: {}, chosen: template });
    expect(result.draft).toEqual({ ...task, ...template.patch });
    expect(result.replaced).toEqual({ previous: task, loaded: result.draft, label: template.label, undone: false });
  });

  it("over a duplicated task that replaced a stored draft, keeps that draft for Undo, as the menus would, and says both replaced it", () => {
    const result = startingDraft({ initial: task, initialLabel: label, stored, kept: null, typed: {}, chosen: template });
    expect(result.draft).toEqual({ ...task, ...template.patch });
    expect(result.replaced).toEqual({
      previous: stored,
      loaded: result.draft,
      label: "The task you duplicated, then the “Team page” template,",
      undone: false,
    });
    // The same two loads made one after the other once hydrated keep the same draft.
    const afterDuplicate = afterLoad(stored, task, label, null);
    expect(afterLoad(task, result.draft, template.label, afterDuplicate)?.previous).toEqual(stored);
  });

  it("loads the choice into an empty form, with nothing to undo", () => {
    expect(startingDraft({ initial: null, initialLabel: label, stored: null, kept: null, typed: {}, chosen: template })).toEqual({
      draft: { ...emptyDraft, ...template.patch },
      replaced: null,
    });
  });
});
