import { describe, expect, it } from "vitest";
import { elementChildren, parseHtml, type Element } from "../dom";
import { BOOK_SPEC, byTag, select } from "../fields/testing";
import { isPropertyList, valueKind } from "./properties";

/** The children of the first `tag` element, as records of one element, or of two (dt + dd). */
function records(html: string, tag: string, pairs: boolean): Element[][] {
  const kids = elementChildren(select(parseHtml(`<!doctype html><html><body>${html}</body></html>`), byTag(tag))[0]!);
  if (!pairs) return kids.map((k) => [k]);
  const out: Element[][] = [];
  for (let i = 0; i + 1 < kids.length; i += 2) out.push([kids[i]!, kids[i + 1]!]);
  return out;
}

const dl = (pairs: ReadonlyArray<readonly [string, string]>) => `<dl>${pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`;

describe("valueKind", () => {
  it("tells the kinds of value a list keeps in one place", () => {
    expect(["£26.08", "USD 12", "In stock (1 available)", "0", "12,5 %", "2024-03-01", "228ba5e7577e1d49", "https://a.example/x", "ada@example.org", "Books"].map(valueKind)).toEqual([
      "money",
      "money",
      "stock",
      "number",
      "number",
      "date",
      "code",
      "url",
      "email",
      "text",
    ]);
    expect(valueKind("Test software applications and systems to identify defects and ensure quality. Create test plans.")).toBe("prose");
  });
});

describe("isPropertyList", () => {
  it("reads a product's spec list (labels with values of many kinds) as one item's fields", () => {
    expect(isPropertyList(records(dl(BOOK_SPEC), "dl", true))).toBe(true);
  });

  it("reads the same as a two-column table with header cells", () => {
    const rows = [["UPC", "a897fe39b1053632"], ["Type", "Books"], ["Price", "£53.74"], ["Availability", "In stock"], ["Reviews", "3"]];
    const table = `<table><tbody>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join("")}</tbody></table>`;
    expect(isPropertyList(records(table, "tbody", false))).toBe(true);
  });

  it("reads sibling values of many kinds (a price, a stock status, prose) as one item's fields", () => {
    const ps = `<div><p>Price: £26.08</p><p>In stock</p><p>${"A long description of the book and why it matters. ".repeat(8)}</p></div>`;
    expect(isPropertyList(records(ps, "div", false))).toBe(true);
  });

  it("reads a job's own page (description, experience, salary, benefits, contact) as one item's fields", () => {
    const job = `<dl><dt>Job description</dt><dd>${"A Quality Assurance Analyst tests software and products to ensure they meet quality standards. ".repeat(2)}</dd>` +
      `<dt>Required experience</dt><dd>4 to 12 Years</dd><dt>Salary range</dt><dd>$59K-$93K</dd>` +
      `<dt>Responsibilities</dt><dd>Test software applications and systems to identify defects and ensure quality. Create test plans.</dd>` +
      `<dt>Benefits</dt><dd><ul><li>Life and Disability Insurance</li><li>Stock Options or Equity Grants</li><li>Health Insurance</li></ul></dd>` +
      `<dt>Contact</dt><dd><span>Matthew Gill</span> (<span class="phone">(973)791-5355</span>)</dd></dl>`;
    expect(isPropertyList(records(job, "dl", true))).toBe(true);
  });

  it("keeps lists whose values are of one kind: names and roles, prices, a glossary", () => {
    expect(isPropertyList(records(dl([["Ada", "Engineer"], ["Grace", "Staff engineer"], ["Edsger", "Manager"], ["Barbara", "Principal"]]), "dl", true))).toBe(false);
    expect(isPropertyList(records(dl([["Espresso", "€2.10"], ["Latte", "€3.40"], ["Mocha", "€3.90"], ["Tea", "€1.80"]]), "dl", true))).toBe(false);
    expect(isPropertyList(records(dl([["Latency", "The time a packet takes."], ["Jitter", "Variation in latency."], ["Loss", "Packets that never arrive."]]), "dl", true))).toBe(false);
  });

  it("keeps records with more than a label and a value, and lists whose labels repeat", () => {
    const cards = `<div>${[["Lamp", "£20", "In stock"], ["Desk", "£120", "2 left"], ["Chair", "£60", "Sold out"]]
      .map((c) => `<div><h3>${c[0]}</h3><p>${c[1]}</p><p>${c[2]}</p></div>`)
      .join("")}</div>`;
    expect(isPropertyList(records(cards, "div", false))).toBe(false);
    const repeated: Array<[string, string]> = [["Price", "£1"], ["Price", "In stock"], ["Price", "2024-01-01"], ["Price", "x9y8z7w6"]];
    expect(isPropertyList(records(dl(repeated), "dl", true))).toBe(false);
  });
});
