import { describe, expect, it } from "vitest";
import { fieldSourceLabel, fieldSourceXPath } from "./field-source";

describe("fieldSourceLabel", () => {
  const record = "/body[1]/main[1]/div[1]/article[3]";

  it("writes an element of the record from the record, and an attribute as XPath does", () => {
    expect(fieldSourceLabel({ xpath: `${record}/h3[1]/a[1]` }, record)).toBe("./h3[1]/a[1]");
    expect(fieldSourceLabel({ xpath: `${record}/h3[1]/a[1]`, attr: "href" }, record)).toBe("./h3[1]/a[1]/@href");
    expect(fieldSourceLabel({ xpath: record, attr: "data-id" }, record)).toBe("./@data-id");
  });

  it("keeps the whole XPath of an element outside the record (article[30] is not inside article[3])", () => {
    expect(fieldSourceLabel({ xpath: "/body[1]/main[1]/div[1]/article[30]/p[1]" }, record)).toBe("/body[1]/main[1]/div[1]/article[30]/p[1]");
    expect(fieldSourceLabel({ xpath: "/body[1]/h1[1]", attr: "title" }, "")).toBe("/body[1]/h1[1]/@title");
  });

  it("names the JSON-LD property of structured data", () => {
    expect(fieldSourceLabel({ jsonld: "offers.price" }, "/head[1]/script[2]")).toBe("JSON-LD offers.price");
    expect(fieldSourceXPath({ jsonld: "offers.price" })).toBeNull();
    expect(fieldSourceXPath({ xpath: `${record}/img[1]`, attr: "src" })).toBe(`${record}/img[1]/@src`);
  });
});
