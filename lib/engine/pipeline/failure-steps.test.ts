import { describe, expect, it } from "vitest";
import { parseHtml, textContent, textContentSteps } from "../dom";
import { findRecords } from "../records";
import { STRIDE } from "../steps";
import { drainSteps } from "../steps-testing";
import { smallListings, smallListingsSteps } from "../template";
import { noRecords, noRecordsSteps } from "./messages";

/** An app's shell prerendered as `rows` rows of empty skeleton bars: no records, no text. */
const shell = (rows: number) =>
  parseHtml(
    `<!doctype html><html><head><script src="/app.js"></script></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root">${`<div class="sk-row">${`<div class="sk-cell"><div class="sk-bar"></div></div>`.repeat(6)}</div>`.repeat(rows)}</div></body></html>`,
  );
const ROWS = 1_000;
/** Elements of the shell's skeleton: a row and six cells of one bar each. */
const SKELETON = ROWS * 13;

describe("the failure path of a long page with no records, as steps", () => {
  it("reads the text of a long page as textContent does, a step every STRIDE nodes", () => {
    const doc = parseHtml(`<main>${Array.from({ length: 3_000 }, (_, i) => `<p>Line <b>${i}</b><br>next</p>`).join("")}</main>`);
    const { value, steps } = drainSteps(textContentSteps(doc));
    expect(value).toBe(textContent(doc));
    expect(value.startsWith("Line 0 next Line 1 next")).toBe(true);
    // Each paragraph: itself, its block end, two texts, <b> and its text, <br>.
    expect(steps).toBeGreaterThanOrEqual(Math.floor((3_000 * 7) / STRIDE));
  });

  it("says an app's shell is drawn by scripts as noRecords does, reading it in steps", () => {
    const doc = shell(ROWS);
    expect(findRecords(doc, { q: "every product with name and price" })).toBeNull();
    const { value, steps } = drainSteps(noRecordsSteps(doc, null));
    expect(value).toBe(noRecords(doc, null));
    expect(value).toContain("builds its content with JavaScript");
    expect(value).toContain("You need to enable JavaScript to run this app");
    // The body's lines, then its text, then the whole document for scripts: three walks of the skeleton.
    expect(steps).toBeGreaterThanOrEqual(Math.floor((3 * SKELETON) / STRIDE) - 3);
  });

  it("finds a long page's notice that it lists nothing as noRecords does", () => {
    const filler = Array.from({ length: 2_000 }, (_, i) => `<div class="promo"><span>Offer ${i}</span></div>`).join("");
    const doc = parseHtml(`<!doctype html><html><body><main><h1>Shoes</h1><aside>${filler}</aside><p>No products found.</p></main></body></html>`);
    const { value, steps } = drainSteps(noRecordsSteps(doc, null));
    expect(value).toBe(noRecords(doc, null));
    expect(value).toContain("“No products found”");
    // Each offer is read whole (no block inside it), not entered: a step every STRIDE offers.
    expect(steps).toBeGreaterThanOrEqual(Math.floor(2_000 / STRIDE));
  });

  it("finds no small listing on the shell, as smallListings does, measuring and scoring the page in steps", () => {
    const doc = shell(ROWS);
    const options = { q: "every product with name and price", fieldNames: ["name", "price"] };
    const { value, steps } = drainSteps(smallListingsSteps(doc, options));
    expect(value).toEqual(smallListings(doc, options));
    expect(steps).toBeGreaterThanOrEqual(Math.floor((2 * SKELETON) / STRIDE));
  });

  it("offers a two-item listing's records as smallListings does", () => {
    const job = (i: number) =>
      `<li class="job-li"><h2 class="job-title"><a class="job-link" href="/job/${i}">Nurse Practitioner ${i}</a></h2><p>Company: EasyJet</p><p>Location: Bern, Switzerland</p><p>Salary: $64K-$98K</p></li>`;
    const doc = parseHtml(`<!doctype html><html><body><nav><a href="/">Home</a></nav><main><h1>2 jobs in Travel:</h1><ol id="jobs">${job(1)}${job(2)}</ol></main></body></html>`);
    const options = { q: "every job with title, company, location, salary and url", fieldNames: ["title", "company", "location", "salary", "url"] };
    const { value } = drainSteps(smallListingsSteps(doc, options));
    const whole = smallListings(doc, options);
    expect(value.length).toBeGreaterThan(0);
    expect(value.map((r) => r.records.map((rec) => rec.map((el) => textContent(el))))).toEqual(whole.map((r) => r.records.map((rec) => rec.map((el) => textContent(el)))));
    expect(value[0]!.records).toHaveLength(2);
  });
});
