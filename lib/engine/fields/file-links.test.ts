import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fileExtensions, linkExtension } from "./file-links";
import { planField } from "./plan";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { markRecordNames } from "./record-noun";
import { byClass, region } from "./testing";

function rowsOf(html: string, cls: string, q: string, schema?: Record<string, unknown>) {
  const fields = schema ? fieldSpecsFromSchema(schema) : fieldSpecsFromQuery(q);
  return extractRows(region(parseHtml(`<main>${html}</main>`), byClass(cls)), { pageUrl: "https://pod.example/episodes", fields, q }).map((r) => r.row);
}

// A podcast's episode list: each episode's page is its main link, the audio a download beside it.
const episode = (n: number, title: string) =>
  `<article class="episode"><span class="num">#${n}</span><h2><a href="/folgen/${n}-${title.toLowerCase().replace(/\s+/g, "-")}">${title}</a></h2>` +
  `<p>Wir sprechen über ${title}.</p><div class="player"><button aria-label="Abspielen">▶</button><a class="download" href="https://cdn.example/${n}.mp3?src=site" download>Herunterladen (68 MB)</a></div></article>`;
const html = episode(142, "Datenschutz im Alltag") + episode(141, "Open Data in Kommunen") + episode(140, "LLMs und Statistik");

describe("link fields named for a kind of file", () => {
  it("reads the audio file's link for an audio or mp3 field, and the page for a plain link", () => {
    const files = ["https://cdn.example/142.mp3?src=site", "https://cdn.example/141.mp3?src=site", "https://cdn.example/140.mp3?src=site"];
    expect(rowsOf(html, "episode", "every episode with title and mp3 link").map((r) => r.mp3Link)).toEqual(files);
    const schema = { type: "object", properties: { title: { type: "string" }, audio_url: { type: "string", format: "uri" }, url: { type: "string", format: "uri" } } };
    const rows = rowsOf(html, "episode", "every episode", schema);
    expect(rows.map((r) => r.audio_url)).toEqual(files);
    expect(rows.map((r) => r.url)).toEqual(["https://pod.example/folgen/142-datenschutz-im-alltag", "https://pod.example/folgen/141-open-data-in-kommunen", "https://pod.example/folgen/140-llms-und-statistik"]);
  });

  it("leaves a pdf field empty where no link goes to a pdf, rather than giving the record's page", () => {
    const report = (n: number) => `<li class="report"><a href="/reports/${n}">Annual report ${n}</a> <span>${n} pages</span></li>`;
    const rows = rowsOf([1, 2, 3].map(report).join(""), "report", "every report with title and pdf link");
    expect(rows.map((r) => r.pdfLink)).toEqual([undefined, undefined, undefined]);
    expect(rows.map((r) => r.title)).toEqual(["Annual report 1", "Annual report 2", "Annual report 3"]);
  });

  it("knows the extension of a link's path and the files a field's own words name", () => {
    expect(linkExtension("https://cdn.example/a/142.MP3?x=1#t")).toBe("mp3");
    expect(linkExtension("https://cdn.example/a/142")).toBeUndefined();
    expect(linkExtension("not a url")).toBeUndefined();
    const [audio, page] = fieldSpecsFromSchema({ type: "object", properties: { audio_url: { type: "string", format: "uri" }, url: { type: "string", format: "uri" } } });
    expect(fileExtensions(planField(audio!))?.has("mp3")).toBe(true);
    expect(fileExtensions(planField(page!))).toBeNull();
  });
});

describe("a link field named for what the records are", () => {
  // A video list whose videos are pages, with nothing classed or labelled "video".
  const video = (n: number, title: string) =>
    `<div class="item"><a class="thumb" href="/watch?v=abc${n}"><img src="/t/${n}.jpg" alt=""><span class="time">12:0${n}</span></a>` +
    `<div class="info"><h3><a href="/watch?v=abc${n}">${title}</a></h3><span class="meta">${n}K views</span><a class="channel" href="/c/cook${n}">Cooking Channel ${n}</a></div></div>`;
  const videos = video(1, "How to bake sourdough bread") + video(2, "Ten knife skills every cook needs") + video(3, "The perfect omelette");
  const pages = ["https://pod.example/watch?v=abc1", "https://pod.example/watch?v=abc2", "https://pod.example/watch?v=abc3"];

  it("is the record's main link, not a video file's, when the query says every video", () => {
    expect(rowsOf(videos, "item", "every video with title and video link").map((r) => r.videoLink)).toEqual(pages);
    // A schema's field is named for the records as the pipeline marks it (markRecordNames).
    const fields = markRecordNames(fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, videoUrl: { type: "string", format: "uri" } } }), "every video");
    const rows = extractRows(region(parseHtml(`<main>${videos}</main>`), byClass("item")), { pageUrl: "https://pod.example/episodes", fields, q: "every video" });
    expect(rows.map((r) => r.row.videoUrl)).toEqual(pages);
  });
});
