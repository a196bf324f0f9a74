import { describe, expect, it } from "vitest";
import { bodyElement, colSpan, parseHtml, rowSpan, textContent, walkElements, type Element } from "./dom";
import { elementByXPath, xpathFactory, xpathOf, xpathWithin } from "./xpath";

describe("dom helpers", () => {
  it("counts the columns a cell spans as a browser does", () => {
    const doc = parseHtml(`<table><tr><td colspan="3">a</td><td colspan="0">b</td><td colspan="x">c</td><th colspan="99999">d</th><td>e</td></tr></table>`);
    const cells: Element[] = [];
    walkElements(doc, (el) => void (el.tagName === "td" || el.tagName === "th" ? cells.push(el) : undefined));
    expect(cells.map(colSpan)).toEqual([3, 1, 1, 1000, 1]);
    expect(colSpan(elementByXPath(doc, "/body[1]/table[1]")!)).toBe(0);
  });

  it("counts the rows a cell spans as a browser does (0 to the end of its section)", () => {
    const doc = parseHtml(`<table><tr><td rowspan="2">a</td><td rowspan="0">b</td><td rowspan="x">c</td><th rowspan="99999">d</th><td>e</td></tr></table>`);
    const cells: Element[] = [];
    walkElements(doc, (el) => void (el.tagName === "td" || el.tagName === "th" ? cells.push(el) : undefined));
    expect(cells.map(rowSpan)).toEqual([2, 65534, 1, 65534, 1]);
    expect(rowSpan(elementByXPath(doc, "/body[1]/table[1]")!)).toBe(0);
  });

  it("builds the browser's tree (tbody inserted) and round-trips XPaths", () => {
    const doc = parseHtml("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table><p>x<p>y");
    const found: Element[] = [];
    walkElements(bodyElement(doc)!, (el) => {
      found.push(el);
    });
    const paths = found.map(xpathOf);
    expect(paths).toContain("/body[1]/table[1]/tbody[1]/tr[2]/td[1]");
    expect(paths).toContain("/body[1]/p[2]");
    for (const el of found) expect(elementByXPath(doc, xpathOf(el))).toBe(el);
  });

  it("builds an XPath on an ancestor's known one, and walks to the top when there is none", () => {
    const doc = parseHtml("<ul><li>a</li><li><p>b</p><p><a href='/x'>c</a></p></li></ul>");
    const li = elementByXPath(doc, "/body[1]/ul[1]/li[2]")!;
    const link = elementByXPath(doc, "/body[1]/ul[1]/li[2]/p[2]/a[1]")!;
    // The known XPath is taken as given, not checked: only the steps below it are counted.
    const known = (el: Element) => (el === li ? "/RECORD" : undefined);
    expect(xpathWithin(link, known)).toBe("/RECORD/p[2]/a[1]");
    expect(xpathWithin(li, known)).toBe("/RECORD");
    expect(xpathWithin(elementByXPath(doc, "/body[1]/ul[1]/li[1]")!, known)).toBe("/body[1]/ul[1]/li[1]");
  });

  it("numbers siblings once per parent and gives every element the XPath xpathOf does", () => {
    // Wide parents of mixed tags, text and comments between them, tables (tbody inserted), a template.
    const items = Array.from({ length: 200 }, (_, i) => (i % 3 ? `<li>${i} <b>x</b><b>y</b></li>` : `<!-- c --><p>${i}</p> text`)).join("");
    const doc = parseHtml(`<ul>${items}</ul><table><tr><td>a</td></tr><tr><td>b</td><th>c</th><td>d</td></tr></table><div><template><p>t</p></template><p>z</p></div>${items}`);
    const found: Element[] = [];
    walkElements(doc, (el) => void found.push(el));
    expect(found.length).toBeGreaterThan(900);
    const fast = xpathFactory();
    // Out of document order as well: the numbering must not depend on which element comes first.
    for (const el of [...found].reverse()) expect(fast(el)).toBe(xpathOf(el));
    for (const el of found) expect(fast(el)).toBe(xpathOf(el));
  });

  it("collects visible text only, with whitespace collapsed", () => {
    const doc = parseHtml("<div>Hello <b>big</b>\n world<script>var x=1</script><style>p{}</style><span>&nbsp;!</span></div>");
    expect(textContent(bodyElement(doc)!)).toBe("Hello big world !");
  });

  it("breaks the text after a block as well as before it, and never inside an inline run", () => {
    const text = (html: string) => textContent(bodyElement(parseHtml(html))!);
    expect(text("<ul><li><h3>Jane Doe</h3>Engineer</li></ul>")).toBe("Jane Doe Engineer");
    expect(text("<div><p>Paris</p>France</div><div>Capital<blockquote>big</blockquote>city</div>")).toBe("Paris France Capital big city");
    expect(text("<p>Ca<b>pi</b><span>tal</span><br>city</p>")).toBe("Capital city");
  });
});
