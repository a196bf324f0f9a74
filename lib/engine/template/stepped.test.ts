import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { findRecords } from "../records";
import { drainSteps } from "../steps-testing";
import { acrossSections, acrossSectionsSteps, matchTemplate, matchTemplateSteps, recordTemplate, recordTemplateSteps } from "../template";

const N = 1_500;
const table = (n: number) =>
  parseHtml(`<main><table class="report"><thead><tr><th>Name</th><th>Value</th></tr></thead><tbody>${Array.from({ length: n }, (_, i) => `<tr><td>Item ${i}</td><td>${i}</td></tr>`).join("")}</tbody></table></main>`);
const region = findRecords(table(N), { q: "every item with name and value" })!;

describe("record templates of a long region, as steps", () => {
  it("builds recordTemplate's template, a step per record in each pass", () => {
    expect(region.records).toHaveLength(N);
    const { value, steps } = drainSteps(recordTemplateSteps(region));
    expect(value).toEqual(recordTemplate(region));
    expect(value.record).toEqual([{ tag: "tr", classes: [] }]);
    // Kept, walked down, shaped: three passes over the records.
    expect(steps).toBeGreaterThanOrEqual(3 * N);
  });

  it("widens across sections as acrossSections does (a lone table: itself), building the template in steps", () => {
    const { value, steps } = drainSteps(acrossSectionsSteps(region));
    expect(value).toBe(acrossSections(region));
    expect(value).toBe(region);
    expect(steps).toBeGreaterThanOrEqual(3 * N);
  });

  it("finds the template's records on a later page, a step per row read", () => {
    const template = recordTemplate(region);
    const later = table(N + 7);
    const { value, steps } = drainSteps(matchTemplateSteps(later, template));
    expect(value?.records).toHaveLength(N + 7);
    expect(value?.records).toEqual(matchTemplate(later, template)?.records);
    // Each row is read, then its shape checked.
    expect(steps).toBeGreaterThanOrEqual(2 * N);
  });
});
