import { describe, expect, it } from "vitest";
import { clipboardText, isCellCopy } from "./cell-copy";

describe("copying one cell", () => {
  it("copies the raw value: the full URL, true/false, objects as JSON, nothing for a blank", () => {
    expect(clipboardText("https://www.example.com/people/ada?ref=1")).toBe("https://www.example.com/people/ada?ref=1");
    expect(clipboardText(false)).toBe("false");
    expect(clipboardText(0)).toBe("0");
    expect(clipboardText({ name: "Acme", tags: ["a"] })).toBe('{"name":"Acme","tags":["a"]}');
    expect(clipboardText(null)).toBe("");
  });

  it("takes Ctrl+C or Cmd+C alone, and leaves a text selection to the browser", () => {
    const key = (init: Partial<KeyboardEvent>) => ({ key: "c", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, isComposing: false, ...init });
    expect(isCellCopy(key({ ctrlKey: true }), "")).toBe(true);
    expect(isCellCopy(key({ metaKey: true, key: "C" }), "")).toBe(true);
    expect(isCellCopy(key({}), "")).toBe(false);
    expect(isCellCopy(key({ ctrlKey: true, shiftKey: true }), "")).toBe(false);
    expect(isCellCopy(key({ ctrlKey: true }), "Ada")).toBe(false);
  });
});
