import { describe, expect, it } from "vitest";
import { tabFocusHint, tabFocusKeys } from "./tab-focus-hint";

describe("tabFocusKeys", () => {
  it("names Monaco's binding of each platform: Ctrl+M, and Ctrl+Shift+M on Apple's", () => {
    expect(tabFocusKeys("Linux x86_64")).toEqual(["Ctrl", "M"]);
    expect(tabFocusKeys("Win32")).toEqual(["Ctrl", "M"]);
    expect(tabFocusKeys("MacIntel")).toEqual(["Ctrl", "Shift", "M"]);
    expect(tabFocusKeys("iPad")).toEqual(["Ctrl", "Shift", "M"]);
  });
});

describe("tabFocusHint", () => {
  it("says what Tab does now and what the keys switch it to", () => {
    expect(tabFocusHint(false)).toEqual({ now: "Tab indents", toggle: "to let Tab move focus" });
    expect(tabFocusHint(true)).toEqual({ now: "Tab moves focus out of the editor", toggle: "to let Tab indent again" });
  });
});
