/**
 * A "Load more" control a script runs, on pages served on loopback: the address it names is
 * followed as the next page, through the whole pipeline (real fetches, no mocked fetch).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../pipeline";
import type { ExtractedRow } from "../page-rows";
import { parseHtml } from "../dom";
import { isMoreLabel } from "./lexicon";
import { scriptedMoreSteps } from "./load-more";
import { runSteps } from "../steps";

let server: Server;
let origin: string;
const pages: Record<string, string> = {};
const card = (n: number) => `<article class="story"><h2><a href="/story/${n}">Story number ${n}</a></h2><p class="teaser">What happened on day ${n}, told in a few lines.</p></article>`;
const feed = (from: number, more: string) => `<html><body><main><div class="stories">${[0, 1, 2, 3].map((i) => card(from + i)).join("")}</div>${more}</main></body></html>`;

beforeAll(async () => {
  pages["/news"] = feed(1, `<button class="btn" type="button" data-next-url="/news?page=2">Load more stories</button>`);
  pages["/news?page=2"] = feed(5, `<a href="#" class="more" hx-get="/news?page=3">Show 4 more</a>`);
  pages["/news?page=3"] = feed(9, "");
  // "Load more" as a GET form: hidden fields say which batch; the form's action keeps no query of its own.
  const form = (page: number, method = "get") =>
    `<form method="${method}" action="/archive?old=1"><input type="hidden" name="page" value="${page}"><input type="hidden" name="sort" value="new"><input type="checkbox" name="unread"><button type="submit">Load more</button></form>`;
  pages["/archive"] = feed(1, form(2));
  pages["/archive?page=2&sort=new"] = feed(5, `<form action="/archive"><input type="hidden" name="page" value="3"><input type="hidden" name="sort" value="new"><input type="submit" value="Show more stories"></form>`);
  pages["/archive?page=3&sort=new"] = feed(9, "");
  pages["/posted"] = feed(1, form(2, "post"));
  server = createServer((req, res) => {
    const body = pages[req.url ?? ""];
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(body ?? "<h1>Not found</h1>");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("a script-run 'Load more'", () => {
  it("is followed to the address it names, page after page", async () => {
    const rows: ExtractedRow[] = [];
    const progress = await runPipeline({ url: `${origin}/news`, q: "every story with title and url", schema: null, verifyUrls: false }, (r) => void rows.push(r), {
      maxPages: 10,
      pageTimeoutMs: 5_000,
      allowPrivate: true,
      respectRobots: false,
    });
    expect(progress.pagesFetched).toBe(3);
    expect(rows.map((r) => r.row.title)).toEqual(Array.from({ length: 12 }, (_, i) => `Story number ${i + 1}`));
    expect(progress.notes).toEqual([]);
  });

  it("is followed to the address a GET form builds, not a POST form's", async () => {
    const read = async (path: string) => {
      const rows: ExtractedRow[] = [];
      const progress = await runPipeline({ url: `${origin}${path}`, q: "every story with title and url", schema: null, verifyUrls: false }, (r) => void rows.push(r), {
        maxPages: 10,
        pageTimeoutMs: 5_000,
        allowPrivate: true,
        respectRobots: false,
      });
      return { titles: rows.map((r) => r.row.title), progress };
    };
    const get = await read("/archive");
    expect(get.progress.pagesFetched).toBe(3);
    expect(get.titles).toEqual(Array.from({ length: 12 }, (_, i) => `Story number ${i + 1}`));
    const post = await read("/posted");
    expect(post.progress.pagesFetched).toBe(1);
    expect(post.titles).toHaveLength(4);
  });

  it("builds a GET form's address as a browser submits it: sent fields only, the submitter's own name", () => {
    const more = (form: string) => runSteps(scriptedMoreSteps(parseHtml(`<body>${form}</body>`), "https://news.example/list?view=grid#top"))?.url?.href ?? null;
    const fields = `<input type="hidden" name="page" value="2"><input name="q" value="jazz"><input type="checkbox" name="a" checked><input type="radio" name="r" value="x"><input name="off" value="1" disabled><select name="n"><option value="10">10</option><option value="50" selected>50</option></select>`;
    expect(more(`<form>${fields}<button name="go" value="more">Load more</button></form>`)).toBe("https://news.example/list?page=2&q=jazz&a=on&n=50&go=more");
    expect(more(`<form action="/list" method="GET">${fields}<button type="button">Load more</button></form>`)).toBeNull();
    expect(more(`<form method="post">${fields}<button formaction="/all" formmethod="get">Load more</button></form>`)).toBe("https://news.example/all?page=2&q=jazz&a=on&n=50");
    // A form that asks for the page itself again is not its next page.
    expect(more(`<form action="/list"><input type="hidden" name="view" value="grid"><button>Load more</button></form>`)).toBeNull();
  });

  it("names no address when its attribute holds a page number or a selector", () => {
    const more = (attrs: string) => runSteps(scriptedMoreSteps(parseHtml(`<body><button ${attrs}>Load more</button></body>`), "https://news.example/list"));
    expect(more(`data-next="2"`)?.url).toBeNull();
    expect(more(`data-next=".stories"`)?.url).toBeNull();
    expect(more(`data-next="/list?page=2"`)?.url?.href).toBe("https://news.example/list?page=2");
    expect(more(`data-href="list/2"`)?.url?.href).toBe("https://news.example/list/2");
    // A control drawn as a <div role="button">; a real link styled as a button is a link, not a script.
    const div = runSteps(scriptedMoreSteps(parseHtml(`<body><div role="button" data-url="/list?page=2">Load more</div></body>`), "https://news.example/list"));
    expect(div?.url?.href).toBe("https://news.example/list?page=2");
    expect(runSteps(scriptedMoreSteps(parseHtml(`<body><a role="button" href="/list?page=2">Load more</a></body>`), "https://news.example/list"))).toBeNull();
  });

  it("is labelled with the count or the arrow the page draws beside it", () => {
    expect(["Show 20 more", "Load more ↓", "Load more (24)", "+ Load more", "Load more results"].map(isMoreLabel)).toEqual([true, true, true, true, true]);
    expect(["Read more", "Show more details about this product", "More"].map(isMoreLabel)).toEqual([false, false, false]);
  });
});
