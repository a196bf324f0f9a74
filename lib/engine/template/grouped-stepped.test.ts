import { describe, expect, it } from "vitest";
import { parseHtml, textContent, walkElements, type Element } from "../dom";
import { findRecords, type RecordRegion } from "../records";
import { drainSteps } from "../steps-testing";
import { groupedSectionRecords, groupedSectionRecordsSteps, memberRecords, memberRecordsSteps } from "../template";
import { teamPage } from "../__fixtures__/team-pages";

const SIZES = [400, 300, 500];
const PEOPLE = SIZES.reduce((a, b) => a + b, 0);
const texts = (records: Element[][]) => records.map((r) => r.map((el) => textContent(el)).join(" | "));

const MONTHS = ["March", "April", "May"];
/** Months of thin events (a link, a date, a venue): the months group them. */
const monthsPage = (sizes: number[]) =>
  parseHtml(
    `<!doctype html><html><body><main><h1>Events</h1>${sizes
      .map(
        (n, m) =>
          `<section><h2>${MONTHS[m]} 2026</h2><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/e/${m}/${i}">Talk ${m}.${i} on caching</a> <time datetime="2026-0${m + 3}-${String((i % 28) + 1).padStart(2, "0")}">${(i % 28) + 1} ${MONTHS[m]}</time> <span>Room ${i % 9}</span></li>`).join("")}</ul></section>`,
      )
      .join("")}</main></body></html>`,
  );

/** The sections of `doc` as the records of one region: what detection takes when each section outweighs its items. */
function sectionsRegion(doc: ReturnType<typeof parseHtml>): RecordRegion {
  const sections: Element[] = [];
  walkElements(doc, (el) => {
    if (el.tagName === "section") sections.push(el);
  });
  return { kind: "repeated", parent: sections[0]!.parentNode as Element, records: sections.map((s) => [s]), score: 1 };
}

describe("the grouping checks of a long page, as steps", () => {
  const q = "every person with name and role";
  const team = () => parseHtml(teamPage("ul", SIZES));

  it("unites a team page's departments into its people as memberRecords does, a step per person at least", () => {
    const departments = sectionsRegion(team());
    const { value, steps } = drainSteps(memberRecordsSteps(departments));
    const whole = memberRecords(departments)!;
    expect(value!.records).toHaveLength(PEOPLE);
    expect(value!.parent).toBe(whole.parent);
    expect(texts(value!.records)).toEqual(texts(whole.records));
    // Each person's item is read in its department's list, matched by the template, and checked for a role.
    expect(steps).toBeGreaterThanOrEqual(3 * PEOPLE);
  });

  it("widens one department's people (what detection takes) to every department's as memberRecords does", () => {
    const detected = findRecords(team(), { q })!;
    expect(detected.records.length).toBeLessThan(PEOPLE);
    const { value, steps } = drainSteps(memberRecordsSteps(detected));
    const whole = memberRecords(detected)!;
    expect(value!.records).toHaveLength(PEOPLE);
    expect(texts(value!.records)).toEqual(texts(whole.records));
    expect(steps).toBeGreaterThanOrEqual(2 * PEOPLE);
  });

  it("unites months of events into the events as groupedSectionRecords does, a step per event at least", () => {
    const months = sectionsRegion(monthsPage(SIZES));
    const { value, steps } = drainSteps(groupedSectionRecordsSteps(months));
    const whole = groupedSectionRecords(months)!;
    expect(value!.records).toHaveLength(PEOPLE);
    expect(value!.parent).toBe(whole.parent);
    expect(texts(value!.records)).toEqual(texts(whole.records));
    expect(steps).toBeGreaterThanOrEqual(3 * PEOPLE);
  });

  it("keeps departments as records without named sections allowed (names are no series), as groupedSectionRecords does", () => {
    const departments = sectionsRegion(team());
    expect(drainSteps(groupedSectionRecordsSteps(departments)).value).toBeNull();
    expect(groupedSectionRecords(departments)).toBeNull();
  });

  it("leaves sections whose items are no people, as memberRecords does", () => {
    const post = (i: number) => `<li><a href="/posts/${i}">Post number ${i} about caching</a> <time datetime="2026-03-10">10 March 2026</time></li>`;
    const block = (title: string, n: number, from: number) => `<section class="block"><h2>${title}</h2><ul>${Array.from({ length: n }, (_, i) => post(from + i)).join("")}</ul></section>`;
    const blocks = sectionsRegion(parseHtml(`<!doctype html><html><body><main>${block("Latest", 300, 0)}${block("Most popular", 200, 300)}</main></body></html>`));
    expect(drainSteps(memberRecordsSteps(blocks)).value).toBeNull();
    expect(memberRecords(blocks)).toBeNull();
  });
});
