import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FieldSources } from "./field-sources";

const record = "/body[1]/main[1]/ul[1]/li[2]";
/** [field, value, source] of each listed field, from React's own markup. */
const listed = (html: string) =>
  [...html.matchAll(/data-field="([^"]+)"><dt[^>]*>[^<]*<\/dt><dd[^>]*>([^<]*)<\/dd><dd[^>]*>([^<]*)<\/dd>/g)].map((m) => [m[1], m[2], m[3]]);

describe("FieldSources", () => {
  it("lists each field with where it was read, and an object's parts by their path", () => {
    const html = renderToStaticMarkup(
      <FieldSources
        row={{ title: "Backend Engineer", company: { name: "Acme Corp", location: "Berlin" }, salary: "$90K" }}
        fields={{ title: { xpath: `${record}/h2[1]/a[1]` }, "company.name": { xpath: `${record}/p[1]` }, "company.location": { jsonld: "jobLocation.address" } }}
        recordXPath={record}
      />,
    );
    expect(listed(html)).toEqual([
      ["title", "Backend Engineer", "from ./h2[1]/a[1]"],
      ["company.name", "Acme Corp", "from ./p[1]"],
      ["company.location", "Berlin", "from JSON-LD jobLocation.address"],
      ["salary", "$90K", "not found on the page"],
    ]);
  });

  it("says when the result was extracted before field sources were kept", () => {
    const html = renderToStaticMarkup(<FieldSources row={{ title: "x" }} fields={undefined} recordXPath={record} />);
    expect(html).toContain('data-testid="row-field-sources-missing"');
  });
});
