import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema, type FieldSpec } from "./spec";

/** A meetup's day: rooms as columns, time slots as rows, a talk (title and speaker) per filled cell. */
const ROOMS = ["Auditorium", "Lab 2", "Garden tent"];
const SLOTS: [string, (readonly [string, string] | null)[]][] = [
  ["09:30", [["Welcome and state of the project", "Ines Duarte"], null, null]],
  ["10:15", [["Profiling without guesswork", "Tomasz Nowak"], ["Hands-on: writing a parser", "Keiko Mori"], ["Open-source funding, honestly", "Ruth Adeyemi"]]],
  ["11:00", [null, ["Migrating a monolith in small steps", "Bram de Vries"], ["Type systems for the working programmer", "Olu Bakare"]]],
];
const html = `<!doctype html><html><body><h1>Programme — Saturday</h1><table class="programme">
<thead><tr><th>Time</th>${ROOMS.map((r) => `<th>${r}</th>`).join("")}</tr></thead><tbody>
${SLOTS.slice(0, 2)
  .map(
    ([time, talks]) =>
      `<tr><th scope="row">${time}</th>${talks.map((t, i) => (t ? `<td><a href="/talks/${time.replace(":", "")}-${i}">${t[0]}</a><br><span class="speaker">${t[1]}</span></td>` : "<td>–</td>")).join("")}</tr>`,
  )
  .join("")}
<tr><th scope="row">10:45</th><td colspan="3">Coffee break</td></tr>
${SLOTS.slice(2)
  .map(
    ([time, talks]) =>
      `<tr><th scope="row">${time}</th>${talks.map((t, i) => (t ? `<td><a href="/talks/${time.replace(":", "")}-${i}">${t[0]}</a><br><span class="speaker">${t[1]}</span></td>` : "<td></td>")).join("")}</tr>`,
  )
  .join("")}
</tbody></table></body></html>`;

const URL = "https://meetup.example/programme";
const rowsFor = async (q: string, fields: FieldSpec[], schema: unknown = null) =>
  (await rowsFromPage(parseHtml(html), URL, { q, url: URL, schema, verifyUrls: false } as Parameters<typeof rowsFromPage>[2], fields, null)).rows.map((r) => r.row);

/** Every filled cell as a talk: its row's time, its column's room. */
const TALKS = SLOTS.flatMap(([time, talks]) => talks.flatMap((t, i) => (t ? [{ time, room: ROOMS[i]!, title: t[0], speaker: t[1] }] : [])));

describe("scheduleGrid: a talk per filled cell of a rooms × times grid", () => {
  it("reads each talk with its row's time and its column's room, when the query asks for talks", async () => {
    const q = "every talk with time, room, title and speaker";
    const rows = await rowsFor(q, fieldSpecsFromQuery(q)!);
    expect(rows).toEqual(TALKS);
  });

  it("does the same for a schema, with each talk's link", async () => {
    // (A track before the room: the columns name no track, they are the rooms.)
    const schema = { type: "object", properties: { title: { type: "string" }, speaker: { type: "string" }, track: { type: "string" }, room: { type: "string" }, time: { type: "string" }, url: { type: "string", format: "uri" } } };
    const rows = await rowsFor("", fieldSpecsFromSchema(schema), schema);
    expect(rows.map((r) => [r.time, r.room, r.title, r.speaker])).toEqual(TALKS.map((t) => [t.time, t.room, t.title, t.speaker]));
    expect(rows[0]!.url).toBe("https://meetup.example/talks/0930-0");
    expect(Object.keys(rows[0]!)).toEqual(["title", "speaker", "room", "time", "url"]);
    expect(rows.some((r) => r.track !== undefined)).toBe(false);
  });

  it("keeps a row per time slot when the query asks for the slots", async () => {
    const q = "every time slot with time, auditorium, lab 2 and garden tent";
    const rows = await rowsFor(q, fieldSpecsFromQuery(q)!);
    expect(rows.map((r) => r.time)).toEqual(["09:30", "10:15", "10:45", "11:00"]);
  });

  it("leaves a table of figures a row per record, whatever place the query asks for", async () => {
    const table = `<table><thead><tr><th>Team</th><th>Played</th><th>Won</th><th>Points</th></tr></thead><tbody>${[
      ["Rovers", 10, 7, 22],
      ["United", 10, 6, 19],
      ["Athletic", 10, 4, 13],
    ]
      .map(([t, p, w, pts]) => `<tr><td>${t}</td><td>${p}</td><td>${w}</td><td>${pts}</td></tr>`)
      .join("")}</tbody></table>`;
    const q = "every team with team, won and venue";
    const { rows } = await rowsFromPage(parseHtml(`<html><body>${table}</body></html>`), URL, { q, url: URL, schema: null, verifyUrls: false } as Parameters<typeof rowsFromPage>[2], fieldSpecsFromQuery(q)!, null);
    expect(rows.map((r) => [r.row.team, r.row.won])).toEqual([
      ["Rovers", "7"],
      ["United", "6"],
      ["Athletic", "4"],
    ]);
  });
});
