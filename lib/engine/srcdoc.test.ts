import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHtml } from "./dom";
import { rowsFromPage } from "./page-rows";
import { fieldSpecsFromSchema } from "./fields/spec";
import { srcdocFramesSteps } from "./srcdoc";
import { runSteps } from "./steps";
import { elementByXPath } from "./xpath";
import { textContent } from "./dom";
import { run, startPipelineSites, type PipelineSites } from "./pipeline/testing";

const PAGE = "https://shop.example/deals";
const schema = { type: "object", properties: { name: { type: "string" }, price: { type: "string" }, url: { type: "string", format: "uri" } }, required: ["name"] };
const fields = fieldSpecsFromSchema(schema);
const input = { url: PAGE, q: "every deal with name, price and link", schema, verifyUrls: false };

const products = (from: number) =>
  ["Aurora Over-Ear", "Breeze Buds", "Cadence Pro", "Drift Mini"].map((name, i) => ({ name: `${name} ${from + i}`, price: `$${(from + i) * 10}.00`, slug: `p${from + i}` }));
const listing = (items: ReturnType<typeof products>) =>
  `<!doctype html><html><body><ul class="deals">${items.map((p) => `<li class="deal"><h3><a href="/p/${p.slug}">${p.name}</a></h3><p class="desc">Sonic Audio Labs, free shipping</p><span class="price">${p.price}</span></li>`).join("")}</ul></body></html>`;
/** An attribute's value as a page writes it: `&` and `"` escaped. */
const escaped = (html: string) => html.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
const page = (srcdoc: string, own = "") =>
  `<html><body><nav><a href="/">Home</a> <a href="/deals">Deals</a></nav><main><h1>Today's deals</h1>${own}<iframe title="Deals" srcdoc="${escaped(srcdoc)}"></iframe></main></body></html>`;
const read = (html: string, expected: string | null = null) => rowsFromPage(parseHtml(html), PAGE, input, fields, expected);

describe("a seed page whose list is in an <iframe srcdoc>", () => {
  it("reads the srcdoc document as the seed, its links against the page's address", async () => {
    const seed = await read(page(listing(products(1))));
    expect(seed.rows.map((r) => r.row)).toEqual(products(1).map((p) => ({ name: p.name, price: p.price, url: `https://shop.example/p/${p.slug}` })));
    // A later page of the listing is read in its srcdoc too, by the seed's template.
    expect(seed.signature).toMatch(/^srcdoc:/);
    const next = await read(page(listing(products(5))), seed.signature);
    expect(next.rows.map((r) => r.row.name)).toEqual(products(5).map((p) => p.name));
  });

  it("names the iframe in the page as the rows' frame, their XPaths being the frame document's", async () => {
    const html = page(listing(products(1)));
    const seed = await read(html);
    const frame = parseHtml(listing(products(1)));
    for (const [i, { source }] of seed.rows.entries()) {
      expect(source.frames).toEqual(["/body[1]/main[1]/iframe[1]"]);
      // The record's XPath and its fields' reach the item in the frame's document, not the page's.
      expect(source.xpath).toBe(`/body[1]/ul[1]/li[${i + 1}]`);
      expect(textContent(elementByXPath(frame, (source.fields!.name as { xpath: string }).xpath)!)).toBe(products(1)[i]!.name);
      expect(elementByXPath(parseHtml(html), source.frames![0]!)?.tagName).toBe("iframe");
    }
    // A later page is read in the frame too.
    const next = await read(page(listing(products(5))), seed.signature);
    expect(next.rows.map((r) => r.source.frames)).toEqual(products(5).map(() => ["/body[1]/main[1]/iframe[1]"]));
  });

  it("names every frame, outermost first, for a list in a frame's own frame", async () => {
    const inner = `<html><body><h2>Widget</h2><iframe srcdoc="${escaped(listing(products(1)))}"></iframe></body></html>`;
    const seed = await read(page(inner, `<iframe srcdoc="<p>Ad</p>"></iframe>`));
    expect(seed.rows).toHaveLength(4);
    expect(seed.rows[0]!.source).toMatchObject({ frames: ["/body[1]/main[1]/iframe[2]", "/body[1]/iframe[1]"], xpath: "/body[1]/ul[1]/li[1]" });
  });

  it("is not read when the page shows records itself", async () => {
    const own = listing(products(20)).replace(/^.*<body>|<\/body>.*$/g, "");
    const shown = await read(page(listing(products(1)), own));
    expect(shown.rows.map((r) => r.row.name)).toEqual(products(20).map((p) => p.name));
    expect(shown.rows.every((r) => r.source.frames === undefined)).toBe(true);
  });

  it("reads srcdoc documents up to a bound on their characters in all", () => {
    const docs = ["<p>one</p>", "<p>two</p>", "<p>three</p>"];
    const html = `<html><body>${docs.map((d) => `<iframe srcdoc="${escaped(d)}"></iframe>`).join("")}</body></html>`;
    const texts = (max: number) => runSteps(srcdocFramesSteps(parseHtml(html), max)).map((f) => f.html);
    expect(texts(docs.join("").length)).toEqual(docs);
    expect(texts(docs.join("").length - 1)).toEqual(docs.slice(0, 2));
    expect(texts(docs[0]!.length - 1)).toEqual([]);
  });
});

describe("a listing in an <iframe srcdoc>, through the pipeline", () => {
  let sites: PipelineSites;
  beforeAll(async () => {
    sites = await startPipelineSites();
  });
  afterAll(() => sites.close());

  it("follows the next-page link inside the srcdoc document, resolved against the page's address", async () => {
    const withNext = (items: ReturnType<typeof products>, next: string | null) => listing(items).replace("</ul>", `</ul>${next ? `<a rel="next" href="${next}">Next ›</a>` : ""}`);
    sites.extra["/widget"] = page(withNext(products(1), "/widget?page=2"));
    sites.extra["/widget?page=2"] = page(withNext(products(5), null));
    const { rows, progress } = await run({ url: `${sites.pagesOrigin}/widget`, q: input.q, schema });
    expect(progress.pagesFetched).toBe(2);
    expect(rows.map((r) => r.row)).toEqual([...products(1), ...products(5)].map((p) => ({ name: p.name, price: p.price, url: `${sites.pagesOrigin}/p/${p.slug}` })));
    expect(rows.map((r) => r.source.frames)).toEqual(rows.map(() => ["/body[1]/main[1]/iframe[1]"]));
  });
});
