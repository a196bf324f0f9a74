import { describe, expect, it } from "vitest";
import { fieldPaths, fieldSpecsFromSchema, flattenObjectFields } from "../fields";
import { rowLinks } from "./row-links";

const links = (properties: Record<string, object>, row: Record<string, unknown>) => {
  const schemaFields = fieldSpecsFromSchema({ type: "object", properties });
  const fields = flattenObjectFields(schemaFields);
  return rowLinks(fields, fieldPaths(schemaFields))(row);
};
const uri = { type: "string", format: "uri" };
const str = { type: "string" };

describe("rowLinks", () => {
  it("reads link fields, lists of links, objects' links and lists of objects' links, nothing else", () => {
    const props = {
      url: uri,
      note: str,
      mirrors: { type: "array", items: uri },
      company: { type: "object", properties: { site: uri, blurb: str } },
      authors: { type: "array", items: { type: "object", properties: { name: str, page: uri } } },
    };
    const row = {
      url: "https://a.example/1",
      note: "see https://not-a-link-field.example",
      mirrors: ["https://m.example/1", "ftp://m.example/2"],
      company: { site: "https://acme.example", blurb: "https://blurb.example" },
      authors: [{ name: "https://name.example", page: "https://a.example/ann" }, { name: "Bo" }],
    };
    expect(links(props, row)).toEqual(["https://a.example/1", "https://m.example/1", "https://acme.example", "https://a.example/ann"]);
  });

  it("reads every http(s) value, however deep, when no field is a link", () => {
    expect(links({ name: str, tags: { type: "array", items: str } }, { name: "http://x.example", tags: ["https://y.example", "z"], extra: [{ u: "https://z.example" }] })).toEqual([
      "http://x.example",
      "https://y.example",
      "https://z.example",
    ]);
    expect(rowLinks(null, new Map())({ a: "https://q.example", b: 3 })).toEqual(["https://q.example"]);
  });
});
