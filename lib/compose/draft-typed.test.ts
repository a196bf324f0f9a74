import { describe, expect, it } from "vitest";
import { emptyDraft, type Draft } from "./draft";
import { afterLoad } from "./draft-replace";
import { startingDraft, TYPED_LABEL, typedBeforeHydration } from "./draft-typed";

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
