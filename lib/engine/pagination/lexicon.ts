/**
 * Words and symbols that label pagination links, in the languages listing sites commonly use.
 * Matching is on whole words (letters/digits around a match break it) for alphabetic scripts, and on
 * specific phrases for CJK, where single characters such as 次 occur inside unrelated words (目次).
 */

export type Direction = "next" | "prev" | "edge" | "none";

const NEXT_WORDS = [
  "next", "next page", "nextpage", "suivant", "suivante", "page suivante", "weiter", "nächste", "nächste seite",
  "naechste", "vorwärts", "siguiente", "siguientes", "próxima", "próximo", "proxima", "proximo", "seguinte",
  "successiva", "successivo", "seguente", "avanti", "volgende", "verder", "następna", "następne", "nastepna", "dalej", "další",
  "dalsi", "следующая", "следующие", "следующая страница", "далее", "вперёд", "вперед", "след", "наступна", "nästa",
  "neste", "næste", "seuraava", "sonraki", "ileri", "επόμενη", "tiếp", "tiếp theo", "berikutnya", "selanjutnya",
  "التالي", "التالية", "بعدی", "بعدي", "صفحه بعد", "הבא", "अगला", "következő", "urmatoarea", "următoarea", "sljedeća", "naslednja",
];
const PREV_WORDS = [
  "prev", "previous", "previous page", "précédent", "précédente", "precedent", "page précédente", "zurück", "vorherige",
  "vorige", "anterior", "anteriores", "precedente", "indietro", "poprzednia", "poprzednie", "předchozí", "predchozi",
  "предыдущая", "предыдущие", "назад", "пред", "попередня", "föregående", "forrige", "edellinen", "önceki", "geri",
  "προηγούμενη", "trước", "sebelumnya", "السابق", "قبلی", "قبلي", "صفحه قبل", "הקודם", "पिछला", "előző", "back",
];
const EDGE_WORDS = [
  "last", "first", "last page", "first page", "letzte", "erste", "dernière", "dernier", "première", "premier", "última",
  "último", "primera", "primero", "primeira", "ultima", "ultimo", "prima", "laatste", "eerste", "ostatnia", "pierwsza",
  "poslední", "první", "последняя", "первая", "последняя страница", "первая страница", "sista", "första", "نخست", "اول", "آخر", "الأول", "الأخير", "الأولى", "الأخيرة",
];
/** CJK phrases are matched as substrings. */
const NEXT_CJK = ["次へ", "次のページ", "次ページ", "次の", "下一页", "下一頁", "下页", "下頁", "后页", "後頁", "다음"];
const PREV_CJK = ["前へ", "前のページ", "前ページ", "前の", "上一页", "上一頁", "上页", "上頁", "前页", "前頁", "이전"];
const EDGE_CJK = ["最後", "最初", "末页", "尾页", "首页", "末頁", "首頁", "最终页", "마지막", "처음"];

/** Single-glyph arrows; the doubled/barred forms usually mean first/last. */
const NEXT_SYMBOLS = /^(?:›|»|→|>|▶|►|▸|⟩|〉|❯|⇒|⇢|⟶|➔|➜|➝|➞|➡|⮞|ᐅ|〉|＞|>>|››|»»)$/u;
const PREV_SYMBOLS = /^(?:‹|«|←|<|◀|◄|◂|⟨|〈|❮|⇐|⇠|⟵|⬅|⮜|ᐊ|〈|＜|<<|‹‹|««)$/u;
const EDGE_SYMBOLS = /^(?:»\||\|«|>\||\|<|⇥|⇤|⏭|⏮|>>\||\|<<)$/u;
const RIGHT_ARROW_ANYWHERE = /[›»→▶►▸❯⇒➔➜➡]|(?:^|\s)>{1,2}(?:\s|$)/u;
const LEFT_ARROW_ANYWHERE = /[‹«←◀◄◂❮⇐⬅]|(?:^|\s)<{1,2}(?:\s|$)/u;

/** A single item (article, post…) rather than a page of them: "next article" is not pagination. */
const ITEM_NOUNS =
  /(?<![\p{L}\p{N}])(?:article|post|story|entry|episode|chapter|photo|image|picture|video|recipe|review|product|item|thread|topic|artikel|beitrag|eintrag|billet|noticia|notícia|articolo|artículo|статья|запись|новость)(?![\p{L}\p{N}])|記事|文章|下一篇|上一篇|次の話|前の話/iu;
/** "Load more" style links often fetch the next page. */
const MORE_WORDS = /^(?:load|show|view|see|display) (?:\d{1,3} )?more(?: [\p{L}]+)?$|^more (?:results|posts|items|articles|products|entries|news)$/iu;
/**
 * A "Load more" / "Show 20 more" / "Show more results" label (case and spacing aside), with the
 * arrow or count the page draws beside it ("Load more ↓", "Load more (24)").
 */
export const isMoreLabel = (label: string) => MORE_WORDS.test(moreWords(label));
const moreWords = (label: string) =>
  label
    .replace(/\s+/g, " ")
    .replace(/\s*\(\d[\d,.]*\)\s*$/u, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .trim();

/** Chronological blog navigation: direction depends on the blog, so it is only a weak hint. */
const CHRONO_WORDS =
  /(?<![\p{L}])(?:older|newer|earlier|later|ältere|neuere|anciens|récents|plus anciens|antiguas|antiguos|recientes|più vecchi|più recenti|oudere|nieuwere|ouder|nieuwer|старые|новые|старше|новее)(?![\p{L}])|古い|新しい|以前の|较早|更早|较新|更新的/iu;

/** Words that may accompany "next" in a pagination label without changing its meaning. */
const FILLER =
  /(?<![\p{L}])(?:page|pages|seite|pagina|página|páginas|страница|страницу|стр|results|resultados|résultats|ergebnisse|posts|entries|items|articles|products|news|set|topics|threads|events|listings|search|the|to|go|of|number|nr|no|la|le|de|die|à|a|zur|zu|alla|al)(?![\p{L}])|ページ|页|頁|件/giu;

const CALENDAR_WORDS =
  /(?<![\p{L}])(?:day|week|month|year|days|weeks|months|tag|woche|monat|jahr|jour|semaine|mois|année|día|semana|mes|año|giorno|settimana|mese|anno|dag|maand|jaar|день|неделя|месяц|год)(?![\p{L}])|[週月]/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordsRe = (words: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{N}])`, "iu");
const NEXT_RE = wordsRe(NEXT_WORDS);
const PREV_RE = wordsRe(PREV_WORDS);
const EDGE_RE = wordsRe(EDGE_WORDS);
const NEXT_CJK_RE = new RegExp(NEXT_CJK.map(escape).join("|"), "u");
const PREV_CJK_RE = new RegExp(PREV_CJK.map(escape).join("|"), "u");
const EDGE_CJK_RE = new RegExp(EDGE_CJK.map(escape).join("|"), "u");

export interface LabelSignal {
  direction: Direction;
  /** How sure: 3 = the label is the word/symbol itself, 2 = contains it, 1 = weak hint. */
  strength: number;
  itemNav: boolean;
  /** "Next week", "mois suivant": calendar navigation, not pagination. */
  calendar?: boolean;
  /** The whole label is an arrow glyph, not a word. */
  symbol?: boolean;
  why: string;
}

const NONE: LabelSignal = { direction: "none", strength: 0, itemNav: false, why: "" };

/**
 * Classifies a human label (link text, aria-label, title, img alt). Long labels are article titles
 * far more often than pagination, so only short ones count.
 */
export function classifyLabel(raw: string): LabelSignal {
  const full = raw.normalize("NFKC").replace(/\s+/g, " ").trim();
  // Titles such as "Next Page - Results 21 to 40 of 100": the part before the separator is the label.
  const label = full.split(/\s[-–—|:]\s|[,(:]/u)[0]!.trim() || full;
  if (!label || label.length > 40) return NONE;
  const lower = label.toLowerCase();
  const itemNav = ITEM_NOUNS.test(lower);
  if (EDGE_SYMBOLS.test(lower)) return { direction: "edge", strength: 3, itemNav, why: `symbol '${label}'` };
  if (NEXT_SYMBOLS.test(lower)) {
    const doubled = lower.length > 1 && !/^>$|^＞$/.test(lower);
    return { direction: "next", strength: doubled ? 2 : 3, itemNav, symbol: true, why: `symbol '${label}'` };
  }
  if (PREV_SYMBOLS.test(lower)) return { direction: "prev", strength: 3, itemNav, why: `symbol '${label}'` };
  // Edge words first: "Last »" is the last page even though it carries a next arrow.
  if (EDGE_RE.test(lower) || EDGE_CJK_RE.test(lower)) return { direction: "edge", strength: 3, itemNav, why: `text '${label}'` };
  const next = NEXT_RE.test(lower) || NEXT_CJK_RE.test(label) || /^次$|^次\s*[»›>]|^下一?$|^vor\s*[»›>]?$/i.test(label);
  const prev = PREV_RE.test(lower) || PREV_CJK_RE.test(label) || /^前$|^[«‹<]\s*前$|^上一?$/.test(label);
  const right = RIGHT_ARROW_ANYWHERE.test(lower);
  const left = LEFT_ARROW_ANYWHERE.test(lower);
  if (next && !prev) {
    // "Next-gen socks" names a product; "Next page »" is pagination. Judge by what is left besides
    // the next word, arrows, numbers and words that just say "page(s)/results".
    const rest = lower
      .replace(NEXT_RE, " ")
      .replace(NEXT_CJK_RE, " ")
      .replace(FILLER, " ")
      .replace(/[^\p{L}]+/gu, "");
    const strength = rest.length >= 2 ? 1 : label.length <= 20 ? 3 : 2;
    return { direction: "next", strength, itemNav, calendar: CALENDAR_WORDS.test(lower), why: `text '${label}'` };
  }
  if (prev && !next) return { direction: "prev", strength: 3, itemNav, why: `text '${label}'` };
  if (MORE_WORDS.test(moreWords(lower))) return { direction: "next", strength: 1, itemNav, why: `text '${label}'` };
  // "Older posts" / "Newer posts": which one is the next page depends on the blog. The site's own
  // arrow says which way its pager goes; without one both are weak candidates and the URL's page
  // number and class names decide.
  const chrono = CHRONO_WORDS.test(lower);
  if (right && !left) return { direction: "next", strength: chrono ? 2 : 1, itemNav, why: `arrow in '${label}'` };
  if (left && !right) return { direction: "prev", strength: 2, itemNav, why: `arrow in '${label}'` };
  if (chrono) return { direction: "next", strength: 1, itemNav, why: `text '${label}'` };
  return { ...NONE, itemNav };
}

/** class/id tokens: "pagination-next", "nextPage", "fa-chevron-right" → ["pagination","next",…]. */
export function tokens(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const NEXT_TOKENS = new Set(["next", "nextpage", "nextlink", "nxt", "forward", "suivant", "weiter", "siguiente", "volgende", "naechste"]);
const PREV_TOKENS = new Set(["prev", "previous", "prevpage", "prevlink", "back", "backward", "precedent", "zurueck", "anterior", "vorige"]);
const EDGE_TOKENS = new Set(["last", "first", "lastpage", "firstpage"]);
const DISABLED_TOKENS = new Set(["disabled", "inactive", "unavailable", "is-disabled"]);
const CURRENT_TOKENS = new Set(["current", "active", "selected", "on", "cur", "curr", "currentpage", "thispage", "here", "sel"]);

/** Direction from class/id tokens ("next", "chevron-right" icons…). */
export function classifyTokens(toks: string[]): Direction {
  let next = false;
  let prev = false;
  let edge = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const after = toks[i + 1];
    if (NEXT_TOKENS.has(t)) next = true;
    else if (PREV_TOKENS.has(t)) prev = true;
    else if (EDGE_TOKENS.has(t)) edge = true;
    else if (t === "right" && i > 0 && /^(?:chevron|angle|arrow|caret|triangle)$/.test(toks[i - 1]!)) next = true;
    else if (t === "left" && i > 0 && /^(?:chevron|angle|arrow|caret|triangle)$/.test(toks[i - 1]!)) prev = true;
    if ((t === "page" || t === "pager" || t === "nav") && after === "next") next = true;
    // "load-more", "loadMore", "btn_loadmore": a button that appends the next page of the list.
    // (Not "show-more" or "view-more": those also unfold a description or lead to a category.)
    if ((t === "load" && after === "more") || t === "loadmore") next = true;
  }
  if (edge) return "edge";
  if (next && !prev) return "next";
  if (prev && !next) return "prev";
  return "none";
}

export const hasDisabledToken = (toks: string[]) => toks.some((t) => DISABLED_TOKENS.has(t));
export const hasCurrentToken = (toks: string[]) => toks.some((t) => CURRENT_TOKENS.has(t));

/** class/id of a container of page links: "pagination", "pager", "wp-pagenavi", "page-numbers"… */
const PAGER_RE = /paginat|pager|paging|pagenav|page-nav|page_nav|pagenum|page-num|pagelink|page-link|pagelist|page-list|pageselect|page-select|nav-links|pgn|pagebar|page-bar|seitennav|blaettern/;
export function isPagerContainer(classAndId: string): boolean {
  const v = classAndId.toLowerCase();
  return PAGER_RE.test(v) || /(?:^|[^a-z])pages(?:[^a-z]|$)/.test(v);
}

/** Containers of previous/next *item* links on article pages (WordPress "post-navigation"…). */
const ITEM_NAV_RE = /post-?nav|postnav|single-?nav|nav-?single|entry-?nav|article-?nav|story-?nav|adjacent|prev-?next-?(?:post|article|link)|post-?links|next-?post|previous-?post/;
export function isItemNavContainer(classAndId: string): boolean {
  return ITEM_NAV_RE.test(classAndId.toLowerCase());
}

/** Blog pagers name their links "older"/"newer" in classes and ids too. */
export const hasChronoToken = (toks: string[]) => toks.some((t) => t === "older" || t === "newer");
