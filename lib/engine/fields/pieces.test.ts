import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { collectPieces } from "./pieces";
import { byClass, region } from "./testing";

describe("collectPieces", () => {
  it("takes no value from a record's form or from what the page hides", () => {
    const doc = parseHtml(`<div>${["Smartlink Group|2688 0686", "Intro-Sino Printing|2602 6580", "High Tech Corporation|2145 4070"]
      .map((s) => s.split("|"))
      .map(
        ([name, phone]) => `<div class="listing"><span class="cname"><a href="/c/${phone}">${name}</a></span> <span class="tel">${phone}</span>
        <div class="email_form_div" style="clear:both; display:none"><form><table>
          <tr><td>Your Name<span>*</span></td><td><input name="fromName"></td></tr></table></form></div>
        <form class="quick"><label>Your Email</label><input name="email"></form>
        <p hidden>Withheld</p><p style="visibility: hidden">Also withheld</p><p style="display: block">Kwun Tong</p></div>`,
      )
      .join("")}</div>`);
    const records = collectPieces(region(doc, byClass("listing")).records, "https://yp.example/");
    const texts = records.map((r) => r.pieces.map((p) => p.text).filter(Boolean));
    expect(texts[0]).toEqual(["Smartlink Group", "2688 0686", "Kwun Tong"]);
    expect(texts.flat().join(" ")).not.toMatch(/Your|Withheld/);
  });
});
