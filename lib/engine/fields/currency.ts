/**
 * A currency field beside a price ("price" and "currency" in one schema): pages write the currency
 * as the price's symbol ("€ 385.000", "US$356", "1 050 €"), seldom on its own. The code is read
 * from the symbol when the symbol names one currency; "$", "¥" and "kr" name several and are left
 * alone (a guess would be a made-up value).
 */
import { lookup } from "../lookup";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

const SYMBOL_CODES = lookup<string>({
  "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₺": "TRY", "₽": "RUB", "₪": "ILS", "₫": "VND", "₴": "UAH", "₦": "NGN", "₱": "PHP", "฿": "THB",
  "us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "mx$": "MXN", "zł": "PLN", "kč": "CZK", "fr.": "CHF",
});
const CODES = new Set(["EUR", "USD", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "BRL", "MXN", "ZAR", "SGD", "HKD", "KRW", "TRY", "ILS", "AED", "SAR", "THB", "RUB", "UAH"]);
const SYMBOL = /(us\$|c\$|ca\$|a\$|au\$|nz\$|hk\$|s\$|r\$|mx\$|[€£₹₩₺₽₪₫₴₦₱฿]|zł|kč|fr\.)/iu;

/** Whether the field is a currency: its last word says so ("currency", "price currency", "Währung"). */
export function namesCurrency(plan: FieldPlan): boolean {
  let named = NAMED.get(plan);
  if (named === undefined) NAMED.set(plan, (named = /^(?:currency|currencies|devise|wahrung|moneda|valuta)$/.test(tokens(plan.spec.name).pop() ?? "")));
  return named;
}
/** (Asked for every piece a field is fitted to: once per plan.) */
const NAMED = new WeakMap<FieldPlan, boolean>();

/** The ISO code of the currency a short price text is written in ("€ 385.000" → "EUR"), or null. */
export function currencyOf(text: string): string | null {
  if (!text || text.length > 40 || !/\d/.test(text)) return null;
  const code = /(?<![A-Z])([A-Z]{3})(?![A-Z])/.exec(text)?.[1];
  if (code && CODES.has(code)) return code;
  const symbol = SYMBOL.exec(text)?.[1]?.toLowerCase();
  return symbol ? (SYMBOL_CODES[symbol] ?? null) : null;
}
