import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { byClass, region } from "./testing";

/** A podcast's episodes, each with its guest after a label ("Zu Gast:"), in a page of language `lang`. */
const episodes = (lang: string, label: string, cls = "") =>
  parseHtml(
    `<html lang="${lang}"><body><main>${["Anna Schmidt", "Jonas Weber", "Lea Fischer"]
      .map((guest, i) => `<article class="episode"><h2><a href="/f/${i}">Folge ${12 - i}: Thema ${i}</a></h2><p${cls ? ` class="${cls}"` : ""}>${label}: ${guest}</p><p>Worüber wir in dieser Folge sprechen, in genug Worten für eine Beschreibung.</p></article>`)
      .join("")}</main></body></html>`,
  );
const rows = (doc: ReturnType<typeof parseHtml>) => extractRows(region(doc, byClass("episode")), { pageUrl: "https://podcast.example/", fields: null, q: "alle Folgen" }).map((r) => r.row);

describe("inferred columns: a label in another language", () => {
  it("names the column by the label's English word", () => {
    const read = rows(episodes("de", "Zu Gast"));
    expect(read.map((r) => r.guests)).toEqual(["Anna Schmidt", "Jonas Weber", "Lea Fischer"]);
    expect(Object.keys(read[0]!)).not.toContain("zuGast");
  });

  it("names it by the element's class on a page not in English when no English word is known, and keeps an English page's label", () => {
    expect(rows(episodes("de", "Im Studio", "guests")).map((r) => r.guests)).toEqual(["Anna Schmidt", "Jonas Weber", "Lea Fischer"]);
    expect(rows(episodes("en", "Featuring", "guests")).map((r) => r.featuring)).toEqual(["Anna Schmidt", "Jonas Weber", "Lea Fischer"]);
  });
});
