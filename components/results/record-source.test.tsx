import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RecordSource } from "./record-source";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&gt;/g, ">");

describe("RecordSource", () => {
  it("shows a record of the page's own document as its page and XPath", () => {
    const html = renderToStaticMarkup(<RecordSource source={{ page: "https://x.example/team", xpath: "/body[1]/ul[1]/li[2]" }} />);
    expect(text(html)).toBe("Source: https://x.example/team /body[1]/ul[1]/li[2]");
    expect(html).not.toContain("row-source-frames");
  });

  it("names the frame a record read in an <iframe srcdoc> is in, before its XPath in that frame", () => {
    const one = renderToStaticMarkup(<RecordSource source={{ page: "https://x.example/deals", frames: ["/body[1]/main[1]/iframe[1]"], xpath: "/body[1]/ul[1]/li[2]" }} />);
    expect(text(one)).toBe("Source: https://x.example/deals in the frame at /body[1]/main[1]/iframe[1]: /body[1]/ul[1]/li[2]");
    const nested = renderToStaticMarkup(<RecordSource source={{ page: "https://x.example/deals", frames: ["/body[1]/iframe[2]", "/body[1]/iframe[1]"], xpath: "/body[1]/ul[1]/li[1]" }} />);
    expect(text(nested)).toBe("Source: https://x.example/deals in the frame at /body[1]/iframe[2] › its frame at /body[1]/iframe[1]: /body[1]/ul[1]/li[1]");
  });
});
