/**
 * The words that make a field an item's heading ("name", "title", "nom du produit", "名前") and the
 * field words of languages no English rule reads: what planField (plan.ts) asks first of a field's name.
 */
import { lookup } from "../lookup";

/** Words too common in record markup to tell fields apart ("product-name" names by "name"). */
export const GENERIC = new Set(["product", "item", "job", "listing", "entry", "record", "card", "row", "post", "article", "result", "the", "of", "a", "an", "main", "primary", "its", "their", "value", "info", "data", "field"]);

const TITLE_LAST = new Set(["name", "title", "heading", "headline"]);
/**
 * "Name" and "title" in the languages whose header words are read (French, German, Spanish, Italian,
 * Dutch): a field so named is an item's heading, as "name" is. Only as the field's whole name (with
 * qualifiers, "nom du produit"): inside other words "nombre" is French for a number ("nombre
 * d'avis"), so it lends no synonyms there.
 */
const NAME_WORDS = lookup<"name" | "title">({
  nom: "name",
  nombre: "name",
  nome: "name",
  naam: "name",
  titre: "title",
  titel: "title",
  titulo: "title",
  titolo: "title",
  名前: "name",
  名称: "name",
  商品名: "name",
  タイトル: "title",
  标题: "title",
});
/**
 * Field words in Japanese and Chinese, which no English rule reads: such a field is what its English
 * word names ("価格" a price, named by class="price" as by a "価格" label).
 */
export const CJK_WORDS = lookup<string>({ 価格: "price", 値段: "price", 料金: "price", 价格: "price", 評価: "rating", 评分: "rating", 在庫: "availability", 库存: "availability", 画像: "image", 图片: "image", 日付: "date", 日期: "date", 説明: "description", 描述: "description" });
/** Words between a name word and what it names: "nom du produit", "nombre del producto". */
const OF = new Set(["du", "de", "des", "d", "del", "della", "dello", "di", "des", "der", "van"]);
const TITLE_QUALIFIERS = new Set([...GENERIC, "full", "display", "book", "person", "people", "employee", "member", "headline", "page", "short", "produit", "producto", "prodotto", "produkt"]);
/**
 * "name" or "title" when the field's words are that word and qualifiers only (see NAME_WORDS), or
 * the name of what the record is ("plan name" in "every plan with plan name": spec.namesRecord, see
 * record-noun.ts). Any other word before it names another thing ("reviewer name", "journal name").
 */
export function titleWord(own: string[], namesRecord: boolean): string | null {
  const last = own[own.length - 1] ?? "";
  const before = own.slice(0, -1);
  const english = TITLE_LAST.has(last) && before.every((t) => TITLE_QUALIFIERS.has(t));
  if (english) return last;
  if ((last === "name" || last === "title") && namesRecord) return last;
  const [first = "", ...rest] = own;
  const word = NAME_WORDS[last] ?? NAME_WORDS[first];
  const others = NAME_WORDS[last] ? own.slice(0, -1) : rest;
  return word && others.every((t) => TITLE_QUALIFIERS.has(t) || OF.has(t)) ? word : null;
}
