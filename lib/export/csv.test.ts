import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

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
    for (const v of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"]) expect(csvCell(v, true)).toMatch(/^"?'/);
    expect(csvCell("=1+1", false)).toBe("=1+1");
    expect(csvCell('=HYPERLINK("x","y")', true)).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });
});

describe("csvLine", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvLine(["a", 1, null, true], false)).toBe("a,1,,true\r\n");
    expect(csvLine([], false)).toBe("\r\n");
  });
});
