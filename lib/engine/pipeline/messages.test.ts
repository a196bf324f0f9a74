import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { runPipeline } from "../pipeline";
import { ExtractionError } from "./messages";
import type { ExtractedRow } from "../page-rows";
import { noRecords, nothingMatched } from "./messages";
import type { FieldSpec } from "../fields/spec";

const opts = { maxPages: 1, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: true };

/** The audit's page: three short products without links, sent as Latin-1 (its € is byte 0x80). */
const LATIN1 =
  `<!doctype html><html lang="fr"><head><title>Nos produits</title></head><body><h1>Catalogue</h1><ul class="produits">` +
  [
    ["Crème brûlée", "4,50 €", "Orléans"],
    ["Gâteau à l'orange", "1 299,00 €", "Besançon"],
    ["Éclair café", "3,20 €", "Sète"],
  ]
    .map(([n, p, v]) => `<li class="produit"><h3>${n}</h3><span class="prix">${p}</span><span class="ville">${v}</span></li>`)
    .join("\n") +
  `</ul></body></html>`;
const SPA = `<!doctype html><html><head><meta charset="utf-8"><title>App</title></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/static/js/main.js"></script></body></html>`;

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/produits") {
      res.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" });
      return res.end(Buffer.from(LATIN1.replaceAll("€", "\x80"), "latin1"));
    }
    if (req.url === "/spa") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(SPA);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function run(url: string, q: string) {
  const rows: ExtractedRow[] = [];
  await runPipeline({ url, q, schema: null, verifyUrls: false }, (r) => void rows.push(r), opts);
  return rows.map((r) => r.row);
}

async function failure(url: string, q: string): Promise<string> {
  try {
    await run(url, q);
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractionError);
    return (err as Error).message;
  }
  throw new Error("expected the extraction to fail");
}

describe("a short listing without links", () => {
  it("is read when the query asks for the prices its items show", async () => {
    const names = ["Crème brûlée", "Gâteau à l'orange", "Éclair café"];
    expect((await run(`${origin}/produits`, "every product with name, price and city")).map((r) => [r.name, r.price])).toEqual(
      names.map((n, i) => [n, ["4,50 €", "1 299,00 €", "3,20 €"][i]]),
    );
    expect(await run(`${origin}/produits`, "every product with name, price, city and stock")).toHaveLength(3);
    // French header words: "nom" is the item's heading, as "name" is.
    expect((await run(`${origin}/produits`, "tous les produits: nom, prix, ville")).map((r) => r.nom)).toEqual(names);
  });

  it("otherwise fails saying a short list was seen, and how to have it read", async () => {
    const advice =
      "The seed page shows a short list of 3 items (the first: “Crème brûlée 4,50 € Orléans”), but with so little text it is taken as the listing only when the query asks for what its items show (a price). " +
      "Name the fields after a colon (“every product: name, price”), or give a schema.";
    expect(await failure(`${origin}/produits`, "every product")).toBe(advice);
    expect(await failure(`${origin}/produits`, "every product with colour and weight")).toBe(advice);
    // The advice works.
    expect(await run(`${origin}/produits`, "every product: name, price")).toHaveLength(3);
  });
});

describe("noRecords", () => {
  it("says a page drawn by scripts has nothing to read until they run, which the engine does not do", async () => {
    expect(await failure(`${origin}/spa`, "every product")).toBe(
      "The seed page builds its content with JavaScript, which the engine does not run: its HTML holds no items (it says “You need to enable JavaScript to run this app.”). Point the URL at a version of the page that shows its items without scripts, if the site has one.",
    );
    const mountOnly = parseHtml(`<html><body><div id="__next"></div><script>start()</script></body></html>`);
    expect(noRecords(mountOnly)).toMatch(/^The seed page builds its content with JavaScript, which the engine does not run: its HTML holds no items\. /);
  });

  it("blames the URL only for a page with text and no list, scripts or not", () => {
    const about = parseHtml(`<html><body><main><h1>About us</h1><p>${"We started in 2009 with a single shop. ".repeat(8)}</p></main><script src="/a.js"></script></body></html>`);
    expect(noRecords(about)).toMatch(/^No repeated records were found on the seed page\. Point the URL at the listing page itself/);
    // Scripts with neither a <noscript> message nor an empty mount point: a plain short page.
    expect(noRecords(parseHtml(`<html><body><h1>Welcome</h1><script>track()</script></body></html>`))).toMatch(/^No repeated records/);
    // A tag manager's <noscript> pixel is not a page asking for JavaScript.
    const pixel = `<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0" width="0"></iframe></noscript>`;
    expect(noRecords(parseHtml(`<html><body>${pixel}<h1>Welcome</h1><script>track()</script></body></html>`))).toMatch(/^No repeated records/);
  });
});

describe("nothingMatched", () => {
  it("names the fields the user asked for, not the record's name the engine added", () => {
    const fields: FieldSpec[] = [
      { name: "name", type: "string", required: false, implied: true, namesRecord: true },
      { name: "line", type: "string", required: false },
    ];
    const message = nothingMatched(5, fields, false);
    expect(message).toContain('"line"');
    expect(message).not.toContain('"name"');
  });
});
