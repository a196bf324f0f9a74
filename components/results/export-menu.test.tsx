import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExportMenu } from "./export-menu";

const menu = (malformedCount: number | undefined, ready = true) =>
  renderToStaticMarkup(
    <ExportMenu taskId="t-1" provider={null} columns={["name"]} viewPositions={async () => new Int32Array(0)} ready={ready} filtered={false} malformedCount={malformedCount} />,
  );
const note = (html: string) => /data-testid="export-malformed-note"[^>]*>([^<]*)</.exec(html)?.[1];

describe("ExportMenu", () => {
  it("says, beside the export buttons, that the exports leave out the result's malformed lines", () => {
    expect(note(menu(1))).toBe("1 line of the result is not a row (malformed): every export leaves it out, as the grid does. The skipped lines are listed below.");
    expect(note(menu(2_500))).toBe("2,500 lines of the result are not rows (malformed): every export leaves them out, as the grid does. The skipped lines are listed below.");
  });

  it("counts them as found so far while the rows are still loading", () => {
    expect(note(menu(3, false))).toMatch(/^3 lines of the result are not rows \(malformed\) so far: /);
  });

  it("says nothing when every line is a row", () => {
    expect(menu(0)).not.toContain("export-malformed-note");
    expect(menu(undefined)).not.toContain("export-malformed-note");
    expect(menu(0)).toContain('data-testid="export-csv"');
  });
});
