/**
 * Whether JavaScript's own (backtracking) RegExp may run a pattern safely: the fallback for the
 * few valid patterns RE2 refuses (linear-regexp.ts) — a repeat count above RE2's 1,000
 * (`^[\s\S]{0,2000}$`, a common length cap), `\p{Script=Greek}`, a lookahead. Backtracking blows up
 * when the matcher can split the text between quantifiers in many ways: a quantified group that
 * itself holds a quantifier or an alternation (`(a+)+`, `(a|aa)*`), or several variable quantifiers
 * in a row (`\d*\d*\d*x`: polynomial, still seconds on long text). A pattern with at most one
 * variable quantifier, none of them over such a group, and no backreference (matching with them is
 * NP-hard) splits a text of n characters at most n ways from each start.
 */
export function backtracksSafely(pattern: string): boolean {
  interface Frame {
    /** A variable quantifier or an alternation inside the group. */
    complex: boolean;
  }
  const stack: Frame[] = [{ complex: false }];
  let variable = 0;
  // What the next quantifier applies to: a group (and whether it was complex), or a single atom.
  let last: { group: boolean; complex: boolean } | null = null;
  let i = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i]!;
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (/[1-9]/.test(next) || (next === "k" && pattern[i + 2] === "<")) return false; // backreference
      if ((next === "u" || next === "p" || next === "P") && pattern[i + 2] === "{") {
        const end = pattern.indexOf("}", i + 3);
        i = end < 0 ? n : end + 1;
      } else i += 2;
      last = { group: false, complex: false };
      continue;
    }
    if (c === "[") {
      i++;
      if (pattern[i] === "^") i++;
      if (pattern[i] === "]") i++; // a leading "]" is literal
      while (i < n && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
      i++;
      last = { group: false, complex: false };
      continue;
    }
    if (c === "(") {
      stack.push({ complex: false });
      i++;
      // (?:  (?=  (?!  (?<=  (?<!  (?<name>
      if (pattern[i] === "?") {
        i++;
        if (pattern[i] === "<" && pattern[i + 1] !== "=" && pattern[i + 1] !== "!") {
          const end = pattern.indexOf(">", i);
          i = end < 0 ? n : end + 1;
        } else i += pattern[i] === "<" ? 2 : 1;
      }
      last = null;
      continue;
    }
    if (c === ")") {
      const frame = stack.length > 1 ? stack.pop()! : { complex: false };
      if (frame.complex) stack[stack.length - 1]!.complex = true;
      last = { group: true, complex: frame.complex };
      i++;
      continue;
    }
    if (c === "|") {
      stack[stack.length - 1]!.complex = true;
      last = null;
      i++;
      continue;
    }
    const q = quantifier(pattern, i);
    if (q) {
      if (last?.complex && q.repeats) return false;
      if (q.variable) {
        variable++;
        stack[stack.length - 1]!.complex = true;
        if (variable > 1) return false;
      }
      i = q.end;
      last = null;
      continue;
    }
    last = { group: false, complex: false };
    i++;
  }
  return true;
}

/** The quantifier at `i`: whether its count varies, whether it repeats at all, and where it ends. */
function quantifier(pattern: string, i: number): { variable: boolean; repeats: boolean; end: number } | null {
  const c = pattern[i];
  let variable: boolean;
  let repeats: boolean;
  let end: number;
  if (c === "*" || c === "+") [variable, repeats, end] = [true, true, i + 1];
  else if (c === "?") [variable, repeats, end] = [true, false, i + 1];
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!m) return null; // a literal "{"
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    [variable, repeats, end] = [max !== min, max > 1, i + m[0].length];
  } else return null;
  if (pattern[end] === "?") end++; // lazy
  return { variable, repeats, end };
}
