import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const BASE = "https://blog.example/news/";
const GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";

/** One card per way a lazy-loading page hides its picture; each card's real picture is /real/N.jpg. */
const CARDS = [
  `<img src="${GIF}" data-srcset="//img.example/real/1.jpg 400w, //img.example/real/1-big.jpg 800w" alt="">`,
  `<img src="/img/blank.gif" srcset="${GIF}"><noscript><img src="https://img.example/real/2.jpg" alt=""></noscript>`,
  `<picture><source type="image/webp" srcset="/real/3.webp 1x, /real/3@2x.webp 2x"><img src="/img/1x1.gif" alt=""></picture>`,
  `<img src="/assets/placeholder.png" data-lazy-src="/real/4.jpg" alt="">`,
  `<amp-img src="/real/5.jpg" width="320" height="200" layout="responsive"></amp-img>`,
  `<img src="/img/spacer.gif" alt="">`,
  `<img src="/photos/lazy-river.jpg" alt="">`,
];
const html = `<main>${CARDS.map((img, i) => `<article class="card"><a href="/post/${i + 1}">${img}<h2>Post number ${i + 1}</h2></a><p>Written by Ana Silva</p></article>`).join("")}</main>`;

describe("an image field on a lazy-loading page", () => {
  it("reads the picture the page shows, never a data: URI or a placeholder file", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, image: { type: "string", format: "uri" } } });
    const rows = extractRows(region(parseHtml(html), byClass("card")), { pageUrl: BASE, fields, q: "all posts" }).map((r) => r.row);
    expect(rows.map((r) => r.image)).toEqual([
      "https://img.example/real/1.jpg",
      "https://img.example/real/2.jpg",
      "https://blog.example/real/3.webp",
      "https://blog.example/real/4.jpg",
      "https://blog.example/real/5.jpg",
      // Only a spacer: no picture rather than the stand-in.
      undefined,
      "https://blog.example/photos/lazy-river.jpg",
    ]);
    expect(rows.map((r) => r.title)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `Post number ${n}`));
  });

  it("reads a photo drawn as a CSS background, or kept in data-bg until it scrolls into view", () => {
    const cards = [
      `<a class="media" href="/h/1" style="background-image: url('/photos/1.jpg')"></a>`,
      `<div class="media lazy" data-bg="//img.example/photos/2.jpg"></div>`,
      `<div class="media" style="background: #eee url(&quot;/photos/3.jpg&quot;) center / cover no-repeat"></div>`,
      `<div class="media" style="background-image: linear-gradient(#fff, #000)"></div>`,
    ];
    const doc = parseHtml(`<main>${cards.map((c, i) => `<div class="hotel">${c}<h3><a href="/h/${i + 1}">Hotel number ${i + 1}</a></h3><p>Rooms from €${i + 5}9 a night</p></div>`).join("")}</main>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, image: { type: "string", format: "uri" } } });
    const rows = extractRows(region(doc, byClass("hotel")), { pageUrl: BASE, fields, q: "all hotels" }).map((r) => r.row);
    expect(rows.map((r) => r.image)).toEqual(["https://blog.example/photos/1.jpg", "https://img.example/photos/2.jpg", "https://blog.example/photos/3.jpg", undefined]);
  });
});
