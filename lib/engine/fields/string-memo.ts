/**
 * Remembers a pure function of a short string. The fields code reads the same class names, field
 * names and short texts once per record and per field (tokens of "product-name", whether "text-sm"
 * is a utility class): on a 1,000-record page that is thousands of identical splits and regex runs.
 * Long strings (prose) are computed each time: they rarely repeat and would fill the memory.
 */
export function memoByString<T>(fn: (s: string) => T, max = 8192, longest = 200): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    if (s.length > longest) return fn(s);
    const hit = memo.get(s);
    if (hit !== undefined || memo.has(s)) return hit as T;
    // Past `max` the memo starts over: a bound, not an LRU; pages repeat their own strings.
    if (memo.size >= max) memo.clear();
    const value = fn(s);
    memo.set(s, value);
    return value;
  };
}
