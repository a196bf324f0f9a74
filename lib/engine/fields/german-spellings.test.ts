import { describe, expect, it } from "vitest";
import { parseHtml, type Element } from "../dom";
import { extractRows } from "./extract";
import { germanSpelledOut } from "./german-spellings";
import { fieldSpecsFromSchema } from "./spec";
import { region } from "./testing";

const inBody = (el: Element) => el.tagName === "tr" && el.parentNode !== null && "tagName" in el.parentNode && el.parentNode.tagName === "tbody";

describe("germanSpelledOut", () => {
  it("writes ä, ö, ü and ß out as a field name does", () => {
    expect(germanSpelledOut("Männlich")).toBe("Maennlich");
    expect(germanSpelledOut("Größe")).toBe("Groesse");
    expect(germanSpelledOut("Straße")).toBe("Strasse");
    // A decomposed umlaut ("a" and a combining diaeresis) is the same letter.
    expect(germanSpelledOut("Gru\u0308n")).toBe("Gruen");
    expect(germanSpelledOut("Preis")).toBeNull();
  });
});

describe("a German header", () => {
  it("names the field that writes its umlauts and ß out", () => {
    const headers = ["Name", "Männlich", "Straße", "Größe"];
    const body = [
      ["Anna Schmidt", "nein", "Hauptstraße 1", "168 cm"],
      ["Jonas Weber", "ja", "Lindenweg 4", "181 cm"],
    ];
    const html = `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
    const records = { ...region(parseHtml(html), inBody), headers };
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, maennlich: { type: "string" }, strasse: { type: "string" }, groesse: { type: "string" } } });
    const rows = extractRows(records, { pageUrl: "https://site.example/personen", fields, q: "alle Personen" }).map((r) => r.row);
    expect(rows).toEqual([
      { name: "Anna Schmidt", maennlich: "nein", strasse: "Hauptstraße 1", groesse: "168 cm" },
      { name: "Jonas Weber", maennlich: "ja", strasse: "Lindenweg 4", groesse: "181 cm" },
    ]);
  });
});
