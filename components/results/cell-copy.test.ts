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

  it("guards text a spreadsheet would run as a formula, as the CSV export does, and keeps plain numbers as numbers", () => {
    expect(clipboardText('=HYPERLINK("https://evil.example","Click")')).toBe('\'=HYPERLINK("https://evil.example","Click")');
    expect(clipboardText("+A1")).toBe("'+A1");
    expect(clipboardText("-2+3")).toBe("'-2+3");
    expect(clipboardText("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(clipboardText("\tcmd")).toBe("'\tcmd");
    // After leading blanks (no-break, zero-width) and in fullwidth or small forms, which spreadsheets trim and fold.
    expect(clipboardText("  =1+1")).toBe("'  =1+1");
    expect(clipboardText("\u00a0\u200b=1+1")).toBe("'\u00a0\u200b=1+1");
    expect(clipboardText("＝1+1")).toBe("'＝1+1");
    expect(clipboardText("﹢A1")).toBe("'﹢A1");
    expect(clipboardText("＠cmd")).toBe("'＠cmd");
    // Plain numbers, as text or as numbers, and ordinary text stay as they are.
    expect(clipboardText("-12.5")).toBe("-12.5");
    expect(clipboardText(" +30")).toBe(" +30");
    expect(clipboardText(-12.5)).toBe("-12.5");
    expect(clipboardText("a=b")).toBe("a=b");
    expect(clipboardText("Ada")).toBe("Ada");
    // JSON of an object or list starts with a bracket, never a formula.
    expect(clipboardText(["=1+1"])).toBe('["=1+1"]');
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
