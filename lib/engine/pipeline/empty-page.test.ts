import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failure, run } from "./testing";

/** A listing whose page 1 links to page 2, and the ways a server sends a page with nothing in it. */
const items = (from: number) => [0, 1, 2, 3].map((i) => `<li class="product"><a href="/p/${from + i}"><h3>Product ${from + i}</h3></a><p class="price">£${from + i}.00</p></li>`).join("");
const listing = (next: string) => `<html><body><main><ul class="products">${items(1)}</ul><a rel="next" href="${next}">Next</a></main></body></html>`;

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "";
    if (url === "/robots.txt") return void res.writeHead(404).end();
    if (url.startsWith("/list")) return void res.writeHead(200, { "content-type": "text/html" }).end(listing(url.slice("/list".length)));
    if (url === "/length-0") return void res.writeHead(200, { "content-type": "text/html", "content-length": "0" }).end();
    if (url === "/no-content") return void res.writeHead(204).end();
    if (url === "/no-chunks") {
      // Chunked: the headers go out, then the body ends before its first chunk.
      res.writeHead(200, { "content-type": "text/html" });
      res.flushHeaders();
      return void setTimeout(() => res.end(), 30);
    }
    if (url === "/blank") return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("\uFEFF \r\n\t\n");
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("a page that comes with no content", () => {
  it("fails the seed with a sentence that says the page was empty, not that the URL is the wrong kind of page", async () => {
    for (const [path, status] of [["/length-0", "200"], ["/no-content", "204 No Content"], ["/no-chunks", "200"], ["/blank", "200"]] as const) {
      const err = await failure(run({ url: `${origin}${path}`, q: "every product with name and price", schema: null }));
      expect(err.message, path).toBe(
        `The seed page is empty: ${origin}${path} answered ${status} with no content, so it lists no records. Open the URL in a browser: if it shows the items there, run again later; if it asks you to sign in, the engine cannot read it.`,
      );
    }
  });

  it("fails a seed given as HTML that is empty with the same kind of sentence", async () => {
    const err = await failure(run({ url: "https://shop.example/list", q: "every product with name and price", schema: null }, { seedHtml: "" }));
    expect(err.message).toBe("The seed page is empty: the HTML given has no content, so it lists no records.");
  });

  it("ends pagination on an empty page, keeping the rows read and saying why", async () => {
    for (const path of ["/no-content", "/length-0", "/no-chunks"]) {
      const { rows, progress } = await run({ url: `${origin}/list${path}`, q: "every product with name and price", schema: null });
      expect(rows.map((r) => r.row.name), path).toEqual(["Product 1", "Product 2", "Product 3", "Product 4"]);
      expect(progress.pagesFetched).toBe(2);
      expect(progress.notes).toContain(`Pagination stopped at ${origin}${path}: the page answered ${path === "/no-content" ? "204 No Content" : "200"} with no content.`);
    }
  });
});
