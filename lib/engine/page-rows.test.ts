import { describe, expect, it } from "vitest";
import type { ExtractInput } from "@/lib/extract/types";
import { elementByXPath, parseHtml, type ChildNode, type Element } from "./dom";
import { rowsFromPage } from "./page-rows";

const input: ExtractInput = { q: "every item with name, value and note", url: "https://big.example/items", schema: null, verifyUrls: false };

/** Counts every read of one of `parent`'s children, by whatever code walks them. */
function countReads(parent: Element): { reads: number } {
  const counter = { reads: 0 };
  parent.childNodes = new Proxy(parent.childNodes, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) counter.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as ChildNode[];
  return counter;
}

describe("rowsFromPage on a long list", () => {
  const n = 3_000;
  const html = (open: string, item: (i: number) => string, close: string) =>
    `<!doctype html><html><body>${open}${Array.from({ length: n }, (_, i) => item(i)).join("")}${close}</body></html>`;

  it("gives every row of a long table its record's XPath, reading the rows a bounded number of times each", async () => {
    const doc = parseHtml(
      html("<table><thead><tr><th>Name</th><th>Value</th><th>Note</th></tr></thead><tbody>", (i) => `<tr><td>Item ${i}</td><td>${i * 3}</td><td>note ${i}</td></tr>`, "</tbody></table>"),
    );
    const reads = countReads(elementByXPath(doc, "/body[1]/table[1]/tbody[1]")!);
    const { rows } = await rowsFromPage(doc, input.url, input, null, null);
    expect(rows).toHaveLength(n);
    rows.forEach((r, i) => expect(r.source.xpath).toBe(`/body[1]/table[1]/tbody[1]/tr[${i + 1}]`));
    expect(rows[n - 1]!.source.fields).toMatchObject({ name: { xpath: `/body[1]/table[1]/tbody[1]/tr[${n}]/td[1]` } });
    // Counting each record's earlier siblings again reads them n²/2 times (4.5 million here).
    expect(reads.reads).toBeLessThan(50 * n);
  });

  it("gives the fields of a record's second element (a <dd> after its <dt>) their XPaths the same way", async () => {
    const doc = parseHtml(
      html("<h1>Glossary</h1><dl>", (i) => `<dt><a href="/t/${i}">Term ${i}</a></dt><dd>Meaning of term ${i} in a sentence, price £${i}.99</dd>`, "</dl>"),
    );
    const reads = countReads(elementByXPath(doc, "/body[1]/dl[1]")!);
    const { rows } = await rowsFromPage(doc, input.url, { ...input, q: "every term with its meaning" }, null, null);
    expect(rows).toHaveLength(n);
    rows.forEach((r, i) => {
      expect(r.source.xpath).toBe(`/body[1]/dl[1]/dt[${i + 1}]`);
      expect(r.source.fields).toMatchObject({ title: { xpath: `/body[1]/dl[1]/dt[${i + 1}]/a[1]` }, price: { xpath: `/body[1]/dl[1]/dd[${i + 1}]` } });
    });
    expect(reads.reads).toBeLessThan(50 * 2 * n);
  });
});
