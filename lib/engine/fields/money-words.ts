/**
 * Words that name an amount of money (field-kinds.ts): "price", "fee", "salary"… and the amounts
 * of auctions, travel and hire that pages show as prices too: a lot's "current bid", a ticket's
 * "fare", a room's "nightly rate". A bare "rate" is money only with the period it is charged for
 * ("nightlyRate", "hourly rate", "rate per night"); alone it is as often a percentage (an
 * interest, conversion or tax rate).
 */
const MONEY_WORD = /^(?:price|cost|costs|salary|fee|fees|pay|compensation|wage|wages|amount|rent|bid|fare|fares|prix|preis|precio|prezzo|prijs)$/;
const RATE = /^rates?$/;
/** A period a rate is charged by: "nightly", "per hour", "day rate". Not "annual": an annual rate is an interest rate. */
const PERIOD = /^(?:hourly|daily|nightly|weekly|monthly|hour|day|night|week|month)$/;
const PERCENT = /^(?:percent|percentage|pct|apr|apy|interest)$/;

/** Whether the words (of a field's name, in order) name an amount of money. */
export function namesMoney(words: readonly string[]): boolean {
  if (words.some((w) => MONEY_WORD.test(w))) return true;
  return words.some((w) => RATE.test(w)) && words.some((w) => PERIOD.test(w)) && !words.some((w) => PERCENT.test(w));
}
