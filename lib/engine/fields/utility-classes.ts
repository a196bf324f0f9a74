/**
 * Utility CSS classes (Tailwind, Bootstrap): `text-sm`, `font-bold`, `bg-white`, `mt-2`,
 * `grid-cols-3`, `hover:underline`. They say how an element looks, not what it holds, yet split
 * into words they would name fields: `text-sm` gives "text" (a description's word), `bg-white`
 * "white" (a colour), `font-bold` "bold". A class is a utility when it carries a variant prefix
 * (`md:`, `hover:`) or an arbitrary value (`w-[120px]`), when it is a bare utility word (`flex`,
 * `truncate`), or when its first word is a utility prefix AND everything after it is a size,
 * colour, scale or keyword token. A prefix alone is not enough: `text-description`, `text-price`
 * and `font-family-name` are an author's names and keep their words, as `price` and
 * `product-title` do.
 */
import { memoByString } from "./string-memo";

/** Classes that are a utility whole. */
const BARE = new Set(
  (
    "flex grid block inline inline-block inline-flex inline-grid hidden contents table table-row table-cell flow-root " +
    "static relative absolute fixed sticky visible invisible collapse isolate container " +
    "underline overline line-through no-underline uppercase lowercase capitalize normal-case italic not-italic truncate antialiased " +
    "grow shrink rounded border shadow ring outline transition transform filter blur sr-only not-sr-only " +
    "clearfix d-flex d-block d-none d-inline d-inline-block d-grid row col"
  ).split(" "),
);

/** First words of utilities that take a token after them (`text-sm`, `mt-2`, `bg-gray-100`). */
const PREFIXES = new Set(
  (
    "text font bg border rounded shadow ring outline divide decoration placeholder accent caret fill stroke from via to " +
    "p px py pt pb pl pr ps pe m mx my mt mb ml mr ms me space gap w h min max size inset top right bottom left start end z " +
    "flex grid col row items justify content self place order basis grow shrink auto leading tracking line whitespace break " +
    "overflow overscroll object aspect opacity blur brightness contrast translate scale rotate skew origin transition duration ease delay animate " +
    "cursor select pointer resize scroll snap touch list align float clear display d fw fs lh g gx gy offset btn"
  ).split(" "),
);

/** Tokens a utility ends in: sizes, scales, colours and their shades, keywords of layout and type. */
const TOKEN =
  /^(?:-?\d+(?:\.\d+)?(?:\/\d+)?|px|xs|sm|md|lg|xl|\d?xl|base|none|full|auto|screen|svh|dvh|min|max|fit|prose|inherit|initial|current|transparent|white|black|(?:slate|gray|grey|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose)|thin|extralight|light|normal|medium|semibold|bold|extrabold|heavy|tight|tighter|snug|relaxed|loose|wide|wider|widest|left|center|right|justify|start|end|between|around|evenly|baseline|stretch|top|bottom|middle|x|y|t|b|l|r|s|e|w|h|cols|rows|col|row|span|wrap|nowrap|reverse|hidden|visible|scroll|clip|ellipsis|cover|contain|square|video|solid|dashed|dotted|double|opacity|primary|secondary|success|danger|warning|info|muted|dark|body|emphasis|subtle|italic|underline|uppercase|lowercase|capitalize|all|colors|shadow|transform|in|out|linear|pointer|default|grow|shrink|inline|block|flex|grid|first|last|clamp|gradient|disc|decimal|mono|sans|serif|break|words|normal)$/;

/** Whether a class is a utility that says how an element looks, not what it holds. */
export function isUtilityClass(cls: string): boolean {
  return memoUtility(cls);
}

const memoUtility = memoByString(utilityClass);

function utilityClass(cls: string): boolean {
  const c = cls.toLowerCase();
  // A variant (`md:w-1/2`, `hover:underline`), an arbitrary value (`w-[120px]`), an important mark (`!mt-0`).
  if (c.includes(":") || c.includes("[") || c.startsWith("!")) return true;
  if (BARE.has(c)) return true;
  const words = c.replace(/^-/, "").split("-");
  if (words.length < 2 || !PREFIXES.has(words[0]!)) return false;
  return words.slice(1).every((w) => TOKEN.test(w));
}

/** A class attribute without its utility classes: the words an author chose to name things. */
export function semanticClasses(value: string | undefined): string | undefined {
  if (!value) return value;
  return memoSemantic(value);
}

const memoSemantic = memoByString((value: string) =>
  value
    .split(/\s+/)
    .filter((c) => c && !isUtilityClass(c))
    .join(" "),
);
