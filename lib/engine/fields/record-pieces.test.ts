import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { fieldSpecsFromQuery } from "./query";

describe("piecesOfRecord: a glossary's <dt> and <dd>", () => {
  const entries: [string, string][] = [
    ["<dfn>Amortization</dfn>", "The gradual repayment of a debt over time through regular payments. <a href='/terms/amortization'>Read more</a>"],
    ["<dfn>Arbitrage</dfn>", "The simultaneous purchase and sale of the same asset in different markets."],
    ["<dfn>Ask price</dfn>", "The lowest price a seller is willing to accept for a security."],
    ["<dfn>Bond</dfn>", "A fixed-income instrument representing a loan made by an investor to a borrower."],
  ];
  const doc = () =>
    parseHtml(`<!doctype html><html><body><h1>Glossary of financial terms</h1><dl class="glossary">${entries.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join("")}</dl></body></html>`);

  it("reads the <dt> as the entry's term and the <dd> as its definition, not the term as the definition's label", async () => {
    for (const q of ["every term with term and definition", "every term with term and meaning"]) {
      const input = { q, url: "https://fin.example/glossary", schema: null, verifyUrls: false };
      const fields = fieldSpecsFromQuery(q)!;
      const { rows } = await rowsFromPage(doc(), input.url, input, fields, null);
      const second = fields[1]!.name;
      expect(rows.map((r) => [r.row.term, r.row[second]])).toEqual([
        ["Amortization", "The gradual repayment of a debt over time through regular payments. Read more"],
        ["Arbitrage", "The simultaneous purchase and sale of the same asset in different markets."],
        ["Ask price", "The lowest price a seller is willing to accept for a security."],
        ["Bond", "A fixed-income instrument representing a loan made by an investor to a borrower."],
      ]);
    }
  });
});
