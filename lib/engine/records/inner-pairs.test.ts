import { describe, expect, it } from "vitest";
import { bodyElement } from "../dom";
import { runSteps } from "../steps";
import { detectAllRecords } from "./all";
import { PageFeatures } from "./features";
import { repeatedCandidates } from "./repeated";
import { page, texts } from "./testing";

const QA = [
  ["How do I return an order?", "Open your orders, pick the order and choose Return; a label is emailed to you within the hour."],
  ["When is my refund paid?", "Refunds reach your card three to five working days after the parcel is back in our warehouse."],
  ["Can I change my delivery address?", "Until the order ships you can change the address from the order page, under Delivery."],
  ["Do you ship abroad?", "We ship to every country of the European Union and to Switzerland, Norway and the United Kingdom."],
  ["How do I reach customer service?", "Write to us from the contact page or call the number on your invoice, weekdays from nine to six."],
];

/** An FAQ whose every line wears one wrapper (div.block): only the wrapper's content tells a question from its answer. */
const faq = (rowTag: "div" | "tr") =>
  rowTag === "div"
    ? `<main><h1>Help</h1><div class="faq"><div class="block"><h2 class="title">Frequently asked questions</h2></div>${QA.map(
        ([q, a]) => `<div class="block"><span class="text bold">${q}</span></div><div class="block"><span class="text plain">${a}</span></div>`,
      ).join("")}</div></main>`
    : `<main><table><tbody>${QA.map(([q, a]) => `<tr class="row"><th class="q">${q}</th><td>yes</td></tr><tr class="row"><td class="a">${a}</td><td>no</td></tr>`).join("")}</tbody></table></main>`;

describe("siblings of one wrapper that alternate inside it", () => {
  it("make records of a question and its answer", () => {
    const doc = page(faq("div"));
    const body = bodyElement(doc)!;
    const candidates = runSteps(repeatedCandidates(body, new PageFeatures(body)));
    const pairs = candidates.find((c) => c.records.length === QA.length && c.records.every((r) => r.length === 2));
    expect(pairs && texts(pairs.records)).toEqual(QA.map(([q, a]) => `${q} | ${a}`));
    expect(texts(detectAllRecords(doc))).toEqual(QA.map(([q, a]) => `${q} | ${a}`));
  });

  it("leave table rows alone: a row's first cell is one of its fields", () => {
    const body = bodyElement(page(faq("tr")))!;
    const candidates = runSteps(repeatedCandidates(body, new PageFeatures(body)));
    expect(candidates.filter((c) => c.records.some((r) => r.length === 2 && r[0]!.tagName === "tr"))).toEqual([]);
  });
});
