import { expect, test } from "@playwright/test";
import { PASSWORD, useLockedStudio } from "./support/locked-studio";

// What a studio with STUDIO_PASSWORD refuses without a session, and how it hands out the cookie.
test.describe.configure({ mode: "serial" });

const locked = useLockedStudio();

test("without a session, pages go to the login page, /api and /v1 answer 401, and health says only ok", async () => {
  const page = await fetch(`${locked.origin}/tasks?page=2`, { redirect: "manual" });
  expect(page.status).toBe(307);
  expect(page.headers.get("location")).toBe("/login?next=%2Ftasks%3Fpage%3D2");
  expect((await fetch(`${locked.origin}/`, { redirect: "manual" })).headers.get("location")).toBe("/login");

  for (const [method, route] of [["GET", "/api/extract"], ["POST", "/api/extract"], ["GET", "/api/extract/abc/rows"], ["GET", "/api/saved"]] as const) {
    const res = await fetch(`${locked.origin}${route}`, { method, headers: { "content-type": "application/json" }, body: method === "POST" ? "{}" : undefined });
    expect(res.status, `${method} ${route}`).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "unauthenticated", message: expect.stringMatching(/^Sign in to use the studio/) } });
  }
  for (const [method, route] of [["GET", "/v1/extract"], ["POST", "/v1/extract"], ["GET", "/v1/extract/abc"]] as const) {
    const res = await fetch(`${locked.origin}${route}`, { method, headers: { "content-type": "application/json" }, body: method === "POST" ? "{}" : undefined });
    expect(res.status, `${method} ${route}`).toBe(401);
    expect(await res.json()).toMatchObject({ statusCode: 401, error: { code: "UNAUTHORIZED" } });
  }
  // Ways around a path check that must not lead to a route.
  for (const route of ["/api/extract/", "//api/extract", "/_next/static/..%2F..%2Fapi/extract", "/_next/static/x/../../../api/extract", "/%61pi/extract"]) {
    const res = await fetch(`${locked.origin}${route}`, { redirect: "manual" });
    expect([301, 307, 308, 401, 404], route).toContain(res.status);
    expect(await res.text(), route).not.toContain('"totalPages"');
  }

  const health = await fetch(`${locked.origin}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ ok: true });
});

test("without a session, the app icon is served (from the studio itself) and the login page links it", async () => {
  const favicon = await fetch(`${locked.origin}/favicon.ico`, { redirect: "manual" });
  expect(favicon.status).toBe(200);
  expect(favicon.headers.get("content-type")).toMatch(/^image\//);
  const login = await (await fetch(`${locked.origin}/login`)).text();
  const href = /<link rel="icon" href="([^"]+)"[^>]*type="image\/svg\+xml"/.exec(login)?.[1];
  expect(href).toMatch(/^\/icon\.svg/);
  const svg = await fetch(`${locked.origin}${href}`, { redirect: "manual" });
  expect(svg.status).toBe(200);
  expect(svg.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
});

test("a tampered or expired-looking cookie is refused; the genuine one is accepted", async () => {
  const cookie = await locked.signedInCookie();
  const ok = await fetch(`${locked.origin}/api/extract`, { headers: { cookie } });
  expect(ok.status).toBe(200);

  const [name, value] = cookie.split("=") as [string, string];
  const [v, expires, nonce, sig] = value.split(".") as [string, string, string, string];
  const tampered = [
    [v, String(Number(expires) + 86_400_000), nonce, sig].join("."), // a longer life
    [v, expires, nonce, sig.startsWith("A") ? `B${sig.slice(1)}` : `A${sig.slice(1)}`].join("."), // a forged signature
    [v, "1000", nonce, sig].join("."), // long expired
    "v1.9999999999999.abcdefghijklmnopqrstuvwx.0000000000000000000000000000000000000000000",
  ];
  for (const forged of tampered) {
    const res = await fetch(`${locked.origin}/api/extract`, { headers: { cookie: `${name}=${forged}` } });
    expect(res.status, forged).toBe(401);
    const pageRes = await fetch(`${locked.origin}/`, { headers: { cookie: `${name}=${forged}` }, redirect: "manual" });
    expect(pageRes.status, forged).toBe(307);
  }
});

test("behind an https proxy (X-Forwarded-Proto: https) the cookie is also Secure", async () => {
  const res = await fetch(`${locked.origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-proto": "https", "x-forwarded-for": "192.0.2.11" },
    body: JSON.stringify({ password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("set-cookie")).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
});

test("the login POST is refused from another site, and `next` never leaves the studio", async () => {
  const cross = await fetch(`${locked.origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
    body: JSON.stringify({ password: PASSWORD }),
  });
  expect(cross.status).toBe(403);
  expect(cross.headers.get("set-cookie")).toBeNull();

  for (const next of ["https://evil.example/", "//evil.example", "/\\evil.example", "/api/extract"]) {
    const res = await fetch(`${locked.origin}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.12" },
      body: JSON.stringify({ password: PASSWORD, next }),
    });
    expect(await res.json(), next).toEqual({ next: "/" });
  }
});
