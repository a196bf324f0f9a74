import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "../fields/extract";
import { fieldSpecsFromSchema } from "../fields/spec";
import { abbreviates } from "./header-text";
import { findRecords } from "./index";

describe("table headers spelt out in their title", () => {
  it("takes a title for the header only when the header abbreviates it", () => {
    const spelt: [string, string][] = [["P", "Played"], ["GD", "Goal difference"], ["Pts", "Points"], ["GF", "Goals for"], ["Qty.", "Quantity"]];
    for (const [short, full] of spelt) expect(abbreviates(short, full), short).toBe(true);
    const other: [string, string][] = [["P", "Sort by points"], ["Points", "Points"], ["GD", "Click to sort"], ["W", "Sort by wins"], ["Pos", "Position in the league table this season after matchday 13"]];
    for (const [short, full] of other) expect(abbreviates(short, full), short).toBe(false);
  });

  it("fills played, goal difference, position and points from 'P', 'GD', 'Pos' and 'Pts' headers", () => {
    const teams: [string, number, number, number][] = [["Leeds", 13, 18, 30], ["Hull", 13, 12, 24], ["York", 12, -4, 15], ["Bury", 13, -12, 11]];
    const doc = parseHtml(
      `<html><body><h1>League table</h1><table><thead><tr><th>Pos</th><th>Club</th><th title="Played">P</th><th><abbr title="Goal difference">GD</abbr></th><th abbr="Sort by points">Pts</th></tr></thead><tbody>` +
        teams.map(([club, p, gd, pts], i) => `<tr><td>${i + 1}</td><td>${club}</td><td>${p}</td><td>${gd > 0 ? "+" : ""}${gd}</td><td>${pts}</td></tr>`).join("") +
        `</tbody></table></body></html>`,
    );
    const region = findRecords(doc)!;
    const int = { type: "integer" };
    const fields = fieldSpecsFromSchema({ type: "object", properties: { position: int, club: { type: "string" }, played: int, goalDifference: int, points: int } });
    const rows = extractRows(region, { pageUrl: "https://league.example/table", fields, q: "every team" }).map((r) => r.row);
    expect(rows).toEqual(teams.map(([club, played, goalDifference, points], i) => ({ position: i + 1, club, played, goalDifference, points })));
  });
});
