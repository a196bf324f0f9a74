/**
 * Numbers and money as pages write them: digits with the separators of the page's language or
 * currency, signs, K/M/bn multipliers, prices with their currency, and ranges of amounts. Each
 * parser returns null when the text does not hold such a value, so the extractor never invents one.
 */
import { lookup } from "../lookup";

const CURRENCY_SYMBOL = "[$€£¥₹₩₽₺₪₫฿₴₦]";
const CURRENCY_CODE = "(?:USD|EUR|GBP|CAD|AUD|NZD|JPY|CNY|CHF|INR|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|SGD|HKD|KRW|RUB|TRY|kr|zł|Rs\\.?|R\\$|CHF)";
/**
 * Digits grouped by spaces ("1 299,00", "12 345"): how French, Nordic, Polish, Czech… pages write
 * thousands, with a space or (usually) a no-break space, which page text reads as a space.
 */
const SPACED = "\\d{1,3}(?: \\d{3})+(?:[.,]\\d{1,2})?(?![\\d.,])";
const NUM = `(?:${SPACED}|\\d[\\d.,'\\u00a0\\u202f]*)`;
/** A price: a number with a currency symbol or code before or after it. */
export const MONEY = new RegExp(`(?:${CURRENCY_SYMBOL}|\\b${CURRENCY_CODE})\\s?${NUM}|${NUM}\\s?(?:${CURRENCY_SYMBOL}|${CURRENCY_CODE}\\b)`, "i");

/**
 * A number: sign, digits with their separators, a multiplier (K, M, bn, million, Mio…). A minus
 * sign starts a word or stands before a currency symbol ("-4", "−$10"); after a letter or digit it
 * is a hyphen ("Item-5", "SKU AB-12"). ".5" and "$.99" start at the point, but not "No.5" or "v.2",
 * where it ends a word. An accountant's "($5.00)" is negative.
 */
const NUMBER = new RegExp(
  `(?:(?<![\\p{L}\\p{N}_])([-−(])(${CURRENCY_SYMBOL}\\s?)?)?((?<![\\p{L}\\p{N}_.])\\.\\d+|\\d[\\d.,'\\u00a0\\u202f]*\\d|\\d)` +
    `(?:\\s?(k|m|b|t|bn|mn|tn|mio\\.?|mrd\\.?|millions?|billions?|trillions?)(?![\\p{L}\\p{N}²³/]))?`,
  "iu",
);
const MULTIPLIERS = lookup<number>({ k: 1e3, m: 1e6, mn: 1e6, mio: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, mrd: 1e9, billion: 1e9, billions: 1e9, t: 1e12, tn: 1e12, trillion: 1e12, trillions: 1e12 });

/**
 * Currencies whose countries group thousands with a dot (the euro area, Brazil, Turkey, Denmark and
 * Norway's "kr", Vietnam) and whose prices never carry three decimals. "$" and "£" are not among
 * them: there a dot is decimal, and three decimals do occur ("$3.499" a gallon of fuel).
 */
const DOT_GROUPED = "(?:[€₫₺]|R\\$|(?<!\\p{L})(?:EUR|euros?|BRL|TRY|VND|DKK|NOK|kr)(?!\\p{L}))";
const DOT_GROUPED_BEFORE = new RegExp(`${DOT_GROUPED}\\.?\\s?[-−]?$`, "iu");
const DOT_GROUPED_AFTER = new RegExp(`^(?:,[-–—])?\\s?${DOT_GROUPED}`, "iu");

/** How the page's language writes numbers, where its text alone leaves it open. */
export interface NumberStyle {
  /** A dot groups thousands ("1.200 m²" is 1200), as in German, Dutch, Italian, Portuguese… */
  dotGroups?: boolean;
  /** A space groups thousands ("1 200 m²" is 1200), as in French, Polish, Swedish, Russian… */
  spaceGroups?: boolean;
}

const styles = new Map<string, NumberStyle>();

/**
 * The number style of text in the language `lang` (an element's inherited lang attribute), as the
 * locale data of Intl writes 1234567.5: "1.234.567,5" (German, Dutch, Spanish of Spain, pt-BR…)
 * groups with dots, "1 234 567,5" (French, Russian, Swedish, pt-PT…) with spaces; "1,234,567.5"
 * (English, es-MX, es-419) and "1'234'567.5" (de-CH) read as they are written anyway.
 */
export function numberStyleOf(lang: string | undefined): NumberStyle {
  const tag = lang?.trim().toLowerCase();
  if (!tag) return {};
  let style = styles.get(tag);
  if (!style) {
    style = {};
    try {
      const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
      const group = parts.find((p) => p.type === "group")?.value;
      if (parts.find((p) => p.type === "decimal")?.value === ",") {
        if (group === ".") style = { dotGroups: true };
        else if (group && /^[\s\u00a0\u202f]$/.test(group)) style = { spaceGroups: true };
      }
    } catch {
      // Not a language tag: nothing is known.
    }
    if (styles.size < 500) styles.set(tag, style);
  }
  return style;
}

/**
 * The first number in the text. Separators are read the way the text writes them: "1,299.00" and
 * "1.299,00" are both 1299; a lone comma before 1–2 digits is a decimal comma ("39,01 €", "1,5 €");
 * a lone comma before 3 digits groups thousands ("1,299", but "0,299" is 0.299); a lone dot is
 * decimal ("$1.299" is 1.299, "£39.01"), except before exactly 3 digits beside a currency that
 * groups with dots ("1.299 €", "€1.299", "R$ 1.299" are 1299; see DOT_GROUPED) or in a language
 * that does (`style`: "1.200 m²" on a German page is 1200); ".5" is 0.5.
 * "63K" → 63000 when `suffixes` is set.
 */
export function parseNumber(text: string, suffixes = false, style: NumberStyle = {}): number | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  let digits = m[3]!.replace(/['\u00a0\u202f]/g, "");
  const start = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const spaced = spaceGrouped(text, start, style);
  if (spaced) return parseNumber(text.slice(0, start) + spaced.replace(/ /g, "") + text.slice(start + spaced.length), suffixes, style);
  const dotGrouped = () =>
    style.dotGroups || DOT_GROUPED_BEFORE.test(text.slice(0, start)) || DOT_GROUPED_AFTER.test(text.slice(start + m[3]!.length));
  const lastDot = digits.lastIndexOf(".");
  const lastComma = digits.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    digits = digits.split(group).join("").replace(decimal, ".");
  } else if (lastComma >= 0) {
    const parts = digits.split(",");
    // "0,299" is a decimal: no number is written with a group of thousands after a 0. "1,299" groups
    // thousands even in a language that writes decimals with a comma: prices written the English
    // way ("$1,299", "R1,299") are common on such pages, three decimals rare.
    const single = parts.length === 2 && (parts[1]!.length !== 3 || parts[0] === "0");
    digits = single ? parts.join(".") : parts.join("");
  } else if (digits.split(".").length > 2 || (/^[1-9]\d{0,2}\.\d{3}$/.test(digits) && dotGrouped())) {
    digits = digits.split(".").join("");
  }
  let value = Number(digits);
  if (!Number.isFinite(value)) return null;
  // "(" is a sign only around an amount of money that its ")" closes: "($5.00)", "(5.00 €)"; not
  // "(4.5)" or "(5 items)".
  const after = text.slice(start + m[3]!.length + (m[4]?.length ?? 0));
  const accounting = m[1] === "(" && (m[2] ? /^\s?\)/.test(after) : ACCOUNTING_CLOSE.test(after));
  if (m[1] && (m[1] !== "(" || accounting)) value = -value;
  const suffix = m[4]?.toLowerCase().replace(/\.$/, "");
  const priced = !!m[2] || CURRENCY_BEFORE.test(text.slice(0, start)) || CURRENCY_AFTER.test(text.slice(start + m[3]!.length + (m[4]?.length ?? 0)));
  // A lowercase "m" is a metre ("1.80 m", "85 m²") unless the number is money ("$1.2m").
  const metre = m[4] === "m" && !priced;
  // A lone "B" or "T" is a billion or trillion only glued to an amount of money, as market caps and
  // budgets write them ("$1.27T", "$410B"); elsewhere it is a size ("34B"), a pencil ("2B") or
  // tonnes ("5 t"), and "$5 T-shirts" are T-shirts.
  const bare = /^[bt]$/i.test(m[4] ?? "") && (!priced || /\s$/.test(m[0].slice(0, -1)));
  if (suffixes && suffix && !metre && !bare) value *= MULTIPLIERS[suffix]!;
  return value;
}

const ACCOUNTING_CLOSE = new RegExp(`^\\s?(?:${CURRENCY_SYMBOL}|${CURRENCY_CODE})\\s?\\)`, "iu");
const SPACED_RUN = /^\d{1,3}(?: \d{3})+(?![\d])/;
const SPACED_DECIMAL = /^[.,]\d{1,2}(?![\d.,])/;
const CURRENCY_BEFORE = new RegExp(`(?:${CURRENCY_SYMBOL}|(?<!\\p{L})${CURRENCY_CODE})\\.?\\s?[-−]?$`, "iu");
const CURRENCY_AFTER = new RegExp(`^\\s?(?:${CURRENCY_SYMBOL}|${CURRENCY_CODE}(?!\\p{L}))`, "iu");

/**
 * The space-grouped digits that start at `start` ("1 299" of "1 299,00 €"), when the text shows they
 * are one number: a currency before or after them, a decimal comma after them ("1 299,00"), or a
 * language that groups with spaces ("1 200 m²" in French). Without these, "Pack of 2 100ml" stays 2.
 */
function spaceGrouped(text: string, start: number, style: NumberStyle): string | null {
  const run = SPACED_RUN.exec(text.slice(start))?.[0];
  if (!run) return null;
  const rest = text.slice(start + run.length);
  const decimal = SPACED_DECIMAL.exec(rest)?.[0] ?? "";
  const priced = CURRENCY_BEFORE.test(text.slice(0, start)) || CURRENCY_AFTER.test(rest.slice(decimal.length));
  return priced || decimal.startsWith(",") || style.spaceGroups ? run : null;
}

const MULTIPLIER_WORD = "(?:k|m|b|t|bn|mn|tn|mio\\.?|mrd\\.?|millions?|billions?|trillions?)(?![\\p{L}\\p{N}²³/])";
const CURRENCY = `(?:${CURRENCY_SYMBOL}|(?<!\\p{L})${CURRENCY_CODE}(?!\\p{L}))`;
const AMOUNT = `(${CURRENCY}\\s?)?(${SPACED}|\\d[\\d.,']*\\d|\\d)(\\s?${MULTIPLIER_WORD})?(?:,[-–—])?(\\s?${CURRENCY})?`;
/** Two amounts joined by a dash or "to": "$57K-$102K", "45.000 – 60.000 €", "USD 57K to 102K". */
const RANGE = new RegExp(`(?<![\\p{L}\\p{N}.,])${AMOUNT}(\\s*(?:-|–|—|to|bis|à)\\s*)${AMOUNT}`, "iu");

/** Digits after an amount's last separator: 2 in "12.99", 3 in "45.000", 0 in "3". */
const decimalsOf = (num: string) => /[.,](\d+)$/.exec(num)?.[1]!.length ?? 0;

/** Words that make a lone amount one end of a range: "Up to $102K", "From $57K". */
const ONLY_HIGH = /\b(?:up to|max(?:imum)?|bis zu|jusqu'?à|under|below|less than)\s*$/i;
const ONLY_LOW = /\b(?:from|starting(?: at| from)?|min(?:imum)?|ab|à partir de|over|above|more than)\s*$/i;

/**
 * Where a price found at `index` starts with its sign: "-$5.00" is minus five dollars (the minus
 * stands before the currency, at the start of the text or after a space or parenthesis).
 */
export function signedStart(text: string, index: number): number {
  return index > 0 && /[-−]/.test(text[index - 1]!) && (index === 1 || /[\s(]/.test(text[index - 2]!)) ? index - 1 : index;
}

/**
 * The two ends of an amount range in the text, with multipliers (K, M) when `suffixes` is set. A
 * currency or multiplier written on one end only belongs to both ("45.000 – 60.000 €" is
 * 45000–60000, "$57-102K" is 57000–102000); ends that do not look alike are no range ("3 - 12.99 €"
 * is 12.99, see below). Null when the text shows no range and no money.
 * A lone amount is both ends, unless its words make it one end ("Up to $102K": no low end).
 */
export function parseMoneyRange(text: string, suffixes = true, style: NumberStyle = {}): { low: number | null; high: number | null; range: boolean } | null {
  const r = RANGE.exec(text);
  const [, cur1, num1, mult1, after1, dash, cur2, num2, mult2, after2] = r ?? [];
  // A currency written before the second amount only makes the first something else: "Pack of 3 - $12.99".
  // Two ends look alike when both show a currency or multiplier ("£10 - £20"), or have as many
  // decimals ("45.000 – 60.000 €", "10 - 20 €"), or the dash is tight or a word ("10–20 €",
  // "57K to 102K"). Else the first is something else, a quantity or an item's number, and the
  // price is the second: "3 - 12.99 €".
  const alike = !!dash && (!/\s/.test(dash) || /\p{L}/u.test(dash) || ((cur1 || after1 || mult1) && (cur2 || after2 || mult2)) || decimalsOf(num1!) === decimalsOf(num2!));
  if (r && (cur1 || after1 || after2) && !(cur2 && !cur1) && alike) {
    const before = (cur1 ?? cur2 ?? "").trim();
    const after = (after2 ?? after1 ?? "").trim();
    const read = (num: string, mult: string | undefined, other: string | undefined) =>
      parseNumber(`${before} ${num}${(mult ?? other ?? "").trim()} ${after}`.trim(), suffixes, style);
    let low = read(num1!, mult1, undefined);
    const high = read(num2!, mult2, undefined);
    // "57-102K": the low end shares the high end's multiplier when it is smaller without it.
    if (suffixes && !mult1 && mult2 && low !== null && high !== null && low < parseNumber(num2!, false, style)!) low = read(num1!, mult1, mult2);
    if (low !== null && high !== null && low <= high) return { low, high, range: true };
  }
  const money = MONEY.exec(text);
  if (!money) return null;
  const value = parseNumber(text.slice(signedStart(text, money.index)), suffixes, style);
  const lead = text.slice(0, money.index);
  if (ONLY_HIGH.test(lead)) return { low: null, high: value, range: false };
  if (ONLY_LOW.test(lead)) return { low: value, high: null, range: false };
  return { low: value, high: value, range: false };
}
