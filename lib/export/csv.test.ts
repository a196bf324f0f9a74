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
    for (const v of ["", "   ", "\u00a0", "plain", " plain", "2-1", "a=b", "a =1", "\u00a0x=1", "Ａ=1", "１+1"]) expect(needsFormulaGuard(v), v).toBe(false);
  });

  it("guards a formula after leading spaces, no-break and zero-width ones included, as spreadsheet apps trim them", () => {
    for (const v of [" =1+1", "   =1+1", "\u00a0=1+1", "\u00a0\u00a0+A1", "\u3000=1", "\u2003-2+3", "\u202f@SUM(1)", "\u200b=1", "\ufeff=1", " \t-2", " \r1"]) {
      expect(needsFormulaGuard(v), JSON.stringify(v)).toBe(true);
    }
    expect(csvCell(" =1+1", true)).toBe("' =1+1");
    expect(csvCell("\u00a0=1+1", true)).toBe("'\u00a0=1+1");
  });

  it("guards fullwidth and small forms of = + - @, which spreadsheet apps fold to ASCII", () => {
    for (const v of ["＝1+1", "＋A1", "－2+3", "＠SUM(1)", "﹦1", "﹢A1", "﹣cmd|' /C calc'!A0", "﹫x", " ＝1", "\u00a0＋A1"]) {
      expect(needsFormulaGuard(v), JSON.stringify(v)).toBe(true);
    }
    expect(csvCell("＝HYPERLINK(\"x\")", true)).toBe('"\'＝HYPERLINK(""x"")"');
  });

  it("still reads a number after leading spaces or in fullwidth forms as a number, not a formula", () => {
    for (const v of [" -12.5", "\u00a0-12.5", "  +30", "－12.5", "＋３０", " －1e5"]) expect(needsFormulaGuard(v), JSON.stringify(v)).toBe(false);
    expect(csvCell(" -12.5", true)).toBe(" -12.5");
    expect(csvCell("-12.5", true)).toBe("-12.5");
  });
});

describe("csvLine", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvLine(["a", 1, null, true], false)).toBe("a,1,,true\r\n");
    expect(csvLine([], false)).toBe("\r\n");
  });
});
