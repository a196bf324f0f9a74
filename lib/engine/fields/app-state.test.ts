import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { MAX_STATE } from "./app-state";

const PAGE = "https://team.example/team";
const people = [
  { name: "Ada Lovelace", role: "Chief Engineer", city: "London", profile: "/team/ada", avatar: "/img/ada.jpg" },
  { name: "Grace Hopper", role: "Compiler Lead", city: "New York", profile: "/team/grace", avatar: "/img/grace.jpg" },
  { name: "Alan Turing", role: "Research", city: "Manchester", profile: "/team/alan", avatar: "/img/alan.jpg" },
];
const nav = [{ label: "Home", href: "/" }, { label: "Team", href: "/team" }];
const shell = (state: string) => `<html><body><div id="__next"><nav><a href="/">Home</a></nav><main><h1>Our team</h1><div class="spinner">Loading…</div></main></div>${state}</body></html>`;
const nextData = (pageProps: unknown) => `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps }, page: "/team", buildId: "b1" })}</script>`;
const rowsOf = async (html: string, q: string, fields = fieldSpecsFromQuery(q)) => (await rowsFromPage(parseHtml(html), PAGE, { url: PAGE, q, schema: null, verifyUrls: false }, fields, null)).rows.map((r) => r.row);

describe("an app shell's embedded state", () => {
  it("gives the rows when the page shows none, with its links absolute", async () => {
    expect(await rowsOf(shell(nextData({ team: people, nav })), "every person with name, role, city and profile page")).toEqual(
      people.map((p) => ({ name: p.name, role: p.role, city: p.city, profilePage: `https://team.example${p.profile}` })),
    );
    const inferred = await rowsOf(shell(nextData({ nav, team: people })), "our team");
    expect(inferred).toEqual(people.map((p) => ({ ...p, profile: `https://team.example${p.profile}`, avatar: `https://team.example${p.avatar}` })));
  });

  it("without fields, is a list of records, not a menu's links, unless the query names it", async () => {
    const menu = [1, 2, 3, 4, 5].map((n) => ({ label: `Section ${n}`, href: `/s/${n}` }));
    expect(await rowsOf(shell(nextData({ menu, article: { title: "On gardens", body: "Long text about gardens and their keepers." } })), "articles")).toEqual([]);
    const tags = [{ name: "rust", href: "/t/rust" }, { name: "go", href: "/t/go" }];
    expect(await rowsOf(shell(nextData({ menu, tags })), "all tags")).toEqual(tags.map((t) => ({ ...t, href: `https://team.example${t.href}` })));
  });

  it("is read from a window.__STATE__ = {…} assignment, not from a script that must run", async () => {
    const assigned = `<script>window.__INITIAL_STATE__ = ${JSON.stringify({ team: { list: people } })};</script>`;
    expect((await rowsOf(shell(assigned), "every person with name and role")).map((r) => r.name)).toEqual(people.map((p) => p.name));
    // Nuxt 2's call of a function that only returns literals is read as literals (literal-state.ts).
    const nuxt = `<script>window.__NUXT__=(function(a){return {data:[{team:[{name:"Ada Lovelace",role:a},{name:"Grace Hopper",role:a}]}]}}("Engineer"));</script>`;
    expect(await rowsOf(shell(nuxt), "every person with name and role")).toEqual([
      { name: "Ada Lovelace", role: "Engineer" },
      { name: "Grace Hopper", role: "Engineer" },
    ]);
    // One that builds its state with statements would have to run.
    const built = `<script>window.__NUXT__=(function(a,b){b.team=[{name:"Ada Lovelace",role:a},{name:"Grace Hopper",role:a}];return {data:[b]}}("Engineer",{}));</script>`;
    expect(await rowsOf(shell(built), "every person with name and role")).toEqual([]);
  });

  it("is not read past MAX_STATE characters", async () => {
    const state = (pad: number) => nextData({ team: people, pad: "x".repeat(pad) });
    const size = state(0).length - `<script id="__NEXT_DATA__" type="application/json"></script>`.length;
    expect(await rowsOf(shell(state(MAX_STATE - size)), "every person with name and role")).toHaveLength(3);
    expect(await rowsOf(shell(state(MAX_STATE - size + 1)), "every person with name and role")).toEqual([]);
  });

  it("is not read when the page shows the records itself: no row twice, the values the page shows", async () => {
    const products = [
      { name: "Aurora Over-Ear", price: 12999, slug: "aurora" },
      { name: "Breeze Buds", price: 5900, slug: "breeze" },
      { name: "Cadence Pro", price: 24900, slug: "cadence" },
    ];
    const card = (p: (typeof products)[number]) => `<li class="card"><h3><a href="/p/${p.slug}">${p.name}</a></h3><p class="brand">Sonic Audio Labs</p><span class="price">$${(p.price / 100).toFixed(2)}</span></li>`;
    const html = `<html><body><main><h1>Headphones</h1><ul class="grid">${products.map(card).join("")}</ul></main>${nextData({ products })}</body></html>`;
    const schema = { type: "object", properties: { name: { type: "string" }, price: { type: "string" }, url: { type: "string", format: "uri" } } };
    const rows = await rowsOf(html, "headphones", fieldSpecsFromSchema(schema));
    expect(rows).toEqual(products.map((p) => ({ name: p.name, price: `$${(p.price / 100).toFixed(2)}`, url: `https://team.example/p/${p.slug}` })));
  });
});
