// Cells that span rows: a list article's city written once for three buildings.
import { describe, expect, it } from "vitest";
import type { ExtractInput } from "@/lib/extract/types";
import { runPipeline } from "../pipeline";
import type { ExtractedRow } from "../page-rows";

async function extract(schema: ExtractInput["schema"]): Promise<ExtractedRow[]> {
  const rows: ExtractedRow[] = [];
  const input = { q: "every building with rank, name, city, country, floors and year", url: "https://wiki.example/list", schema, verifyUrls: false };
  await runPipeline(input, (r) => void rows.push(r), { maxPages: 1, pageTimeoutMs: 5_000, allowPrivate: false, respectRobots: false, seedHtml: TABLE });
  return rows;
}

const TABLE = `<!doctype html><html><body><table class="wikitable">
<thead><tr><th>Rank</th><th>Name</th><th>City</th><th>Country</th><th>Floors</th><th>Year</th></tr></thead><tbody>
<tr><td>1</td><td><a href="/wiki/Lakhta">Lakhta Center</a></td><td>Saint Petersburg</td><td>Russia</td><td>87</td><td>2019</td></tr>
<tr><td>2</td><td><a href="/wiki/Federation">Federation Tower</a></td><td rowspan="3">Moscow</td><td rowspan="3">Russia</td><td>95</td><td>2017</td></tr>
<tr><td>3</td><td><a href="/wiki/OKO">OKO</a></td><td>85</td><td>2015</td></tr>
<tr><td>4</td><td><a href="/wiki/Neva">Neva Tower 2</a></td><td>79</td><td>2020</td></tr>
<tr><td>5</td><td><a href="/wiki/Shard">The Shard</a></td><td>London</td><td>United Kingdom</td><td>72</td><td>2012</td></tr>
<tr><td>6</td><td><a href="/wiki/Varso">Varso Tower</a></td><td>Warsaw</td><td>Poland</td><td>53</td><td>2022</td></tr>
</tbody></table></body></html>`;

const EXPECTED = [
  { rank: 1, name: "Lakhta Center", city: "Saint Petersburg", country: "Russia", floors: 87, year: 2019 },
  { rank: 2, name: "Federation Tower", city: "Moscow", country: "Russia", floors: 95, year: 2017 },
  { rank: 3, name: "OKO", city: "Moscow", country: "Russia", floors: 85, year: 2015 },
  { rank: 4, name: "Neva Tower 2", city: "Moscow", country: "Russia", floors: 79, year: 2020 },
  { rank: 5, name: "The Shard", city: "London", country: "United Kingdom", floors: 72, year: 2012 },
  { rank: 6, name: "Varso Tower", city: "Warsaw", country: "Poland", floors: 53, year: 2022 },
];

describe("a table whose cells span rows", () => {
  it("reads the rows below a spanning cell in their own columns, the spanning cell's value theirs too (no schema)", async () => {
    const rows = await extract(null);
    expect(rows.map((r) => ({ rank: r.row.rank, name: r.row.name, city: r.row.city, country: r.row.country, floors: r.row.floors, year: r.row.year }))).toEqual(EXPECTED);
  });

  it("does the same with a schema, and gives the spanned value the spanning cell's XPath", async () => {
    const props = { rank: { type: "integer" }, name: { type: "string" }, city: { type: "string" }, country: { type: "string" }, floors: { type: "integer" }, year: { type: "integer" } };
    const rows = await extract({ type: "object", properties: props });
    expect(rows.map((r) => r.row)).toEqual(EXPECTED);
    expect(rows[2]!.source.fields).toMatchObject({ city: { xpath: "/body[1]/table[1]/tbody[1]/tr[2]/td[3]" }, floors: { xpath: "/body[1]/table[1]/tbody[1]/tr[3]/td[3]" } });
  });
});
