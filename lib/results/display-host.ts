/**
 * A link's host as people write it: "zürich.example", not "xn--zrich-kva.example". The URL parser
 * turns every international host into punycode, and a link cell showed that, while its path was
 * already shown decoded. The href keeps the parser's form; this is for reading only.
 *
 * A host that could pass for another stays in punycode, as browsers' address bars keep it: a label
 * that mixes scripts ("аpple", a Cyrillic "а") or is spelled only with Cyrillic or Greek letters
 * that look Latin ("аррӏе"), so a label never lies about where a link goes.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const MAX_INT = 0x7fffffff;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - T_MIN));
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** A punycode digit's value: a–z are 0–25, 0–9 are 26–35; -1 for anything else. */
function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return -1;
}

/**
 * RFC 3492's decoding of one label's punycode (after "xn--"); null when it is not valid punycode.
 * Written here rather than taken from the `punycode` package: that name is also Node's deprecated
 * built-in, which bundlers resolve in its place, and these forty lines are the whole algorithm.
 */
export function decodePunycode(input: string): string | null {
  const basicEnd = Math.max(input.lastIndexOf("-"), 0);
  const output: number[] = [];
  for (let j = 0; j < basicEnd; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = 0x80;
  let bias = 72;
  let i = 0;
  for (let pos = basicEnd > 0 ? basicEnd + 1 : 0; pos < input.length; ) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit < 0 || digit > Math.floor((MAX_INT - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return null;
      w *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > MAX_INT - n) return null;
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** Scripts a label may be written in alone (with digits, hyphens and combining marks). */
const SINGLE_SCRIPT = [
  "Latin", "Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Thaana", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu",
  "Kannada", "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Georgian", "Hangul", "Ethiopic", "Khmer", "Mongolian",
].map((script) => new RegExp(`^[\\p{Script=${script}}\\p{Script=Common}\\p{Script=Inherited}]+$`, "u"));
/** The mixes that are one writing system (Japanese, Chinese with Bopomofo, Korean with Han), Latin allowed beside them. */
const CJK_MIXES = [
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
  /^[\p{Script=Han}\p{Script=Bopomofo}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
];
/** Cyrillic and Greek labels spelled only with letters that read as Latin ones ("аррӏе", "ορο"). */
const LATIN_LOOKALIKES = /^[аеһіјӏорсѕԁԛԝхуьвкмнтгпшαβεικνορτυχ0-9-]+$/u;
/** Characters a label must never show: controls, invisible formatting, spaces, and anything not a letter, mark, digit or hyphen. */
const NOT_SHOWN = /[^\p{L}\p{M}\p{N}-]/u;

function readableLabel(label: string): boolean {
  if (NOT_SHOWN.test(label)) return false;
  if (LATIN_LOOKALIKES.test(label) && /[^\x00-\x7f]/.test(label) && !/\p{Script=Latin}/u.test(label)) return false;
  return SINGLE_SCRIPT.some((script) => script.test(label)) || CJK_MIXES.some((mix) => mix.test(label));
}

/** The host (with its port, if any) with its punycode labels decoded; as given when one cannot be, or should not be. */
export function displayHost(host: string): string {
  if (!/(?:^|\.)xn--/i.test(host)) return host;
  const colon = host.lastIndexOf(":");
  const [name, port] = colon > 0 && !host.startsWith("[") ? [host.slice(0, colon), host.slice(colon)] : [host, ""];
  const labels: string[] = [];
  for (const label of name.split(".")) {
    if (!/^xn--/i.test(label)) {
      labels.push(label);
      continue;
    }
    const decoded = decodePunycode(label.slice(4));
    if (decoded === null || !decoded || !readableLabel(decoded)) return host;
    labels.push(decoded);
  }
  return labels.join(".") + port;
}
