import { describe, expect, it } from "vitest";
import { indexForScoring } from "./record-score";
import { duplicateRecords, inStructuralChrome, nestedRecords, pageConventions } from "./truth-conventions";

const html = `<!doctype html><html><head><title>t</title></head><body>
<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Shop</a></li></ul></nav>
<main><header><h1>Results</h1></header><ul>
  <li><div><b>First</b> one</div></li><li><div><b>Second</b> two</div></li>
</ul></main>
<footer><p>About us</p></footer>
</body></html>`;

const UL = "/body[1]/main[1]/ul[1]";
const LIST = [`${UL}/li[1]`, `${UL}/li[2]`];
const INNER = [`${UL}/li[1]/div[1]`, `${UL}/li[2]/div[1]`];
const MENU = ["/body[1]/nav[1]/ul[1]/li[1]", "/body[1]/nav[1]/ul[1]/li[2]"];

describe("truth conventions", () => {
  const index = indexForScoring(html);

  it("knows chrome by nav/header/footer, but not a header inside <main>", () => {
    expect(inStructuralChrome(index.byPath.get(MENU[0]!)!)).toBe(true);
    expect(inStructuralChrome(index.byPath.get("/body[1]/footer[1]/p[1]")!)).toBe(true);
    expect(inStructuralChrome(index.byPath.get("/body[1]/main[1]/header[1]/h1[1]")!)).toBe(false);
    expect(inStructuralChrome(index.byPath.get(LIST[0]!)!)).toBe(false);
  });

  it("finds records listed inside other records, by whole path steps", () => {
    const truth = [...LIST, ...INNER].map((x) => [x]);
    expect([...nestedRecords(truth)]).toEqual([2, 3]);
    // li[1] is not an ancestor of li[10]'s children.
    expect(nestedRecords([[`${UL}/li[1]`], [`${UL}/li[10]/div[1]`]]).size).toBe(0);
  });

  it("a truth that marks menus and doubles items caps a consistent detector below 1", () => {
    const truth = [...MENU, ...LIST, ...INNER].map((x) => [x]);
    const c = pageConventions(index, truth);
    expect(c.chrome).toBe(2);
    expect(c.nested).toBe(2);
    // Leaving out 2 of 6 records that pair perfectly: P 1, R 4/6, F1 0.8.
    expect(c.ceilingNoChrome).toBeCloseTo(0.8);
    expect(c.ceilingNoNested).toBeCloseTo(0.8);
    // 2 of 6 kept: R 1/3, F1 0.5.
    expect(c.ceilingBoth).toBeCloseTo(0.5);
  });

  it("a truth with neither costs nothing", () => {
    const c = pageConventions(index, LIST.map((x) => [x]));
    expect(c).toMatchObject({ chrome: 0, nested: 0, duplicates: 0, ceilingNoChrome: 1, ceilingNoNested: 1, ceilingBoth: 1, ceilingNoDuplicates: 1 });
  });

  it("knows a wrapper that holds all of its item's text for the same record listed twice", () => {
    // li > div holds all of the li's text here: the same text set.
    const truth = [...LIST, ...INNER].map((x) => [x]);
    expect([...duplicateRecords(index, truth)]).toEqual([2, 3]);
    const c = pageConventions(index, truth);
    expect(c.duplicates).toBe(2);
    expect(c.merged).toEqual(LIST.map((x) => [x]));
    // Each record once: P 1, R 1/2, F1 2/3.
    expect(c.ceilingNoDuplicates).toBeCloseTo(2 / 3);
    // A wrapper that holds only part of the text is another record, not a duplicate.
    const partial = indexForScoring(html.replace("<div><b>First</b> one</div>", "<div><b>First</b></div> one"));
    expect(duplicateRecords(partial, truth).has(2)).toBe(false);
  });
});
