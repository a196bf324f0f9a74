import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { noRecords } from "./messages";

const page = (body: string) => parseHtml(`<html><body><header><a href="/">Acme</a></header><main><h1>Careers</h1><p>Join a team that builds tools people love to use every day.</p>${body}</main></body></html>`);

describe("a seed page without records, with a frame", () => {
  it("says the items may be in the framed page, and names its address", () => {
    expect(noRecords(page(`<iframe src="https://boards.example-jobs.com/embed/job_board?for=acme" width="100%" height="900"></iframe>`))).toBe(
      "The seed page shows another page in a frame (https://boards.example-jobs.com/embed/job_board?for=acme), which the engine does not read as part of this one. If the items are in that frame, point the URL at that address.",
    );
    expect(noRecords(page(`<iframe srcdoc="<ul><li>Backend Engineer</li><li>Designer</li></ul>"></iframe>`))).toMatch(/^The seed page shows its content in a frame written into the page \(an <iframe srcdoc>\)/);
  });

  it("says nothing of a video, a map, a tracking pixel or a hidden frame", () => {
    for (const frame of [
      `<iframe src="https://www.youtube.com/embed/abc" width="560" height="315"></iframe>`,
      `<iframe src="https://www.google.com/maps/embed?pb=1" width="600" height="450"></iframe>`,
      `<iframe src="https://ads.example/pixel" width="1" height="1"></iframe>`,
      `<iframe src="/sync" style="display:none"></iframe>`,
    ])
      expect(noRecords(page(frame))).toMatch(/^No repeated records were found/);
  });
});
