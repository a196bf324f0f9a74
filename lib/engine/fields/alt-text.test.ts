import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { namesAltText } from "./alt-text";

describe("namesAltText", () => {
  it("names alt text, or an image's own description or caption", () => {
    expect(["alt", "altText", "imageAlt", "imageDescription", "photoCaption"].map((n) => namesAltText(n.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(" ")))).toEqual([true, true, true, true, true]);
    expect(["caption", "description", "image", "imageUrl"].map((n) => namesAltText(n.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(" ")))).toEqual([false, false, false, false]);
  });
});

describe("an image's alt text", () => {
  const item = (title: string, alt: string) =>
    `<figure class="shot"><a href="/g/${title.length}"><img src="/img/${title.length}.jpg" alt="${alt}"></a><figcaption><h3>${title}</h3><p class="credit">© Ana Pereira</p></figcaption></figure>`;
  const html = `<main>${item("Ice Bed", "A polar bear sleeping on an iceberg")}${item("Reef at Dusk", "Coral reef at dusk")}</main>`;
  const rowsOf = (properties: Record<string, unknown>) =>
    extractRows(region(parseHtml(html), byClass("shot")), { pageUrl: "https://gallery.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "all photos" }).map((r) => r.row);

  it("is the value of a field named for it", () => {
    expect(rowsOf({ title: { type: "string" }, imageAlt: { type: "string" }, image: { type: "string", format: "uri" } })).toEqual([
      { title: "Ice Bed", imageAlt: "A polar bear sleeping on an iceberg", image: "https://gallery.example/img/7.jpg" },
      { title: "Reef at Dusk", imageAlt: "Coral reef at dusk", image: "https://gallery.example/img/12.jpg" },
    ]);
    expect(rowsOf({ title: { type: "string" }, alt: { type: "string" } }).map((r) => r.alt)).toEqual(["A polar bear sleeping on an iceberg", "Coral reef at dusk"]);
  });

  it("is no value of a field named otherwise", () => {
    expect(rowsOf({ title: { type: "string" }, caption: { type: "string" } }).map((r) => r.caption)).toEqual([undefined, undefined]);
  });
});
