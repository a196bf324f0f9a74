/** Test helpers for record detection: a page around a body, the records' texts, page chrome, cards. */
import { parseHtml, textContent, type Element } from "../dom";

export const page = (body: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
export const texts = (records: Element[][]) => records.map((r) => r.map((e) => textContent(e)).join(" | "));

export const MENU = `<header><nav><ul>${["Home", "Products", "Team", "Careers", "Blog", "Contact", "Press", "Legal"]
  .map((w) => `<li><a href="/${w.toLowerCase()}">${w}</a></li>`)
  .join("")}</ul></nav></header>`;
export const FOOTER = `<footer><div class="cols">${[1, 2, 3, 4]
  .map((c) => `<div class="col"><h4>Column ${c}</h4><ul>${[1, 2, 3, 4].map((l) => `<li><a href="/f/${c}/${l}">Footer link ${c}.${l}</a></li>`).join("")}</ul></div>`)
  .join("")}</div></footer>`;

export function cards(n: number): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    out.push(
      `<div class="card"><img src="/i/${i}.jpg" alt=""><h3 class="name"><a href="/p/${i}">Espresso machine model ${i}</a></h3>` +
        `<p class="price">€${100 + i}.00</p><p class="blurb">A compact machine with a steam wand, number ${i}.</p></div>`,
    );
  }
  return out.join("\n");
}
