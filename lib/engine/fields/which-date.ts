/**
 * A date field that says which date it is ("closing date", "start date") is not named by another
 * date's word: "date" counts "posted", "published", "updated"… as its synonyms, and a tender's
 * "Published: 20 November" would outrank its "Closing: 15 January" for a "closing date" (a
 * synonym weighs more than a qualifier). Those words name only the date they say.
 */
const WHICH = [
  ["posted", "published", "released", "release"],
  ["created", "added"],
  ["updated", "modified", "changed"],
];
const PLAIN = /^(?:date|dates|time|times|datetime|day|on|at)$/;

const groupOf = (word: string) => WHICH.findIndex((g) => g.includes(word));

/** Drops from a date field's naming words the other dates' words its own qualifier rules out. */
export function dropOtherDates(words: Map<string, number>, own: readonly string[]): void {
  const qualifiers = own.filter((w) => !PLAIN.test(w));
  if (!qualifiers.length) return;
  const groups = new Set(qualifiers.map(groupOf));
  for (const w of [...words.keys()]) {
    const g = groupOf(w);
    if (g >= 0 && !groups.has(g) && !own.includes(w)) words.delete(w);
  }
}
