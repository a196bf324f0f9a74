/**
 * The values the whole pipeline reads on real pages served on loopback (pipeline/testing.ts): typed
 * by the query or the schema, checked against it, in the page's number style, as lists and objects.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failure, run, schema, startPipelineSites, type PipelineSites } from "./pipeline/testing";

let sites: PipelineSites;
let site: PipelineSites["site"];
let pagesOrigin: string;
let extra: Record<string, string>;

beforeAll(async () => {
  sites = await startPipelineSites();
  ({ site, pagesOrigin, extra } = sites);
});

afterAll(() => sites.close());

describe("runPipeline", () => {
  it("types the query's text fields of plain numbers as numbers, but never a schema's", async () => {
    const { rows } = await run({ url: `${pagesOrigin}/standings`, q: "teams with team, played, points and url", schema: null });
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => ({ team: `Team ${n}`, played: 10, points: 3 * n, url: `${pagesOrigin}/team/${n}` })));
    // A type the query wrote is the analyst's.
    const { rows: asText } = await run({ url: `${pagesOrigin}/standings`, q: "teams with team, played as text and points", schema: null });
    expect(asText[0]!.row).toEqual({ team: "Team 1", played: "10", points: 3 });
    // So is a schema's: "string" stays a string.
    const texts = { type: "object", properties: { team: { type: "string" }, played: { type: "string" }, points: { type: "string" } } };
    const { rows: withSchema } = await run({ url: `${pagesOrigin}/standings`, q: "teams with team, played and points", schema: texts });
    expect(withSchema[0]!.row).toEqual({ team: "Team 1", played: "10", points: "3" });
  });

  it("drops rows that do not match the schema, and fails when none are left", async () => {
    const strict = { ...schema, required: ["name", "url", "sku"] };
    const err = await failure(run({ url: `${site.origin}/catalogue`, schema: strict }));
    expect(err.message).toMatch(/every row failed the schema/);
  });

  it("keeps the rows of a schema that names its dialect (draft 2020-12)", async () => {
    const { rows } = await run({ url: `${pagesOrigin}/two-books`, schema: { $schema: "https://json-schema.org/draft/2020-12/schema", ...schema } });
    expect(rows.map((r) => r.row.name)).toEqual(["Book 8: a novel", "Book 9: a novel"]);
  });

  it("finds a short list with a schema the page does not fully show, and says which fields matched nothing", async () => {
    const q = "team members and their role";
    const url = `${pagesOrigin}/small-team`;
    const str = { type: "string" };
    expect((await run({ url, q, schema: null })).rows).toHaveLength(4);
    // Field names absent from the page do not hide the list the query finds.
    const { rows, progress } = await run({ url, q, schema: { type: "object", properties: { name: str, favoriteColor: str } } });
    expect(rows.map((r) => r.row)).toEqual(["Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson"].map((name) => ({ name })));
    expect(progress.notes).toContain('No row has a value for "favoriteColor": nothing on the page matched that field.');
    // A property that must be absent (false) is not one the page should have filled.
    const absent = await run({ url, q, schema: { type: "object", properties: { name: str, favoriteColor: str, salary: false } } });
    expect(absent.rows).toHaveLength(4);
    expect(absent.progress.notes).toContain('No row has a value for "favoriteColor": nothing on the page matched that field.');
    expect(absent.progress.notes.join(" ")).not.toMatch(/salary/);
    const required = { type: "object", properties: { name: str, favoriteColor: str }, required: ["name", "favoriteColor"] };
    expect((await failure(run({ url, q, schema: required }))).message).toMatch(/every row failed the schema .*missing required field "favoriteColor".*Nothing on the page matched "favoriteColor"\./);
    // The list is there but no field is: the message says so instead of blaming the URL.
    const none = (await failure(run({ url, q, schema: { type: "object", properties: { favoriteColor: str, shoeSize: str } } }))).message;
    expect(none).toMatch(/^The seed page lists 4 records, but none of the fields "favoriteColor" and "shoeSize" matched anything in them\./);
  });

  it("leaves an optional object or list field the page does not fill out instead of failing every row, and says why", async () => {
    const url = `${pagesOrigin}/small-team`;
    const str = { type: "string" };
    const schema = {
      type: "object",
      properties: {
        name: str,
        role: str,
        team: { type: "object", properties: { name: str, lead: str } },
        skills: { type: "array", items: str },
        meta: { type: "object" },
        links: { type: "array", items: { type: "object", properties: { url: str } } },
      },
    };
    const { rows, progress } = await run({ url, q: "team members and their role", schema });
    expect(rows).toHaveLength(4);
    // "team.name" is the team's name, not the person's: nothing on the page says it.
    expect(rows.every((r) => r.row.team === undefined && r.row.skills === undefined && typeof r.row.name === "string")).toBe(true);
    // A list of objects is filled when the page names its items (object-lists.ts); this one names none.
    expect(progress.notes).toContain('No row has a value for "team.name", "team.lead", "skills" and "links": nothing on the page matched those fields.');
    expect(progress.notes).toContain(
      '"meta" is not filled: the embedded engine fills text, numbers, yes/no, dates and links from the page, as fields of the row, properties of an object field, or items of a list field (values, or objects of such values), one level deep. Make its parts fields of the row, or properties of an object field.',
    );
  });

  it("reads numbers in the style of the page's language", async () => {
    const schema = { type: "object", properties: { name: { type: "string" }, area: { type: "number" } }, required: ["name"] };
    const area = async (path: string) => (await run({ url: `${pagesOrigin}${path}`, q: "every flat", schema })).rows.map((r) => r.row.area);
    expect(await area("/flats-de")).toEqual([1200, 85, 2350]);
    expect(await area("/flats-en")).toEqual([1.2, 85, 2.35]);
    // Without a schema, an inferred column of plain numbers is read the same way.
    const cities = (await run({ url: `${pagesOrigin}/cities-de`, q: "alle Städte", schema: null })).rows.map((r) => r.row);
    expect(cities[0]).toEqual({ stadt: "Berlin", einwohner: 3755251, fläche: 891.1 });
    expect(cities.map((r) => r.einwohner)).toEqual([3755251, 1892122, 1512491, 1084831]);
    // The records' language counts, not the page's: a German table on an English page.
    const inEnglish = (await run({ url: `${pagesOrigin}/cities-in-en`, q: "alle Städte", schema: null })).rows.map((r) => r.row);
    expect(inEnglish.map((r) => r.einwohner)).toEqual([3755251, 1892122, 1512491, 1084831]);
    // An attribute holds a number the machine's way, whatever the language: content="1.719" is 1.719.
    const prices = await run({ url: `${pagesOrigin}/stations-de`, q: "every station", schema: { type: "object", properties: { name: { type: "string" }, price: { type: "number" } } } });
    expect(prices.rows.map((r) => r.row.price)).toEqual([1.719, 1.729, 1.739]);
  });

  it("fills a list field with every element named like it, and a named text's parts", async () => {
    const list = (items: object) => ({ type: "array", items });
    const schema = {
      type: "object",
      properties: { title: { type: "string" }, tags: list({ type: "string" }), authors: list({ type: "string" }), images: list({ type: "string", format: "uri" }), skills: list({ type: "string" }), colors: list({ type: "string" }) },
      required: ["title"],
    };
    const { rows, progress } = await run({ url: `${pagesOrigin}/posts`, q: "every post", schema });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "First post", tags: ["news", "tech"], authors: ["Ann", "Bob"], images: [`${pagesOrigin}/i/1a.jpg`, `${pagesOrigin}/i/1b.jpg`], skills: ["Python", "SQL", "Excel"] },
      { title: "Second post", tags: ["sports"], authors: ["Cy"], images: [`${pagesOrigin}/i/2a.jpg`], skills: ["Go"] },
      { title: "Third post", authors: ["Di"], skills: ["Rust", "C"] },
    ]);
    // Nothing names a colour: no list is made up.
    expect(progress.notes).toContain('No row has a value for "colors": nothing on the page matched that field.');
    // A query's plural names a list too.
    const byQuery = await run({ url: `${pagesOrigin}/posts`, q: "every post with title, tags and authors", schema: null });
    expect(byQuery.rows.map((r) => r.row)).toEqual([
      { title: "First post", tags: ["news", "tech"], authors: ["Ann", "Bob"] },
      { title: "Second post", tags: ["sports"], authors: ["Cy"] },
      { title: "Third post", authors: ["Di"] },
    ]);
    // Where each list was read: its first item.
    expect(rows[0]!.source.fields?.tags).toEqual({ xpath: `${rows[0]!.source.xpath}/ul[1]/li[1]` });
  });

  it("reads a score above 10, while a rating out of 10 never takes the count beside it", async () => {
    const num = { type: "number" };
    const scores = await run({ url: `${pagesOrigin}/scores`, q: "every team", schema: { type: "object", properties: { team: { type: "string" }, score: num, rating: num } } });
    expect(scores.rows.map((r) => r.row)).toEqual([
      { team: "Alpha", score: 12, rating: 4.5 },
      { team: "Bravo", score: 100, rating: 3 },
      { team: "Charlie", score: 7, rating: 5 },
      { team: "Delta", score: 25, rating: 4 },
    ]);
    const hotels = await run({ url: `${pagesOrigin}/hotels`, q: "every hotel", schema: { type: "object", properties: { name: { type: "string" }, rating: num } } });
    expect(hotels.rows.map((r) => r.row)).toEqual([{ name: "Sol" }, { name: "Mar" }, { name: "Luna" }]);
    // A score field never takes the count of reviews: in brackets beside the score, or beside stars.
    const scoreOf = async (path: string) => (await run({ url: `${pagesOrigin}${path}`, q: "every hotel", schema: { type: "object", properties: { name: { type: "string" }, score: num } } })).rows.map((r) => r.row.score);
    expect(await scoreOf("/hotel-scores")).toEqual([4.5, 3.9, 4.1]);
    expect(await scoreOf("/hotel-stars")).toEqual([undefined, undefined, undefined]);
    // With a unit, negative, and beside a favourite button classed "star": still the score.
    const stories = await run({ url: `${pagesOrigin}/stories`, q: "every story with title and score", schema: { type: "object", properties: { title: { type: "string" }, score: num } } });
    expect(stories.rows.map((r) => r.row.score)).toEqual([118, 542, -3]);
  });

  it("reads a column or field named like an inherited member of objects ('constructor')", async () => {
    const teams = ["Red Bull", "Red Bull", "Mercedes", "Aston Martin"];
    const byQuery = await run({ url: `${pagesOrigin}/drivers`, q: "every driver with driver, constructor and points", schema: null });
    expect(byQuery.rows.map((r) => r.row.constructor)).toEqual(teams);
    // Inferred from the table's header too.
    const inferred = await run({ url: `${pagesOrigin}/drivers`, q: "every driver", schema: null });
    expect(inferred.rows.map((r) => r.row.constructor)).toEqual(teams);
    const schema = { type: "object", properties: { driver: { type: "string" }, constructor: { type: "string" }, toString: { type: "string" } }, required: ["constructor"] };
    const bySchema = await run({ url: `${pagesOrigin}/drivers`, q: "every driver", schema });
    expect(bySchema.rows.map((r) => r.row)).toEqual(teams.map((constructor, i) => ({ driver: ["Max Verstappen", "Sergio Perez", "Lewis Hamilton", "Fernando Alonso"][i], constructor })));
    expect(bySchema.progress.notes).toContain('No row has a value for "toString": nothing on the page matched that field.');
    // "__proto__" is a field like any other: written as the row's own key (null, as the schema allows), never its prototype.
    const proto = JSON.parse('{"type":"object","properties":{"driver":{"type":"string"},"__proto__":{"type":["string","null"]}},"required":["__proto__"]}');
    const withProto = await run({ url: `${pagesOrigin}/drivers`, q: "every driver", schema: proto });
    expect(withProto.rows).toHaveLength(4);
    expect(withProto.rows.every((r) => Object.hasOwn(r.row, "__proto__") && r.row["__proto__"] === null && Object.getPrototypeOf(r.row) === Object.prototype)).toBe(true);
  });

  it("fills a list of objects from the elements named as its items, and verifies their links", async () => {
    const str = { type: "string" };
    const schema = {
      type: "object",
      properties: { title: str, authors: { type: "array", items: { type: "object", properties: { name: str, url: { type: "string", format: "uri" } }, required: ["name"] } } },
      required: ["title"],
    };
    const { rows } = await run({ url: `${pagesOrigin}/posts`, q: "every post", schema });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "First post", authors: [{ name: "Ann", url: `${pagesOrigin}/u/a` }, { name: "Bob", url: `${pagesOrigin}/u/b` }] },
      { title: "Second post", authors: [{ name: "Cy", url: `${pagesOrigin}/u/c` }] },
      { title: "Third post", authors: [{ name: "Di", url: `${pagesOrigin}/u/d` }] },
    ]);
    expect(rows[0]!.source.fields?.authors).toEqual({ xpath: `${rows[0]!.source.xpath}/p[1]/a[1]` });
    // Verify-URLs checks the posts' links and the authors' pages: Cy's and Di's are served, Ann's and Bob's are not.
    extra["/u/c"] = extra["/u/d"] = extra["/p/1"] = extra["/p/2"] = extra["/p/3"] = "<html><body><h1>Page</h1></body></html>";
    const withUrl = { ...schema, properties: { ...schema.properties, url: { type: "string", format: "uri" } } };
    const verified = await run({ url: `${pagesOrigin}/posts`, q: "every post", schema: withUrl, verifyUrls: true });
    expect(verified.rows.map((r) => r.row.title)).toEqual(["Second post", "Third post"]);
    expect(verified.progress.rowsDropped.deadLinks).toBe(1);
    expect(verified.progress.notes.join(" ")).toContain(`${pagesOrigin}/u/a (HTTP 404)`);
    for (const path of ["/u/c", "/u/d", "/p/1", "/p/2", "/p/3"]) delete extra[path];
  });

  it("takes an object's name, link or picture only where its object names it, and keeps sources of what the row has", async () => {
    const str = { type: "string" };
    const uri = { type: "string", format: "uri" };
    const schema = { type: "object", properties: { title: str, brand: { type: "object", properties: { name: str, logo: uri } }, author: { type: "object", properties: { name: str, url: uri }, required: ["name"] } }, required: ["title"] };
    const { rows } = await run({ url: `${pagesOrigin}/posts`, q: "every post", schema });
    // The post's own title and pictures are not the brand's; the author is named (class="author").
    expect(rows.map((r) => r.row)).toEqual([
      { title: "First post", author: { name: "Ann", url: `${pagesOrigin}/u/a` } },
      { title: "Second post", author: { name: "Cy", url: `${pagesOrigin}/u/c` } },
      { title: "Third post", author: { name: "Di", url: `${pagesOrigin}/u/d` } },
    ]);
    expect(Object.keys(rows[0]!.source.fields ?? {}).sort()).toEqual(["author.name", "author.url", "title"]);
    // An object left out (its required name missing) leaves no source of its other parts behind.
    const noName = { ...schema, properties: { ...schema.properties, author: { type: "object", properties: { email: { type: "string", format: "email" }, url: uri }, required: ["email"] } } };
    const without = await run({ url: `${pagesOrigin}/posts`, q: "every post", schema: noName });
    expect(without.rows.map((r) => r.row)).toEqual(["First post", "Second post", "Third post"].map((title) => ({ title })));
    expect(without.rows.every((r) => Object.keys(r.source.fields ?? {}).every((k) => k === "title"))).toBe(true);
  });

  it("fills an object field's properties and nests them, as its schema asks", async () => {
    const str = { type: "string" };
    const schema = {
      type: "object",
      properties: {
        title: str,
        url: { type: "string", format: "uri" },
        company: { type: "object", properties: { name: str, location: str }, required: ["name", "location"] },
      },
      required: ["title", "company"],
    };
    const { rows } = await run({ url: `${pagesOrigin}/jobs`, q: "every job", schema });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "Backend Engineer", url: `${pagesOrigin}/jobs/101`, company: { name: "Acme Corp", location: "Berlin, Germany" } },
      { title: "Data Analyst", url: `${pagesOrigin}/jobs/102`, company: { name: "Globex", location: "Remote" } },
      { title: "Site Reliability Engineer", url: `${pagesOrigin}/jobs/103`, company: { name: "Initech", location: "Austin, TX" } },
    ]);
  });
});
