import { describe, expect, it } from "vitest";
import { emptyDraft, type Draft } from "./draft";
import { afterLoad, afterUndo, parseReplaced } from "./draft-replace";

const mine: Draft = { url: "https://example.com/team", q: "every member with name and email", schemaText: "", verifyUrls: false };
const template: Draft = { url: "https://example.com/team", q: "Every team member", schemaText: '{"type":"object"}', verifyUrls: false };
const saved: Draft = { url: "https://shop.example/items", q: "every item", schemaText: "", verifyUrls: true };

describe("replacing the compose draft", () => {
  it("keeps a typed draft that a load replaces", () => {
    expect(afterLoad(mine, template, "The template", null)).toEqual({ previous: mine, loaded: template, label: "The template", undone: false });
  });

  it("keeps nothing when there is nothing to lose: an empty form, or the same draft again", () => {
    expect(afterLoad(emptyDraft, template, "The template", null)).toBeNull();
    expect(afterLoad({ ...emptyDraft, verifyUrls: true }, template, "The template", null)).toBeNull();
    expect(afterLoad(template, { ...template }, "The template", null)).toBeNull();
  });

  it("keeps the analyst's own draft through a second load, not the first load's unedited text", () => {
    const first = afterLoad(mine, template, "The template", null);
    const second = afterLoad(template, saved, "The saved extraction", first);
    expect(second).toEqual({ previous: mine, loaded: saved, label: "The saved extraction", undone: false });
    // Edited after loading: that is the analyst's work now, and is what a further load keeps.
    const edited = { ...saved, q: "every item with price" };
    expect(afterLoad(edited, template, "The template", second)?.previous).toEqual(edited);
  });

  it("undo and redo swap the form and the kept draft, so neither is lost", () => {
    const kept = afterLoad(mine, template, "The template", null)!;
    const undone = afterUndo({ ...template, q: "edited after loading" }, kept);
    expect(undone.draft).toEqual(mine);
    expect(undone.replaced).toMatchObject({ previous: { ...template, q: "edited after loading" }, undone: true });
    const redone = afterUndo(mine, undone.replaced);
    expect(redone.draft).toEqual({ ...template, q: "edited after loading" });
    expect(redone.replaced).toMatchObject({ previous: mine, undone: false });
  });

  it("restores only a well-formed kept draft", () => {
    const kept = afterLoad(mine, template, "The template", null);
    expect(parseReplaced(JSON.stringify(kept))).toEqual(kept);
    expect(parseReplaced("{")).toBeNull();
    expect(parseReplaced(JSON.stringify({ previous: mine }))).toBeNull();
    expect(parseReplaced(null)).toBeNull();
  });
});
