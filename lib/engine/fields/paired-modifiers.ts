/**
 * "high and low temperature", "start and end date", "min and max salary": two modifiers that share
 * the noun after the second. Split at "and" the first was a field of its own ("high") beside
 * "lowTemperature". Only words that modify (a closed list of such pairs): "name and email address"
 * is a name and an email address.
 */
const MODIFIERS = [
  "high", "low", "highest", "lowest", "min", "max", "minimum", "maximum", "start", "end", "starting", "ending", "first", "last",
  "home", "away", "current", "original", "old", "new", "opening", "closing", "open", "close", "departure", "arrival",
  "scheduled", "expected", "actual", "estimated", "planned", "previous", "next", "upper", "lower", "buy", "sell", "bid", "ask",
];
const MOD = `(?:${MODIFIERS.join("|")})`;
/** Two modifiers joined, then a noun of up to three words up to the item's end. */
const WORD = `(?!(?:and|or|plus)\\b)[\\p{L}][\\p{L}\\p{N}-]*`;
const PAIR = new RegExp(`\\b(${MOD})\\s+(?:and|&|or|/)\\s+(${MOD})\\s+(${WORD}(?:\\s+${WORD}){0,2})(?=\\s*(?:[,;|+]|$|\\s(?:and|or|plus)\\s))`, "giu");

/** The list with each shared noun written out for both modifiers: "high temperature, low temperature". */
export function distributePairs(list: string): string {
  return list.replace(PAIR, (_, a: string, b: string, noun: string) => `${a} ${noun}, ${b} ${noun}`);
}
