/**
 * Credentials a page hands out (a user name and password in a link, its <base href> or a redirect)
 * reach no row, no source, no note and no request: the real pipeline over pages served on loopback.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import type { ExtractedRow } from "./page-rows";

const card = (n: number) => `<div class="card"><h2>Person ${n}</h2><p class="role">Engineer ${n}</p><a href="/p/${n}">Profile</a></div>`;
const team = (from: number, head: string, next: string) =>
  `<html><head>${head}</head><body><div class="team">${[0, 1, 2, 3].map((i) => card(from + i)).join("")}</div><a href="${next}" rel="next">Next ›</a></body></html>`;

let server: Server;
let origin: string;
/** What the server was asked, with any Authorization header it was sent. */
const requests: { url: string; authorization?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", authorization: req.headers.authorization });
    const host = req.headers.host!;
    const withCredentials = (path: string) => `http://alice:s3cret@${host}${path}`;
    const pages: Record<string, string> = {
      // The next-page link holds them; the second page's base does, so its relative links would inherit them.
      "/team": team(1, "", withCredentials("/team-2")),
      "/team-2": team(5, `<base href="${withCredentials("/")}">`, "team-3"),
    };
    if (req.url === "/team-3") return void res.writeHead(302, { location: withCredentials("/team-4") }).end();
    const body = pages[req.url ?? ""] ?? (/^\/p\/\d+$/.test(req.url ?? "") ? "<p>profile</p>" : undefined);
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" }).end(body ?? "<h1>Not found</h1>");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("runPipeline and a page's credentials", () => {
  it("follows the next page without them, keeps its rows' page and links clean, and does not follow a redirect that adds them", async () => {
    const rows: ExtractedRow[] = [];
    const progress = await runPipeline(
      { q: "every person with name, role and profile", url: `${origin}/team`, schema: null, verifyUrls: true },
      (r) => void rows.push(r),
      { maxPages: 5, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: false },
    );
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ name: `Person ${n}`, role: `Engineer ${n}`, profile: `${origin}/p/${n}` })));
    // Provenance: the page each row was read on.
    expect(rows.map((r) => r.source.page)).toEqual([...Array(4).fill(`${origin}/team`), ...Array(4).fill(`${origin}/team-2`)]);
    expect(progress.notes).toContain(
      `Pagination stopped at ${origin}/team-3: ${origin}/team-3 redirects to ${origin}/team-4 with a user name and password in the address; the engine sends no credentials a page gives it, so it does not follow that redirect.`,
    );
    expect(JSON.stringify({ rows, progress })).not.toMatch(/alice|s3cret/);
    // Every page, and every profile link checked once (HEAD), none with credentials.
    expect(requests.filter((r) => !r.url.startsWith("/p/")).map((r) => r.url)).toEqual(["/team", "/team-2", "/team-3"]);
    expect(requests.filter((r) => r.url.startsWith("/p/"))).toHaveLength(8);
    expect(requests.filter((r) => r.authorization !== undefined)).toEqual([]);
  });
});
