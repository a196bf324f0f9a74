import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { elementByXPath } from "../xpath";
import { textMemo } from "./dom-text";
import { extractRows } from "./extract";
import { labelledParts } from "./inline-labels";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

const course = (code: string, title: string, who: string, term: string) =>
  `<div class="courseblock"><p class="title"><strong>${code}. ${title}.</strong></p>` +
  `<p class="extra"><strong>Instructor:</strong> ${who} · <strong>Term:</strong> ${term}</p></div>`;
const html = course("COMP 101", "Introduction to Programming", "Dr. Helen Park", "Fall, Spring") + course("COMP 210", "Data Structures", "Prof. Ravi Menon", "Fall") + course("COMP 305", "Databases", "Dr. Ana Lima", "Spring");

describe("several labels in one line", () => {
  it("gives each label its own part of the line", () => {
    const q = "every course with title, instructor and term";
    const rows = extractRows(region(parseHtml(`<main>${html}</main>`), byClass("courseblock")), { pageUrl: "https://uni.example/cs", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => [r.instructor, r.term])).toEqual([
      ["Dr. Helen Park", "Fall, Spring"],
      ["Prof. Ravi Menon", "Fall"],
      ["Dr. Ana Lima", "Spring"],
    ]);
  });

  it("splits at label elements only, from the line's start, and leaves one label to the usual reading", () => {
    const doc = parseHtml(
      `<p><b>Beds:</b> 3 | <b>Baths:</b> 2<br><b>Area:</b> 78 m²</p><p><b>Salary:</b> $60K · Remote: yes</p><p>New: <b>Beds:</b> 3 <b>Baths:</b> 2</p>`,
    );
    const text = textMemo();
    expect(labelledParts(elementByXPath(doc, "/body[1]/p[1]")!, text)).toEqual([
      { label: "Beds", value: "3", text: "Beds: 3" },
      { label: "Baths", value: "2", text: "Baths: 2" },
      { label: "Area", value: "78 m²", text: "Area: 78 m²" },
    ]);
    expect(labelledParts(elementByXPath(doc, "/body[1]/p[2]")!, text)).toBeNull();
    expect(labelledParts(elementByXPath(doc, "/body[1]/p[3]")!, text)).toBeNull();
  });
});

describe("labelled parts of elements side by side", () => {
  it("keeps words of elements side by side or of blocks apart in a part's value", () => {
    const doc = parseHtml(`<div><b>Guest:</b><span>Hannah</span><span>Germany</span><b>Room:</b><div>Studio</div><div>Canal View</div></div>`);
    expect(labelledParts(elementByXPath(doc, "/body[1]/div[1]")!, textMemo())).toEqual([
      { label: "Guest", value: "Hannah Germany", text: "Guest: Hannah Germany" },
      { label: "Room", value: "Studio Canal View", text: "Room: Studio Canal View" },
    ]);
  });
});

describe("a labelled link first in a line of links", () => {
  const pub = (title: string, doi: string, pdf: string) =>
    `<li class="pub"><span class="title"><a href="/papers/${pdf}">${title}</a></span> <span class="year">2024</span>` +
    `<span class="links"><a href="https://doi.org/${doi}">DOI: ${doi}</a> | <a href="/pdf/${pdf}.pdf">PDF</a> | <a href="https://github.com/lab/${pdf}">Code</a></span></li>`;
  const doc = parseHtml(
    `<ul>${pub("Sparse Attention for Long-Range Video", "10.1109/CVPR52733.2024.01234", "sparse")}${pub("Self-Supervised Depth from Endoscopy", "10.1016/j.media.2023.103012", "depth")}${pub("Learning with Noisy Labels", "10.48550/arXiv.2305.01234", "noisy")}</ul>`,
  );

  it("gives the label's field the link's own value, not the line's other links", () => {
    const rows = extractRows(region(doc, byClass("pub")), { pageUrl: "https://lab.example/publications", fields: fieldSpecsFromQuery("every publication with title, year and DOI"), q: "every publication with title, year and DOI" }).map((r) => r.row);
    expect(rows.map((r) => Object.entries(r).find(([k]) => k.toLowerCase() === "doi")?.[1])).toEqual(["10.1109/CVPR52733.2024.01234", "10.1016/j.media.2023.103012", "10.48550/arXiv.2305.01234"]);
  });

  it("gives a link field named by the label's word that labelled link, not the record's main link", () => {
    const q = "every publication with title and DOI link";
    const rows = extractRows(region(doc, byClass("pub")), { pageUrl: "https://lab.example/publications", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => r.doiLink)).toEqual(["https://doi.org/10.1109/CVPR52733.2024.01234", "https://doi.org/10.1016/j.media.2023.103012", "https://doi.org/10.48550/arXiv.2305.01234"]);
  });

  it("still reads a line whose first child is its label alone as that label's", () => {
    const rows = extractRows(region(parseHtml(`<ul>${["$60K", "$70K", "$80K"].map((s, i) => `<li class="job"><h3>Job ${i}</h3><p><b>Salary:</b> ${s}</p></li>`).join("")}</ul>`), byClass("job")), {
      pageUrl: "https://jobs.example/",
      fields: fieldSpecsFromQuery("every job with title and salary"),
      q: "every job with title and salary",
    }).map((r) => r.row);
    expect(rows.map((r) => r.salary)).toEqual(["$60K", "$70K", "$80K"]);
  });
});
