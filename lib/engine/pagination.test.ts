import { describe, expect, it } from "vitest";
import { parseHtml } from "./dom";
import { elementByXPath } from "./xpath";
import { findNextLink, nextLinkCandidates } from "./pagination";

const PAGE = "https://shop.example/list?page=3";
const page = (body: string, head = "") => parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const next = (body: string, url = PAGE, head = "") => findNextLink(page(body, head), url);

/** Some unrelated content every page has, so the tests are not just "the only link wins". */
const NOISE = `<header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/list?page=1">Catalogue</a></nav></header>
<ul class="items"><li><a href="/item/1">Blue shirt</a></li><li><a href="/item/2">Red shirt</a></li><li><a href="/item/3">Next-gen socks</a></li></ul>`;

describe("findNextLink", () => {
  it("follows rel=next on a link", () => {
    const got = next(`${NOISE}<div><a href="/list?page=2">Back</a> <a rel="next" href="/list?page=4">Continue</a></div>`);
    expect(got?.url).toBe("https://shop.example/list?page=4");
    expect(got?.reason).toContain("rel=next");
  });

  it("follows <link rel=next> in head when a link on the page leads there too", () => {
    const got = next(`${NOISE}<p><a href="/list?page=4">more</a></p>`, PAGE, `<link rel="next" href="https://shop.example/list?page=4">`);
    expect(got?.url).toBe("https://shop.example/list?page=4");
    expect(got?.xpath).toBe("/head[1]/link[1]");
  });

  it("does not follow a <link rel=next> that no link on the page leads to", () => {
    // A magazine-style front page: the CMS emits rel=next, the theme shows no pager.
    const head = `<link rel="next" href="https://shop.example/?paged=2">`;
    expect(next(NOISE, "https://shop.example/", head)).toBeNull();
    const c = nextLinkCandidates(page(NOISE, head), "https://shop.example/");
    expect(c[0]?.reason).toContain("no visible link");
  });

  it("recognises 'Next ›' text and returns a matching xpath", () => {
    const doc = page(`${NOISE}<div class="pages"><a href="/list?page=2">‹ Prev</a> <a href="/list?page=4">Next ›</a></div>`);
    const got = findNextLink(doc, PAGE);
    expect(got?.url).toBe("https://shop.example/list?page=4");
    expect(got?.text).toBe("Next ›");
    expect(elementByXPath(doc, got!.xpath)).toBe(got!.element);
  });

  it.each([
    ["Suivant", "/liste/page/4"],
    ["Weiter", "/liste/seite-4.html"],
    ["下一页", "/liste/4.html"],
    ["Siguiente »", "/liste?pagina=4"],
    ["Следующая", "/liste?p=4"],
  ])("recognises the localized label %s", (label, href) => {
    const got = next(`${NOISE}<p><a href="/liste/a">Accueil</a> <a href="${href}">${label}</a></p>`, "https://shop.example/liste/");
    expect(got?.url).toBe(new URL(href, "https://shop.example/liste/").href);
  });

  it("reads a long title by its head and an icon-only link by its class", () => {
    const title = `<div class="pagenav"><a href="/f/12?page=4" title="Next Page - Results 61 to 80 of 240">&gt;</a></div>`;
    expect(next(`${NOISE}${title}`, "https://shop.example/f/12?page=3")?.reason).toContain("Next Page");
    const icon = `<ul class="pagination"><li><a href="/list/after-x9"><i class="fa fa-chevron-right"></i></a></li></ul>`;
    expect(next(`${NOISE}${icon}`)?.url).toBe("https://shop.example/list/after-x9");
    // The same arrow icon on a menu entry with its own words is decoration.
    expect(next(`${NOISE}<ul><li><a href="/fiction"><i class="arrow-right"></i> Fiction &amp; Literature</a></li></ul>`)).toBeNull();
  });

  it("takes the number after the current page of a numbered pager", () => {
    // Opaque cursors in the hrefs: only the pager's numbering can tell which link is next.
    const pager = `<ul class="pagination"><li><a href="/list?c=k1">1</a></li><li><a href="/list?c=x2">2</a></li>
      <li class="active"><span>3</span></li><li><a href="/list?c=q4">4</a></li><li><a href="/list?c=z5">5</a></li></ul>`;
    const got = next(`${NOISE}${pager}`, "https://shop.example/list?c=m3");
    expect(got?.url).toBe("https://shop.example/list?c=q4");
    expect(got?.reason).toContain("page number 4 after current 3");
  });

  it("recognises the current page by its URL when the pager does not mark it", () => {
    const pager = `<div><a href="/c?page=1&amp;sort=new">1</a> <a href="/c?sort=new&amp;page=2">2</a> <a href="/c?page=3&amp;sort=new">3</a></div>`;
    const got = next(`${NOISE}${pager}`, "https://shop.example/c?page=2&sort=new&utm_source=mail");
    expect(got?.url).toBe("https://shop.example/c?page=3&sort=new");
  });

  it("uses aria-current and a neutral container for the current page", () => {
    const pager = `<div><a href="/c/p1">1</a> <a href="/c/p2" aria-current="page">2</a> <a href="/c/p3">3</a> <a href="/c/p4">4</a></div>`;
    expect(next(`${NOISE}${pager}`, "https://shop.example/c/p2")?.url).toBe("https://shop.example/c/p3");
  });

  it("uses the ?page=N+1 URL pattern to back an arrow link", () => {
    const got = next(`${NOISE}<div><a href="/list?page=9">»</a> <a href="/list?page=4">»</a></div>`);
    expect(got?.url).toBe("https://shop.example/list?page=4");
    expect(got?.reason).toContain("page=4");
  });

  it("follows a 'Load more' link classed as one, and not a 'View more' link to elsewhere", () => {
    expect(next(`${NOISE}<div class="more"><a class="btn load-more" href="/members">Load more</a></div>`)?.url).toBe("https://shop.example/members");
    expect(next(`${NOISE}<a class="loadMore" href="/list/next">Load more results</a>`)?.url).toBe("https://shop.example/list/next");
    expect(next(`${NOISE}<a class="btn view-more" href="/members">View more</a>`)).toBeNull();
    expect(next(`${NOISE}<a class="btn load-more" href="/members">Members</a>`)).toBeNull();
  });

  it("returns null for a disabled next (span, .disabled, aria-disabled)", () => {
    const pager = (nextHtml: string) =>
      `${NOISE}<ul class="pagination"><li><a href="/list?page=2">« Prev</a></li><li><a href="/list?page=2">2</a></li><li class="active"><span>3</span></li>${nextHtml}</ul>`;
    expect(next(pager(`<li><span>Next »</span></li>`))).toBeNull();
    expect(next(pager(`<li class="disabled"><a href="/list?page=4">Next »</a></li>`))).toBeNull();
    expect(next(pager(`<li><a class="next disabled" href="/list?page=4">Next »</a></li>`))).toBeNull();
    expect(next(pager(`<li><a aria-disabled="true" href="/list?page=4">Next »</a></li>`))).toBeNull();
    expect(next(pager(`<li><a href="#">Next »</a></li>`))).toBeNull();
    expect(next(pager(`<li><a href="javascript:void(0)">Next »</a></li>`))).toBeNull();
  });

  it("returns null on the last page of a numbered pager", () => {
    const pager = `<div class="pager"><a href="/list?page=1">1</a> <a href="/list?page=2">2</a> <strong>3</strong></div>`;
    expect(next(`${NOISE}${pager}`)).toBeNull();
  });

  it("does not take 'next article' over a real pager, nor alone", () => {
    const article = `<div class="post-nav"><a href="/blog/other-story">Next article »</a></div>`;
    const pager = `<nav class="pagination"><a href="/list?page=2">2</a> <span class="current">3</span> <a href="/list?page=4">4</a></nav>`;
    expect(next(`${NOISE}${article}${pager}`)?.url).toBe("https://shop.example/list?page=4");
    expect(next(`${NOISE}${article}`)).toBeNull();
    expect(next(`${NOISE}<a href="/blog/b">Next post</a>`)).toBeNull();
  });

  it("picks next when prev and next are both present", () => {
    const got = next(`${NOISE}<div class="paging"><a href="/list?page=2">« Previous</a> | <a href="/list?page=4">Next »</a></div>`);
    expect(got?.url).toBe("https://shop.example/list?page=4");
  });

  it("ignores first/last links and links to other hosts", () => {
    const body = `${NOISE}<div class="pagination"><a href="/list?page=1">« First</a> <a href="/list?page=9">Last »</a></div>
      <a href="https://ads.example.net/next">Next</a>`;
    expect(next(body)).toBeNull();
  });

  it("resolves against <base href> and drops the fragment", () => {
    const got = next(`${NOISE}<a href="list?page=4#top">Next</a>`, PAGE, `<base href="https://shop-cdn.example/catalog/">`);
    expect(got?.url).toBe("https://shop-cdn.example/catalog/list?page=4");
  });

  it("gives the next page without a user name and password, from its link or from <base href>", () => {
    expect(next(`${NOISE}<a rel="next" href="https://alice:s3cret@shop.example/list?page=4">Next</a>`)?.url).toBe("https://shop.example/list?page=4");
    const based = next(`${NOISE}<a href="list?page=4">Next</a>`, PAGE, `<base href="https://alice:s3cret@shop.example/">`);
    expect(based?.url).toBe("https://shop.example/list?page=4");
    // The current page is still recognised through a base that holds them.
    expect(next(`${NOISE}<a href="list?page=3">Next</a>`, PAGE, `<base href="https://alice:s3cret@shop.example/">`)).toBeNull();
  });

  it("never returns the current page", () => {
    expect(next(`${NOISE}<a href="/list?page=3#reviews">Next</a>`)).toBeNull();
    expect(next(`${NOISE}<a rel="next" href="/list/?utm_source=x&amp;page=3">Next</a>`)).toBeNull();
  });

  it("returns null on a page without pagination, and lists scored candidates best first", () => {
    const doc = page(NOISE);
    expect(findNextLink(doc, PAGE)).toBeNull();
    const c = nextLinkCandidates(page(`${NOISE}<a href="/list?page=4">Next</a> <a rel="next" href="/list?page=4">more</a>`), PAGE);
    expect(c[0]?.url).toBe("https://shop.example/list?page=4");
    for (let i = 1; i < c.length; i++) expect(c[i - 1]!.score).toBeGreaterThanOrEqual(c[i]!.score);
  });

  it.each([
    [
      "phpBB-style icon link with screen-reader text",
      "https://f.example/viewforum.php?f=2&start=25",
      `<div class="pagination"><ul><li class="arrow previous"><a href="./viewforum.php?f=2" rel="prev"><i class="fa-chevron-left"></i><span class="sr-only">Previous</span></a></li>
       <li><a href="./viewforum.php?f=2">1</a></li><li class="active"><span>2</span></li><li><a href="./viewforum.php?f=2&amp;start=50">3</a></li>
       <li class="arrow next"><a href="./viewforum.php?f=2&amp;start=50"><i class="fa-chevron-right"></i><span class="sr-only">Next</span></a></li></ul></div>`,
      "https://f.example/viewforum.php?f=2&start=50",
    ],
    [
      "Discuz-style class nxt and offset-free URLs",
      "https://c.example/forum-2-1.html",
      `<div class="pg"><strong>1</strong><a href="forum-2-2.html">2</a><a href="forum-2-3.html">3</a><a href="forum-2-2.html" class="nxt">下一页</a></div>`,
      "https://c.example/forum-2-2.html",
    ],
    [
      "blog home with only 'Older Posts'",
      "https://x.example/",
      `<div class="blog-pager"><a class="home-link" href="https://x.example/">Home</a><a class="blog-pager-older-link" href="/search?updated-max=2016&amp;max-results=7">Older Posts</a></div>`,
      "https://x.example/search?updated-max=2016&max-results=7",
    ],
    [
      "post navigation on an article page",
      "https://n.example/2016/03/story",
      `<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2016/03/older" rel="prev">Older story</a></div>
       <div class="nav-next"><a href="/2016/03/newer" rel="next">Newer story</a></div></div></nav>`,
      null,
    ],
    [
      "event calendar month arrows",
      "https://e.example/events",
      `<div class="calendar-pager"><a href="/events?month=2016-02">‹ February</a> <a class="next" href="/events?month=2016-04">Next month ›</a></div>`,
      null,
    ],
  ])("handles a %s", (_name, url, html, want) => {
    expect(next(`${NOISE}${html}`, url)?.url ?? null).toBe(want);
  });

  // Linear, not quadratic: eight times the links may take about eight times as long, never 64. The
  // threshold sits between the two by a factor of ~3 each way, so load noise cannot cross it.
  // Compared with itself rather than with a clock, so a busy machine cannot fail it: the two sizes
  // are timed in turn and each keeps its fastest run.
  it("stays linear on a page with many links", () => {
    const pageOf = (n: number) => page(`<ul class="pages">${Array.from({ length: n }, (_, i) => `<li><a href="/item/${i}">${i}</a></li>`).join("")}</ul><a href="/list?page=4">Next</a>`);
    const small = pageOf(5_000);
    const large = pageOf(40_000);
    // CPU time, not wall time: on a loaded machine another process's turn lands in one size's
    // runs (the ratio failed at load 9 with wall time); the fastest of five smooths GC pauses.
    const cpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const fastest = { small: Infinity, large: Infinity };
    for (let run = 0; run < 5; run++) {
      for (const [size, doc] of [["small", small], ["large", large]] as const) {
        const t = cpuMs();
        expect(findNextLink(doc, PAGE)?.url).toBe("https://shop.example/list?page=4");
        fastest[size] = Math.min(fastest[size], cpuMs() - t);
      }
    }
    expect(fastest.large / fastest.small).toBeLessThan(24);
  });
});
