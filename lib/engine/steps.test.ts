import { describe, expect, it } from "vitest";
import { measureTree, measureTreeSteps, parseHtml, walkElements, walkElementsSteps, type Element, type ParentNode } from "./dom";
import { drainSteps } from "./steps-testing";
import { mapSteps, STRIDE } from "./steps";

const table = (n: number) => parseHtml(`<table><tbody>${Array.from({ length: n }, (_, i) => `<tr><td>Item ${i}</td><td>${i}</td></tr>`).join("")}</tbody></table>`);

/** Document order, by recursion: what a walk must visit, and in what order. */
function inOrder(root: ParentNode, out: Element[] = []): Element[] {
  for (const c of root.childNodes) {
    if (!("tagName" in c)) continue;
    out.push(c);
    if (c.tagName !== "template") inOrder(c, out);
  }
  return out;
}

describe("walkElementsSteps", () => {
  const doc = table(2_000); // 6,000 cells and rows, and the page's own elements

  it("visits every element in document order, a step every STRIDE elements", () => {
    const visited: Element[] = [];
    const { steps } = drainSteps(walkElementsSteps(doc, (el) => void visited.push(el)));
    expect(visited).toEqual(inOrder(doc));
    expect(steps).toBe(Math.floor(visited.length / STRIDE));
  });

  it("skips a subtree its visitor turns down, as walkElements does", () => {
    const stepped: string[] = [];
    const straight: string[] = [];
    const skipRows = (out: string[]) => (el: Element) => (out.push(el.tagName), el.tagName !== "tr");
    drainSteps(walkElementsSteps(doc, skipRows(stepped)));
    walkElements(doc, skipRows(straight));
    expect(stepped).toEqual(straight);
    expect(stepped).not.toContain("td");
  });
});

describe("measureTreeSteps", () => {
  it("counts the elements and the depth, a step every STRIDE elements", () => {
    const doc = table(2_000);
    const { value, steps } = drainSteps(measureTreeSteps(doc));
    // html, head, body, table, tbody, then three elements a row; html > body > table > tbody > tr > td.
    expect(value).toEqual({ elements: 5 + 3 * 2_000, maxDepth: 6 });
    expect(value).toEqual(measureTree(doc));
    expect(steps).toBe(Math.floor(value.elements / STRIDE));
  });
});

describe("mapSteps", () => {
  it("maps as Array.map does, a step after each item", () => {
    const { value, steps } = drainSteps(mapSteps([1, 2, 3], (x, i) => x * 10 + i));
    expect(value).toEqual([10, 21, 32]);
    expect(steps).toBe(3);
  });
});
