import { expect, test } from "@playwright/test";
import { EMBEDDED_ORIGIN, STUDIO_ORIGIN } from "./support/env";

/**
 * A battery of malformed requests across every route: each must end in a 4xx with a readable
 * message, never a 5xx (and never a stack trace).
 */
interface Case {
  name: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  body?: string | Buffer;
  contentType?: string;
}

const json = "application/json";
const valid = { q: "every product", url: "https://example.com/list" };
const post = (name: string, body: unknown, path = "/api/extract", contentType = json): Case => ({
  name,
  method: "POST",
  path,
  body: typeof body === "string" ? body : JSON.stringify(body),
  contentType,
});

const cases: Case[] = [
  // POST /api/extract: bodies
  post("not JSON", "{q: 'x'"),
  post("empty body", ""),
  post("JSON null", "null"),
  post("JSON array", "[1,2]"),
  post("JSON string", '"hello"'),
  post("missing q", { url: valid.url }),
  post("missing url", { q: valid.q }),
  post("q is a number", { ...valid, q: 42 }),
  post("q only spaces", { ...valid, q: "   \t\n" }),
  post("q too long", { ...valid, q: "x".repeat(2001) }),
  post("url relative", { ...valid, url: "/list" }),
  post("url javascript:", { ...valid, url: "javascript:alert(1)" }),
  post("url ftp", { ...valid, url: "ftp://example.com/x" }),
  post("url number", { ...valid, url: 7 }),
  post("schema a string", { ...valid, schema: "{}" }),
  post("schema an array", { ...valid, schema: [] }),
  post("schema type array", { ...valid, schema: { type: "array" } }),
  post("schema over 64 KB", { ...valid, schema: { type: "object", description: "d".repeat(70_000) } }),
  post("verifyUrls a string", { ...valid, verifyUrls: "yes" }),
  post("body over 1 MB", { ...valid, pad: "p".repeat(1_100_000) }),
  post("lone surrogates and NULs", '{"q":"\\ud800\\u0000","url":"https://exa\\u0000mple.com"}'),
  post("right-to-left and zero-width url", { ...valid, url: "https://exam\u200bple.com/\u202e" }),
  post("text/plain content type", JSON.stringify(valid), "/api/extract", "text/plain"),
  post("form content type", "q=x&url=y", "/api/extract", "application/x-www-form-urlencoded"),
  post("deeply nested JSON", "[".repeat(5000) + "]".repeat(5000)),
  // GET /api/extract: paging
  { name: "page 0", method: "GET", path: "/api/extract?page=0" },
  { name: "page negative", method: "GET", path: "/api/extract?page=-3" },
  { name: "page NaN", method: "GET", path: "/api/extract?page=NaN" },
  { name: "page huge", method: "GET", path: "/api/extract?page=99999999999999999999" },
  { name: "page fractional", method: "GET", path: "/api/extract?page=1.5" },
  { name: "pageSize 0", method: "GET", path: "/api/extract?pageSize=0" },
  { name: "pageSize 101", method: "GET", path: "/api/extract?pageSize=101" },
  { name: "sortBy unknown", method: "GET", path: "/api/extract?sortBy=id" },
  { name: "sortDirection unknown", method: "GET", path: "/api/extract?sortDirection=sideways" },
  // ids
  { name: "id with ../", method: "GET", path: "/api/extract/..%2F..%2Fetc%2Fpasswd" },
  { name: "id with encoded slash", method: "GET", path: "/api/extract/a%2Fb" },
  { name: "id with dots only", method: "GET", path: "/api/extract/%2E%2E" },
  { name: "id too long", method: "GET", path: `/api/extract/${"a".repeat(300)}` },
  { name: "id unknown", method: "GET", path: "/api/extract/no-such-task" },
  { name: "rows of unknown id", method: "GET", path: "/api/extract/no-such-task/rows" },
  { name: "rows id with ../", method: "GET", path: "/api/extract/..%2Fx/rows" },
  { name: "rows from -1", method: "GET", path: "/api/extract/no-such-task/rows?from=-1" },
  { name: "rows from NaN", method: "GET", path: "/api/extract/no-such-task/rows?from=abc" },
  { name: "rows from 1.5", method: "GET", path: "/api/extract/no-such-task/rows?from=1.5" },
  { name: "rows from huge", method: "GET", path: "/api/extract/no-such-task/rows?from=1e300" },
  { name: "export bad format", method: "GET", path: "/api/extract/no-such-task/export?format=pdf" },
  { name: "export empty column", method: "GET", path: "/api/extract/no-such-task/export?column=" },
  { name: "sources row -1", method: "GET", path: "/api/extract/no-such-task/sources?row=-1" },
  { name: "sources row NaN", method: "GET", path: "/api/extract/no-such-task/sources?row=abc" },
  // wrong methods
  { name: "PUT /api/extract", method: "PUT", path: "/api/extract" },
  { name: "DELETE /api/extract", method: "DELETE", path: "/api/extract" },
  { name: "POST /api/extract/[id]", method: "POST", path: "/api/extract/abc", body: "{}", contentType: json },
  { name: "PATCH /api/health", method: "PATCH", path: "/api/health" },
  // saved extractions
  post("saved: no name", { input: valid }, "/api/saved"),
  post("saved: bad input", { name: "x", input: { q: "" } }, "/api/saved"),
  { name: "saved: delete unknown", method: "DELETE", path: "/api/saved/no-such-saved" },
  { name: "saved: delete ../", method: "DELETE", path: "/api/saved/..%2F..%2Fx" },
  // sign-in (refused outright when no STUDIO_PASSWORD is set, as in these studios)
  post("session: not JSON", "password=x", "/api/session", "application/x-www-form-urlencoded"),
  post("session: password a number", { password: 12345678 }, "/api/session"),
  { name: "session: GET", method: "GET", path: "/api/session" },
  // the Linkup-compatible API
  post("v1: bad JSON", "{", "/v1/extract"),
  post("v1: missing fields", {}, "/v1/extract"),
  { name: "v1: list page -1", method: "GET", path: "/v1/extract?page=-1" },
  { name: "v1: unknown task", method: "GET", path: "/v1/extract/nope" },
  { name: "v1: result without signature", method: "GET", path: "/v1/extract/nope/result" },
  { name: "v1: result with forged signature", method: "GET", path: `/v1/extract/nope/result?expires=99999999999999&sig=${"0".repeat(64)}` },
];

for (const origin of [EMBEDDED_ORIGIN, STUDIO_ORIGIN]) {
  const label = origin === EMBEDDED_ORIGIN ? "embedded engine" : "Linkup";
  test(`${cases.length} malformed requests get a clear 4xx, never a 5xx (${label})`, async ({ request }) => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const failures: string[] = [];
    for (const c of cases) {
      const res = await request.fetch(`${origin}${c.path}`, {
        method: c.method,
        data: c.body,
        headers: c.contentType ? { "content-type": c.contentType } : {},
        failOnStatusCode: false,
        // Next normalises some paths with a redirect (e.g. /api/extract/%2E%2E → /api): follow it.
        maxRedirects: 3,
      });
      const status = res.status();
      const text = await res.text();
      if (status < 400 || status >= 500) failures.push(`${c.name}: HTTP ${status} ${text.slice(0, 120)}`);
      else if (/at .+\.(js|ts):\d+|node_modules/.test(text)) failures.push(`${c.name}: leaks a stack trace`);
      else if (res.headers()["content-type"]?.includes("json")) {
        const body = JSON.parse(text) as { error?: { message?: string } };
        if (!body.error?.message) failures.push(`${c.name}: no error message`);
      }
    }
    expect(failures).toEqual([]);
  });
}

/**
 * A method a route does not serve: Next's own answer is an empty 405. Through the real server (the
 * proxy, Next's automatic HEAD and OPTIONS) it must be readable JSON in the route's error shape with
 * an Allow header. app/route-methods.test.ts walks every route file; these are a sample end to end.
 */
test("a method a route does not serve gets a readable 405 with Allow", async ({ request }) => {
  const cases: [string, string, string, string][] = [
    ["PUT", "/api/saved", "GET, HEAD, OPTIONS, POST", "method_not_allowed"],
    ["PATCH", "/api/extract/some-id/rows", "GET, HEAD, OPTIONS", "method_not_allowed"],
    ["GET", "/api/session", "DELETE, OPTIONS, POST", "method_not_allowed"],
    ["DELETE", "/v1/extract", "GET, HEAD, OPTIONS, POST", "METHOD_NOT_ALLOWED"],
    ["POST", "/v1/extract/some-id/result", "GET, HEAD, OPTIONS", "METHOD_NOT_ALLOWED"],
  ];
  for (const [method, pathname, allow, code] of cases) {
    const res = await request.fetch(`${EMBEDDED_ORIGIN}${pathname}`, { method, failOnStatusCode: false, maxRedirects: 0 });
    const where = `${method} ${pathname}`;
    expect(res.status(), where).toBe(405);
    expect(res.headers()["allow"], where).toBe(allow);
    const body = (await res.json()) as { statusCode?: number; error: { code: string; message: string } };
    expect(body.error, where).toMatchObject({ code, message: `${pathname} does not answer ${method}: it answers ${allow}.` });
    if (pathname.startsWith("/v1/")) expect(body.statusCode, where).toBe(405);
  }
  const options = await request.fetch(`${EMBEDDED_ORIGIN}/api/saved`, { method: "OPTIONS", failOnStatusCode: false });
  expect([options.status(), options.headers()["allow"]]).toEqual([204, "GET, HEAD, OPTIONS, POST"]);
  const head = await request.fetch(`${EMBEDDED_ORIGIN}/api/session`, { method: "HEAD", failOnStatusCode: false });
  expect([head.status(), head.headers()["allow"]]).toEqual([405, "DELETE, OPTIONS, POST"]);
});
