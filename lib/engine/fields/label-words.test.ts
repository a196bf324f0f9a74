import { describe, expect, it } from "vitest";
import { parseHtml, type Element } from "../dom";
import { extractRows } from "./extract";
import { joinedWords } from "./label-words";
import { fieldSpecsFromSchema } from "./spec";
import { region } from "./testing";

const inBody = (el: Element) => el.tagName === "tr" && el.parentNode !== null && "tagName" in el.parentNode && el.parentNode.tagName === "tbody";

describe("joinedWords", () => {
  it("joins the words casing or a hyphen split inside one written word", () => {
    expect(joinedWords("MagSafe")).toEqual(["magsafe"]);
    expect(joinedWords("eSIM support")).toEqual(["esim"]);
    expect(joinedWords("USB-C")).toEqual(["usbc"]);
    expect(joinedWords("Face ID")).toEqual([]);
  });
});

describe("a header written in camel case", () => {
  it("names the field that writes it as one word", () => {
    const headers = ["Model", "MagSafe", "eSIM", "Wi-Fi"];
    const body = [
      ["A1", "Yes", "No", "Wi-Fi 7"],
      ["B2", "No", "Yes", "Wi-Fi 6E"],
    ];
    const html = `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
    const records = { ...region(parseHtml(html), inBody), headers };
    const fields = fieldSpecsFromSchema({ type: "object", properties: { model: { type: "string" }, magsafe: { type: "boolean" }, esim: { type: "boolean" }, wifi: { type: "string" } } });
    const rows = extractRows(records, { pageUrl: "https://site.example/compare", fields, q: "all models" }).map((r) => r.row);
    expect(rows).toEqual([
      { model: "A1", magsafe: true, esim: false, wifi: "Wi-Fi 7" },
      { model: "B2", magsafe: false, esim: true, wifi: "Wi-Fi 6E" },
    ]);
  });
});

describe("a field written in camel case", () => {
  it("is named by a header that writes it as one word", () => {
    const headers = ["Model", "Magsafe", "Price"];
    const body = [
      ["A1", "Yes", "$799"],
      ["B2", "No", "$429"],
    ];
    const html = `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
    const records = { ...region(parseHtml(html), inBody), headers };
    const fields = fieldSpecsFromSchema({ type: "object", properties: { model: { type: "string" }, magSafe: { type: "boolean" }, price: { type: "string" } } });
    const rows = extractRows(records, { pageUrl: "https://site.example/compare", fields, q: "all models" }).map((r) => r.row);
    expect(rows).toEqual([
      { model: "A1", magSafe: true, price: "$799" },
      { model: "B2", magSafe: false, price: "$429" },
    ]);
  });
});
