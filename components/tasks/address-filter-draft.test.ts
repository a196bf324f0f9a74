import { describe, expect, it } from "vitest";
import { reconcileDraft, typedDraft, type FilterDraft } from "./address-filter-draft";

/** Keys typed into the box, starting from an address that reads `from`: the draft after each. */
function type(from: string, values: string[]): FilterDraft | null {
  let draft: FilterDraft | null = null;
  for (const value of values) draft = typedDraft(draft, value, from);
  return draft;
}

describe("the tasks filter box while the address catches up", () => {
  it("shows what was typed while the echoes of the keystrokes arrive, then the address", () => {
    let draft = type("", ["z", "zu", "zur"]);
    expect(draft?.typed).toBe("zur");
    draft = reconcileDraft(draft, "z"); // the first keystroke's echo
    expect(draft).toEqual({ typed: "zur", pending: ["zu", "zur"], seen: "z" });
    draft = reconcileDraft(draft, "zur"); // echoes may be skipped: the last one drops those before it
    expect(draft).toBeNull();
  });

  it("keeps a blank typed as it is (the address has no q for it) once its echo arrives", () => {
    let draft = type("zurich", [" "]);
    draft = reconcileDraft(draft, "");
    expect(draft).toEqual({ typed: " ", pending: [], seen: "" });
  });

  it("lets the address win as soon as it says something the box never wrote (the header's link, Back)", () => {
    const draft = type("", ["a", "ab"]);
    expect(reconcileDraft(draft, "failed")).toBeNull();
    expect(reconcileDraft(draft, "")).toBe(draft); // nothing new yet
  });
});
