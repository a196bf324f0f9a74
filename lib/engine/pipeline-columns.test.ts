/**
 * Inferred columns over a paginated run: the seed page decides them and every later page is read
 * by them (pages served on loopback, fetched and followed by the real pipeline).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline, type ExtractedRow } from "./pipeline";

const post = (slug: string, author: string, iso: string, shown: string, tags: string[]) =>
  `<article class="post-card"><h2><a href="/blog/${slug}">Post ${slug}</a></h2><div class="meta">By <span class="author">${author}</span> · <time datetime="${iso}">${shown}</time> · 6 min read</div><p class="excerpt">About ${slug}, at some length.</p><ul class="tags">${tags.map((t) => `<li>${t}</li>`).join("")}</ul></article>`;
const page = (posts: string[], next: string | null) =>
  `<!doctype html><html><body><main><h1>Latest posts</h1>${posts.join("")}${next ? `<nav class="pagination"><a href="${next}" rel="next">Older posts</a></nav>` : ""}</main></body></html>`;
const PAGES: Record<string, string> = {
  // The first page's posts have two tags or one; the second page's one each (inferred alone, its
  // single list item looked like a "tags" text column while the first page's were text2/text3).
  "/blog": page(
    [
      post("postgres", "Jane Doe", "2024-03-12", "March 12, 2024", ["postgres", "databases"]),
      post("rust", "Omar Haddad", "2024-02-28", "February 28, 2024", ["rust"]),
      post("oncall", "Li Wei", "2024-01-15", "January 15, 2024", ["culture", "sre"]),
      post("flags", "Jane Doe", "2023-12-02", "December 2, 2023", ["release"]),
    ],
    "/blog2",
  ),
  "/blog2": page([post("k8s", "Sam Roe", "2023-11-20", "November 20, 2023", ["infra"]), post("graphql", "Ana Silva", "2023-10-05", "October 5, 2023", ["api"])], null),
};

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = PAGES[req.url ?? ""];
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(body ?? "not found");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("inferred columns across pages", () => {
  it("are the seed page's on every page: the same key for the same slot", async () => {
    const rows: ExtractedRow[] = [];
    await runPipeline({ url: `${origin}/blog`, q: "all posts", schema: null, verifyUrls: false }, (r) => void rows.push(r), {
      maxPages: 5,
      pageTimeoutMs: 5_000,
      allowPrivate: true,
      respectRobots: false,
    });
    expect(rows).toHaveLength(6);
    const keys = new Set(rows.map((r) => Object.keys(r.row).join(",")));
    expect([...keys]).toEqual(["title,url,author,date,readTime,excerpt,tags"]);
    expect(rows.map((r) => r.row.tags)).toEqual([["postgres", "databases"], ["rust"], ["culture", "sre"], ["release"], ["infra"], ["api"]]);
    expect(rows[5]!.row).toMatchObject({ author: "Ana Silva", date: "2023-10-05", readTime: "6 min read" });
    expect(rows[5]!.source.fields?.date).toEqual({ xpath: "/body[1]/main[1]/article[2]/div[1]/time[1]", attr: "datetime" });
  });
});
