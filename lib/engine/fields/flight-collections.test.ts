import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { runSteps, STRIDE } from "../steps";
import { drainSteps } from "../steps-testing";
import { fieldSpecsFromQuery } from "./query";
import { MAX_NODES, MAX_STATE } from "./app-state";
import { flightStateSteps } from "./flight-state";
import { resolveCollections } from "./flight-collections";

const PAGE = "https://team.example/team";
const people = [
  { name: "Ada Lovelace", role: "Chief Engineer", city: "London" },
  { name: "Grace Hopper", role: "Compiler Lead", city: "New York" },
  { name: "Alan Turing", role: "Research", city: "Manchester" },
];
const shell = (state: string) => `<html><body><main><h1>Our team</h1><div class="spinner">Loading…</div></main>${state}</body></html>`;
const page = (stream: string) =>
  shell(`<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push(${JSON.stringify([1, stream]).replace(/</g, "\\u003c")})</script>`);
const models = (stream: string) => runSteps(flightStateSteps(parseHtml(page(stream)), MAX_STATE, MAX_NODES))?.models ?? {};
const rowsOf = async (stream: string, q: string) =>
  (await rowsFromPage(parseHtml(page(stream)), PAGE, { url: PAGE, q, schema: null, verifyUrls: false }, fieldSpecsFromQuery(q), null)).rows.map((r) => r.row);

describe("a flight stream's Maps ($Q) and Sets ($W)", () => {
  it("reads a Set as the array of its values, its references resolved", async () => {
    // As React's server writes `new Set(people)`: the values outlined as row 3, one of them a row of its own.
    const stream = `4:${JSON.stringify(people[0])}\n3:["$4",${JSON.stringify(people.slice(1)).slice(1)}\n0:["$","$L1",null,{"team":"$W3"}]\n`;
    expect((models(stream)["0"] as unknown[])[3]).toEqual({ team: people });
    expect(await rowsOf(stream, "our team")).toEqual(people);
  });

  it("reads a Map with text keys as an object of its entries (keys unescaped, a Set inside it)", async () => {
    const stream =
      `5:${JSON.stringify(people)}\n` +
      `6:[["members","$W5"],["$$title","$$5 a seat"],[2026,"year"]]\n` +
      `0:["$","$L1",null,{"page":"$Q6"}]\n`;
    const props = (models(stream)["0"] as unknown[])[3] as { page: Record<string, unknown> };
    expect(props.page).toEqual({ members: people, $title: "$5 a seat", "2026": "year" });
    expect(await rowsOf(stream, "our team members")).toEqual(people);
  });

  it("reads a Map with other keys as its [key, value] pairs, and a Map that holds itself", () => {
    const stream = `7:[[{"id":1},"first"],["$Q8","inner"]]\n8:[["self","$Q8"],["n",1]]\n0:{"pairs":"$Q7","loop":"$Q8","path":"$Q9:page:byCity"}\n9:{"page":{"byCity":[["London","Ada"]]}}\n`;
    const m = models(stream)["0"] as { pairs: unknown[][]; loop: Record<string, unknown>; path: unknown };
    expect(m.pairs).toEqual([[{ id: 1 }, "first"], [m.loop, "inner"]]);
    expect(m.loop.n).toBe(1);
    expect(m.loop.self).toBe(m.loop);
    expect(m.path).toEqual({ London: "Ada" });
  });

  it("leaves a Map whose row is missing or not a list as its text, as a missing `$5` is left", () => {
    const m = models(`3:{"a":1}\n0:{"gone":"$Q1f","notList":"$W3"}\n`)["0"];
    expect(m).toEqual({ gone: "$Q1f", notList: "$W3" });
  });

  it("is read in steps and stops at its budget", () => {
    const entries = Array.from({ length: 20 * STRIDE }, (_, i) => [`k${i}`, i]);
    const holder: Record<string, unknown> = { m: "$Q5" };
    const run = drainSteps(resolveCollections([{ holder, key: "m", ref: "$Q5" }], () => entries, Infinity));
    expect(Object.keys(holder.m as object)).toHaveLength(entries.length);
    expect(run.steps).toBeGreaterThanOrEqual(20);
    const small: Record<string, unknown> = { m: "$Q5" };
    runSteps(resolveCollections([{ holder: small, key: "m", ref: "$Q5" }], () => entries, 1000));
    expect(Object.keys(small.m as object).length).toBeLessThan(1000);
  });
});
