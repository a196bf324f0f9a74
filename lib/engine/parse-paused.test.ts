import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { parseHtml } from "./dom";
import { parseHtmlPaused } from "./parse-paused";
import { pauser } from "./pipeline/pause";

/** The whole tree as data (parent links left out): equal trees give equal XPaths, text and attributes. */
const tree = (doc: unknown) => JSON.stringify(doc, (key, value) => (key === "parentNode" ? undefined : value));

const fixtures = path.join(__dirname, "__fixtures__");

/** What a chunk boundary can cut: an entity, a surrogate pair, CR LF, a tag, raw text, trailing text. */
const TRICKY = [
  "<!doctype html><p class=a>caf&eacute; &amp&lt;x &#x1F600; 😀 a\r\nb</p><pre>\n\nkept</pre>",
  "<table><tr><td>1<td>2</table><noscript><b>raw</b></noscript><template><li>t</li></template>",
  "<script>if (a < b && c) document.write('<p>')</script><textarea>\r\n<b>x</b></textarea><svg><![CDATA[x<y]]></svg>",
  "<html><body>x</body></html>\ntrailing text after html",
  "<p>a\u0000b</p><!-- a comment --> tail  ",
  "",
  " \r\n\t",
  "\uFEFF",
];

describe("parseHtmlPaused", () => {
  it("builds parseHtml's tree on the fixture pages, whatever the chunk size", async () => {
    for (const file of readdirSync(fixtures).filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(path.join(fixtures, file), "utf8");
      for (const chunk of [1_000, 61, 7]) expect(tree(await parseHtmlPaused(html, undefined, chunk)), `${file} in chunks of ${chunk}`).toBe(tree(parseHtml(html)));
    }
  });

  it("builds parseHtml's tree when a chunk ends anywhere, the last one included", async () => {
    // (parse5-parser-stream 8.1.1 drops text a chunk ends with when the stream is then ended empty;
    // ended with no chunk at all, it builds no document: the empty and blank pages check that too.)
    for (const html of TRICKY) {
      for (let chunk = 1; chunk <= 9; chunk++) expect(tree(await parseHtmlPaused(html, undefined, chunk)), `${JSON.stringify(html)} in chunks of ${chunk}`).toBe(tree(parseHtml(html)));
    }
  });

  it("pauses between chunks", async () => {
    const html = "<ul>" + "<li>item</li>".repeat(10_000) + "</ul>";
    let pauses = 0;
    await parseHtmlPaused(html, async () => void pauses++, 1_000);
    expect(pauses).toBe(Math.ceil(html.length / 1_000) - 1);
  });

  it("pauses every 4 KB by default: pathological markup (thousands of open formatting tags) costs per tag what is open", async () => {
    const html = `<body>${Array.from({ length: 300 }, (_, i) => `<b id=${i}>`).join("")}${"<p>x</b>".repeat(3_000)}`;
    let pauses = 0;
    const doc = await parseHtmlPaused(html, async () => void pauses++);
    expect(pauses).toBe(Math.ceil(html.length / 4_096) - 1);
    expect(tree(doc)).toBe(tree(parseHtml(html)));
  });

  it("lets timers run while a large page is parsed", async () => {
    const html = `<table><tbody>${Array.from({ length: 30_000 }, (_, i) => `<tr><td>Item ${i}</td><td>${i * 3}</td><td>note ${i}</td></tr>`).join("")}</tbody></table>`;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    try {
      const doc = await parseHtmlPaused(html, pauser());
      // Several ticks, not a time limit: a synchronous parse lets none in.
      expect(ticks).toBeGreaterThanOrEqual(3);
      expect(tree(doc)).toBe(tree(parseHtml(html)));
    } finally {
      clearInterval(timer);
    }
  });

  it("holds a long text as a piece a chunk, not a piece a word: that rope of millions took V8 ~100 ms to read and as long to collect", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const text = "lorem ipsum ".repeat(200_000);
    // (Joined: a flat string, which slicing does not flatten in the parse.)
    const html = ["<p>", text, "</p>"].join("");
    gc();
    const before = process.memoryUsage().heapUsed;
    const doc = await parseHtmlPaused(html);
    gc();
    const retained = process.memoryUsage().heapUsed - before;
    expect(tree(doc)).toBe(tree(parseHtml(html)));
    // The text is 2.4 MB (a byte a character), ~2–3 MB kept; as a rope of a cell and a copy a word, ~35 MB.
    expect(retained).toBeLessThan(2 * text.length);
  });
});
