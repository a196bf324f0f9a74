import { describe, expect, it } from "vitest";
import { parseHtml, textContent } from "../dom";
import { findRecords, shortList, shortListPaused } from "../records";

const page = (body: string) => parseHtml(`<!doctype html><html lang="fr"><head><title>t</title></head><body>${body}</body></html>`);
const NAV = `<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/produits">Produits</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>`;

/** Three short items without links: a name, a price and a city each (the audit's Latin-1 page). */
const products = page(
  `<h1>Catalogue</h1><ul class="produits">${[
    ["Crème brûlée", "4,50 €", "Orléans"],
    ["Gâteau à l'orange", "1 299,00 €", "Besançon"],
    ["Éclair café", "3,20 €", "Sète"],
  ]
    .map(([n, p, v]) => `<li class="produit"><h3>${n}</h3><span class="prix">${p}</span><span class="ville">${v}</span></li>`)
    .join("")}</ul>`,
);

describe("short lists", () => {
  it("takes a short list whose items show the kind of value the query asks for, however many other fields it names", () => {
    for (const q of ["every product with name, price and city", "every product with name, price, city and stock", "every product: name, price", "alle Produkte: Name, Preis"]) {
      expect(findRecords(products, { q })?.records.map((r) => textContent(r[0]!)), q).toHaveLength(3);
    }
    // A schema's "price" asks for prices as the query's does.
    expect(findRecords(products, { q: "every product", fieldNames: ["title", "price", "city", "stock"] })?.records).toHaveLength(3);
  });

  it("does not take it when the query asks for nothing its items show, and offers it as the list seen", () => {
    for (const q of ["every product", "every product with colour and weight"]) {
      expect(findRecords(products, { q }), q).toBeNull();
      expect(shortList(products, { q })?.records, q).toHaveLength(3);
    }
    // Taken lists are not "seen but not taken".
    expect(shortList(products, { q: "every product: name, price" })).toBeNull();
  });

  it("looks for it with pauses between candidates, for the pipeline's failure message", async () => {
    let pauses = 0;
    const paused = await shortListPaused(products, { q: "every product" }, async () => void pauses++);
    expect(paused?.records.map((r) => textContent(r[0]!))).toEqual(["Crème brûlée 4,50 €Orléans", "Gâteau à l'orange 1 299,00 €Besançon", "Éclair café 3,20 €Sète"]);
    expect(paused?.records).toEqual(shortList(products, { q: "every product" })?.records);
    // A step per parent, candidate and record read.
    expect(pauses).toBeGreaterThan(10);
  });

  it("sees no short list on an item's own page: its labelled lines are its fields", () => {
    const specs = (lines: string[]) => page(`${NAV}<main><h1>Bouilloire bleue</h1><ul class="specs">${lines.map((l) => `<li>${l}</li>`).join("")}</ul><p>Une bouilloire solide.</p></main>`);
    const detail = specs(["Weight: 1.2 kg, boxed for shipping", "Colour: Blue with a matt finish", "Price: $30.00 including VAT"]);
    // Its one price line is not a price in most items: "price" does not make it a listing.
    for (const q of ["every product", "every product with name, price and city", "every product: name, price"]) {
      expect(findRecords(detail, { q }), q).toBeNull();
      expect(shortList(detail, { q }), q).toBeNull();
    }
    // Labels and values in spans of one shape score as a short list would, but they are one item's lines.
    const labelled = page(
      `<main><h1>Bouilloire bleue</h1><ul class="specs">${["Poids :|1,2 kg avec le socle", "Couleur :|bleu mat et inox", "Prix :|30,00 € TTC", "Origine :|fabriquée en France"]
        .map((l) => l.split("|"))
        .map(([k, v]) => `<li><span class="label">${k}</span> <span class="value">${v}</span></li>`)
        .join("")}</ul><p>Une bouilloire solide.</p></main>`,
    );
    expect(findRecords(labelled, { q: "every product" })).toBeNull();
    expect(shortList(labelled, { q: "every product" })).toBeNull();
  });
});
