import { describe, expect, it } from "vitest";
import { markIn, newDraftMark, reconcileDraft, typedDraft, DRAFT_MARK, type FilterDraft } from "./address-filter-draft";

const MARK = "m1";
/** Keys typed into the box, starting from an address that reads `from`: the draft after each. */
function type(from: string, values: string[]): FilterDraft | null {
  let draft: FilterDraft | null = null;
  for (const value of values) draft = typedDraft(draft, value, from, MARK);
  return draft;
}

describe("the tasks filter box while the address catches up", () => {
  it("shows what was typed while the echoes of the keystrokes arrive, then the address", () => {
    let draft = type("", ["z", "zu", "zur"]);
    expect(draft?.typed).toBe("zur");
    draft = reconcileDraft(draft, "z", MARK); // the first keystroke's echo
    expect(draft).toEqual({ typed: "zur", pending: ["zu", "zur"], seen: "z", mark: MARK });
    draft = reconcileDraft(draft, "zur", MARK); // echoes may be skipped: the last one drops those before it
    expect(draft).toBeNull();
  });

  it("keeps a blank typed as it is (the address has no q for it) once its echo arrives", () => {
    let draft = type("zurich", [" "]);
    draft = reconcileDraft(draft, "", MARK);
    expect(draft).toEqual({ typed: " ", pending: [], seen: "", mark: MARK });
  });

  it("lets the address win as soon as it says something the box never wrote (the header's link, Back)", () => {
    const draft = type("", ["a", "ab"]);
    expect(reconcileDraft(draft, "failed", MARK)).toBeNull();
    expect(reconcileDraft(draft, "", MARK)).toBe(draft); // nothing new yet
  });

  // Typing "bar" on /tasks, then Back to /tasks?q=ba before the echoes came: React renders the
  // echoes and the Back together, and the address reads "ba", as the second keystroke's echo would.
  it("lets a Back or Forward win that lands on what a keystroke not yet echoed wrote", () => {
    const draft = type("", ["b", "ba", "bar"]);
    expect(reconcileDraft(draft, "ba", "an older entry's mark")).toBeNull();
    expect(reconcileDraft(draft, "ba", undefined)).toBeNull();
    // The box's own echo, in the entry it wrote to, is still one.
    expect(reconcileDraft(draft, "ba", MARK)).toMatchObject({ typed: "bar", pending: ["bar"] });
  });

  it("lets a Back or a navigation win that lands on the address the typing started from", () => {
    // On /tasks?page=2&q=x, "xy" typed, then Back to /tasks?q=x: the address reads "x" again.
    const draft = type("x", ["xy"]);
    expect(reconcileDraft(draft, "x", "another entry")).toBeNull();
    // The header's Tasks link while "ab" (typed on /tasks) is not yet echoed: the new entry has no mark.
    expect(reconcileDraft(type("", ["a", "ab"]), "", undefined)).toBeNull();
  });

  it("reads the mark from a history entry's state, whatever else the state holds", () => {
    const mark = newDraftMark();
    expect(markIn({ __NA: true, [DRAFT_MARK]: mark })).toBe(mark);
    expect(markIn({ __NA: true })).toBeUndefined();
    expect(markIn(null)).toBeUndefined();
    expect(newDraftMark()).not.toBe(mark);
  });
});
