import { describe, expect, it } from "vitest";
import { csvCell, csvLine, needsFormulaGuard } from "./csv";

describe("csvCell", () => {
  it("keeps 0 and false, leaves null and undefined empty", () => {
    expect(csvCell(0, true)).toBe("0");
    expect(csvCell(false, true)).toBe("false");
    expect(csvCell(null, true)).toBe("");
    expect(csvCell(undefined, true)).toBe("");
    expect(csvCell(-3.5, true)).toBe("-3.5"); // a number is data, not a formula
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("a,b", false)).toBe('"a,b"');
    expect(csvCell('say "hi"', false)).toBe('"say ""hi"""');
    expect(csvCell("line1\nline2", false)).toBe('"line1\nline2"');
    expect(csvCell("cr\rhere", false)).toBe('"cr\rhere"');
    expect(csvCell("plain café", false)).toBe("plain café");
  });

  it("writes nested values as JSON text", () => {
    expect(csvCell({ a: 1, b: [true, null] }, false)).toBe('"{""a"":1,""b"":[true,null]}"');
    expect(csvCell(["x"], false)).toBe('"[""x""]"');
  });

  it("guards formula-looking text when asked", () => {
    for (const v of ["=1+1", "+A1", "-1+2", "@SUM(A1)", "\tx", "\r1"]) expect(csvCell(v, true)).toMatch(/^"?'/);
    expect(csvCell("=1+1", false)).toBe("=1+1");
    expect(csvCell('=HYPERLINK("x","y")', true)).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });
});

describe("needsFormulaGuard", () => {
  it("leaves plain numbers alone, signed or not", () => {
    for (const v of ["-2", "+30", "-3.5", "+0.25", "-.5", "+1.", "-1e5", "+2.5E-3", "42", "1.5"]) expect(needsFormulaGuard(v), v).toBe(false);
    expect(csvCell("-2", true)).toBe("-2");
    expect(csvCell("+30", true)).toBe("+30");
  });

  it("guards everything else that starts with = + - @, a tab or a CR", () => {
    const risky = ["=SUM(A1:A9)", "=1", "+A1", "-2+3", "+1-1", "-cmd|' /C calc'!A0", "@x", "@SUM(1)", "-", "+", "-.", "-e5", "-1e", "-1e+", "- 2", "-2 ", "-2\n", "--2", "+-2", "-0x1F", "-Infinity", "-1,5", "\t-2", "\r-2"];
    for (const v of risky) expect(needsFormulaGuard(v), JSON.stringify(v)).toBe(true);
  });

  it("has nothing to guard in text that starts otherwise", () => {
    for (const v of ["", "plain", " =1", "2-1", "a=b"]) expect(needsFormulaGuard(v), v).toBe(false);
  });
});

describe("csvLine", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvLine(["a", 1, null, true], false)).toBe("a,1,,true\r\n");
    expect(csvLine([], false)).toBe("\r\n");
  });
});
