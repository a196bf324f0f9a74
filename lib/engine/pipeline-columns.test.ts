/**
 * Inferred columns over a paginated run: the seed page decides them and every later page is read
 * by them (pages served on loopback, fetched and followed by the real pipeline).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import type { ExtractedRow } from "./page-rows";

const post = (slug: string, author: string, iso: string, shown: string, tags: string[]) =>
  `<article class="post-card"><h2><a href="/blog/${slug}">Post ${slug}</a></h2><div class="meta">By <span class="author">${author}</span> · <time datetime="${iso}">${shown}</time> · 6 min read</div><p class="excerpt">About ${slug}, at some length.</p><ul class="tags">${tags.map((t) => `<li>${t}</li>`).join("")}</ul></article>`;
const page = (posts: string[], next: string | null) =>
  `<!doctype html><html><body><main><h1>Latest posts</h1>${posts.join("")}${next ? `<nav class="pagination"><a href="${next}" rel="next">Older posts</a></nav>` : ""}</main></body></html>`;
/** Job cards; `plain`: their spans have no classes, so only a value's kind tells a date from a salary. */
const jobs = (cards: [string, string, string, string, string | null, string][], next: string | null, plain = false) =>
  `<!doctype html><html><body><main><h1>Jobs</h1><div class="jobs">${cards
    .map(([id, title, company, city, salary, posted]) => [`<div class="job"><h3><a href="/job/${id}">${title}</a></h3>`, `<span class="company">${company}</span><span class="location">${city}</span>${salary ? `<span class="salary">${salary}</span>` : ""}<span class="posted">${posted}</span>`.replace(plain ? / class="\w+"/g : /^$/, ""), "</div>"].join(""))
    .join("")}</div>${next ? `<a rel="next" href="${next}">Next</a>` : ""}</main></body></html>`;
const SEED_JOBS: [string, string, string, string, string | null, string][] = [
  ["1", "Backend Engineer", "Acme", "Berlin", null, "2024-05-01"],
  ["2", "Data Scientist", "Globex", "Paris", null, "2024-05-03"],
  ["3", "SRE", "Initech", "Remote", null, "2024-05-04"],
  ["4", "Designer", "Umbrella", "London", null, "2024-05-05"],
];
const NEXT_JOBS: [string, string, string, string, string | null, string][] = [
  ["5", "PM", "Hooli", "Berlin", "€70,000", "2024-05-06"],
  ["6", "QA", "Pied", "Paris", "€50,000", "2024-05-07"],
  ["7", "CTO", "Stark", "Remote", "€150,000", "2024-05-08"],
  ["8", "Intern", "Wayne", "London", "€20,000", "Posted May 9, 2024"],
];
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
  // The second page's cards gain a salary before the date: by position it would fill the date column.
  "/jobs": jobs(SEED_JOBS, "/jobs2"),
  "/jobs2": jobs(NEXT_JOBS, null),
  "/plain": jobs(SEED_JOBS, "/plain2", true),
  "/plain2": jobs(NEXT_JOBS, null, true),
  // One tag a post on the seed page (no list to be seen there), two or three on the next.
  "/tags": page([post("a", "Jane Doe", "2024-03-12", "2024-03-12", ["postgres"]), post("b", "Omar Haddad", "2024-03-10", "2024-03-10", ["rust"]), post("c", "Li Wei", "2024-03-08", "2024-03-08", ["sre"]), post("d", "Ana Silva", "2024-03-01", "2024-03-01", ["api"])], "/tags2"),
  "/tags2": page([post("e", "Sam Roe", "2024-02-12", "2024-02-12", ["infra", "k8s", "vms"]), post("f", "Ann Lee", "2024-02-10", "2024-02-10", ["graphql", "api"]), post("g", "Bob Stone", "2024-02-08", "2024-02-08", ["culture"]), post("h", "Kim Park", "2024-02-01", "2024-02-01", ["a", "b"])], null),
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

async function run(path: string, q: string): Promise<ExtractedRow[]> {
  const rows: ExtractedRow[] = [];
  await runPipeline({ url: `${origin}${path}`, q, schema: null, verifyUrls: false }, (r) => void rows.push(r), { maxPages: 5, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: false });
  return rows;
}

describe("inferred columns across pages", () => {
  it("are the seed page's on every page: the same key for the same slot", async () => {
    const rows = await run("/blog", "all posts");
    expect(rows).toHaveLength(6);
    const keys = new Set(rows.map((r) => Object.keys(r.row).join(",")));
    expect([...keys]).toEqual(["title,url,author,date,readTime,excerpt,tags"]);
    expect(rows.map((r) => r.row.tags)).toEqual([["postgres", "databases"], ["rust"], ["culture", "sre"], ["release"], ["infra"], ["api"]]);
    expect(rows[5]!.row).toMatchObject({ author: "Ana Silva", date: "2023-10-05", readTime: "6 min read" });
    expect(rows[5]!.source.fields?.date).toEqual({ xpath: "/body[1]/main[1]/article[2]/div[1]/time[1]", attr: "datetime" });
  });

  it("take a later page's values by what their slot is, not where it is: an extra element gets a column of its own", async () => {
    const rows = await run("/jobs", "every job");
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r.row.postedDate)).toEqual(["2024-05-01", "2024-05-03", "2024-05-04", "2024-05-05", "2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09"]);
    expect(rows.slice(4).map((r) => r.row.salary)).toEqual(["€70,000", "€50,000", "€150,000", "€20,000"]);
    expect(rows[4]!.row).toMatchObject({ company: "Hooli", location: "Berlin" });
    expect(rows[4]!.source.fields?.postedDate).toEqual({ xpath: "/body[1]/main[1]/div[1]/div[1]/span[4]" });
  });

  it("take no value of another kind: a date column is given no salary, which gets a column of its own", async () => {
    const rows = await run("/plain", "every job");
    expect(rows).toHaveLength(8);
    const dates = rows.map((r) => Object.values(r.row).find((v) => typeof v === "string" && /^2024-05-\d\d$/.test(v)));
    expect(dates).toEqual(["2024-05-01", "2024-05-03", "2024-05-04", "2024-05-05", "2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09"]);
    const dateKey = Object.keys(rows[0]!.row).find((k) => rows[0]!.row[k] === "2024-05-01")!;
    expect(rows.map((r) => r.row[dateKey])).toEqual(dates);
    expect(rows.slice(4).map((r) => Object.values(r.row).filter((v) => typeof v === "string" && v.startsWith("€")))).toEqual([["€70,000"], ["€50,000"], ["€150,000"], ["€20,000"]]);
  });

  it("keep every item of a slot the seed read one of: a list on every page", async () => {
    const rows = await run("/tags", "every post");
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r.row.tags)).toEqual([["postgres"], ["rust"], ["sre"], ["api"], ["infra", "k8s", "vms"], ["graphql", "api"], ["culture"], ["a", "b"]]);
  });
});
