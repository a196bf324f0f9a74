import { describe, expect, it } from "vitest";
import { detectAllRecords } from "./all";
import { cards, page, texts } from "./testing";

/** Forum threads in an aside: a community link (with its icon on most), the question, a vote count and a comments link. */
function threads(pictured: number): string {
  const questions = [
    "Has anyone descaled a dual boiler machine with citric acid yet?",
    "Which grinder burrs keep their edge longest for daily espresso?",
    "Is a bottomless portafilter worth it for a home beginner?",
    "How often should the steam wand gasket be replaced at home?",
  ];
  return `<aside class="sidebar"><h3>Popular discussions</h3><div class="threads">${questions
    .map(
      (q, i) =>
        `<div class="thread"><a href="/c/${i}">${i < pictured ? `<img src="/c/${i}.png" alt="">` : ""}Home baristas</a><a href="/t/${i}">${q}</a><span class="votes">${5 + i} votes</span><a href="/t/${i}#comments">${12 + i} comments</a></div>`,
    )
    .join("")}</div></aside>`;
}

describe("link farms", () => {
  it("keeps a list of records that describe something in an aside, however few show a picture", () => {
    const records = detectAllRecords(page(`<main><div class="grid">${cards(8)}</div></main>${threads(3)}`));
    expect(texts(records).filter((t) => t.includes("Espresso machine"))).toHaveLength(8);
    expect(texts(records).filter((t) => t.includes("Home baristas"))).toHaveLength(4);
  });

  it("still takes rows of headlines, each leading elsewhere, for a link farm", () => {
    const row = (r: number) =>
      `<tr>${Array.from({ length: 3 }, (_, i) => `<td><a href="https://ads.example/${r}/${i}">You will not believe what this old kitchen gadget ${r}.${i} can do</a> <a href="https://ads.example/${r}/${i}">Sponsor ${i}</a></td>`).join("")}</tr>`;
    const sponsored = `<table class="sponsored-feed"><tbody>${[0, 1, 2, 3, 4, 5].map(row).join("")}</tbody></table>`;
    const records = detectAllRecords(page(`<main><div class="grid">${cards(8)}</div>${sponsored}</main>`));
    expect(records).toHaveLength(8);
    expect(texts(records).every((t) => t.includes("Espresso machine"))).toBe(true);
  });

  it("keeps a list whose every field is a link when each record shows a price", () => {
    const offers = Array.from(
      { length: 5 },
      (_, i) => `<li class="offer"><a href="/s/${i}">Seller ${i}</a><a href="/s/${i}/p">€${40 + i}.99</a><a href="/s/${i}/ship">Ships in ${i + 1} days</a></li>`,
    ).join("");
    const records = detectAllRecords(page(`<main><div class="grid">${cards(8)}</div><section class="offers"><h2>Other sellers</h2><ul>${offers}</ul></section></main>`));
    expect(texts(records).filter((t) => t.startsWith("Seller"))).toHaveLength(5);
  });
});
