import { describe, expect, it } from "vitest";
import { bodyElement, elementChildren, parseHtml, walkElements, type Element } from "../dom";
import { drainSteps } from "../steps-testing";
import { STRIDE } from "../steps";
import { PageFeatures } from "./features";
import { groupSignatures, groupSignaturesSteps } from "./instance-classes";
import { memberSimilarities, memberSimilaritiesSteps } from "./member-similarity";
import { drawsSkeletonsSteps, withoutPlaceholdersSteps } from "./placeholders";
import type { Candidate } from "./repeated";
import { queryTerms, scoreCandidate, scoreCandidateSteps } from "./score";

const N = 3_000;
const doc = parseHtml(
  `<table><thead><tr><th>Name</th><th>Value</th></tr></thead><tbody>${Array.from({ length: N }, (_, i) => `<tr class="row-${i}"><td>Item ${i}</td><td><a href="/v/${i}">${i}</a></td></tr>`).join("")}</tbody></table>`,
);
const body = bodyElement(doc)!;
const tbody = (() => {
  let found: Element | undefined;
  walkElements(doc, (el) => void (el.tagName === "tbody" && (found = el)));
  return found!;
})();
const rows = elementChildren(tbody);

describe("the record detector's steps on a long table", () => {
  it("measures the page's features as steps, a step every STRIDE elements, as the constructor does", () => {
    const { value: stepped, steps } = drainSteps(PageFeatures.steps(body));
    const straight = new PageFeatures(body);
    const all: Element[] = [body];
    walkElements(body, (el) => void all.push(el));
    for (const el of all) expect(stepped.get(el)).toEqual(straight.get(el));
    // "Item 0" is 5 characters without its space; the value is a link.
    expect(stepped.get(rows[0]!)).toEqual({ text: 6, linkText: 1, leaves: 2, size: 4, links: 1, images: 0 });
    // Each element is passed twice (down, then up): a stretch per STRIDE passes.
    expect(steps).toBeGreaterThanOrEqual(Math.floor(all.length / STRIDE));
  });

  it("reads the rows' signatures as steps, their numbers stemmed as groupSignatures does", () => {
    const { value, steps } = drainSteps(groupSignaturesSteps(rows));
    expect(value).toEqual(groupSignatures(rows));
    // row-0 … row-99 number the rows (longer numbers are dropped as ids whatever their siblings).
    expect(value[0]).toBe("tr.row-#");
    expect(value[N - 1]).toBe("tr");
    expect(steps).toBeGreaterThanOrEqual(Math.floor(N / STRIDE));
  });

  it("compares the members' shapes a step per member", () => {
    const f = new PageFeatures(body);
    const members = rows.map((r) => [r]);
    const { value, steps } = drainSteps(memberSimilaritiesSteps(members, f));
    expect(value).toEqual(memberSimilarities(members, f));
    expect(value.every((s) => s === 1)).toBe(true);
    // Shaped, then compared: two steps a member.
    expect(steps).toBeGreaterThanOrEqual(2 * N);
  });

  it("scores a candidate of 3,000 records in steps, to the score scoreCandidate gives", () => {
    const f = new PageFeatures(body);
    const candidate: Candidate = { kind: "table", parent: tbody, records: rows.map((r) => [r]), headers: ["Name", "Value"], bonus: 2 };
    const query = queryTerms("every item with name and value");
    const { value, steps } = drainSteps(scoreCandidateSteps(candidate, f, query));
    expect(value).toEqual(scoreCandidate(candidate, f, query));
    expect(value?.records).toHaveLength(N);
    expect(value?.homogeneity).toBe(1);
    expect(steps).toBeGreaterThanOrEqual(2 * N);
  });

  it("looks for skeletons across the page a step every STRIDE elements, and still finds one in the last row", () => {
    const all: Element[] = [];
    walkElements(body, (el) => void all.push(el));
    const none = drainSteps(drawsSkeletonsSteps(body));
    expect(none.value).toBe(false);
    expect(none.steps).toBeGreaterThanOrEqual(Math.floor(all.length / STRIDE));
    const drawn = parseHtml(`<div>${"<p>Item</p>".repeat(2 * STRIDE)}<p><span class="skeleton-line"></span></p></div>`);
    expect(drainSteps(drawsSkeletonsSteps(bodyElement(drawn)!)).value).toBe(true);
  });

  it("leaves a list's placeholder records out a step per record, the rest in order", () => {
    const waiting = parseHtml(`<div class="card"><h3>Loading…</h3></div>`);
    const placeholder = elementChildren(bodyElement(waiting)!)[0]!;
    const region = { parent: tbody, records: [...rows.map((r) => [r]), [placeholder]], kind: "table" as const, score: 1 };
    const { value, steps } = drainSteps(withoutPlaceholdersSteps(region));
    expect(value.records).toEqual(rows.map((r) => [r]));
    expect(steps).toBe(N + 1);
  });
});
