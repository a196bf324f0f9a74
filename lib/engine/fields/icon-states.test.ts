import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const schema = { type: "object", properties: { title: { type: "string" }, state: { type: "string" } } };
function states(rows: string[]) {
  const doc = parseHtml(`<ul>${rows.join("")}</ul>`);
  return extractRows(region(doc, byClass("pr")), { pageUrl: "https://git.example/pulls", fields: fieldSpecsFromSchema(schema), q: "pull requests" }).map((r) => r.row.state);
}
const pr = (n: number, state: string) => `<li class="pr"><span class="ico"><i class="icon" title="${state}"></i></span> <a href="/pull/${n}">Fix flaky test ${n}</a></li>`;

describe("a state an icon names", () => {
  it("is the state alone, the noun after it dropped", () => {
    expect(states([pr(1, "Merged pull request"), pr(2, "Draft pull request"), pr(3, "Closed pull request")])).toEqual(["Merged", "Draft", "Closed"]);
  });

  it("keeps a name that says more than the noun, and text the page shows as written", () => {
    expect(states([pr(1, "Closed as completed"), pr(2, "Open"), `<li class="pr"><span class="state">Open issue</span> <a href="/pull/3">Fix flaky test 3</a></li>`])).toEqual([
      "Closed as completed",
      "Open",
      "Open issue",
    ]);
  });
});
