/**
 * Where schema.org keeps what a field names: paths tried for a field's words (title → name, price →
 * offers.price…), and for a field of several words, an entity's properties ("company website" →
 * hiringOrganization.url).
 */
import { lookup } from "../lookup";
import { tokens } from "./spec";

/** Paths tried for a field, by its words (first hit wins). */
export const PATHS = lookup<string[]>({
  name: ["name", "title", "headline"],
  title: ["title", "name", "headline"],
  url: ["url", "@id", "mainEntityOfPage"],
  link: ["url", "@id"],
  price: ["offers.price", "offers.lowPrice", "price", "offers.priceSpecification.price"],
  amount: ["price", "offers.price", "value"],
  value: ["value", "ratingValue", "price"],
  currency: ["offers.priceCurrency", "priceCurrency", "baseSalary.currency", "estimatedSalary.currency", "salaryCurrency"],
  availability: ["offers.availability", "availability"],
  stock: ["offers.availability"],
  rating: ["aggregateRating.ratingValue", "reviewRating.ratingValue", "rating"],
  reviews: ["aggregateRating.reviewCount", "aggregateRating.ratingCount"],
  image: ["image", "image.url", "thumbnailUrl", "logo"],
  company: ["hiringOrganization.name", "hiringOrganization", "worksFor.name", "brand.name", "publisher.name"],
  location: ["jobLocation.address.addressLocality", "jobLocation.name", "location.name", "address.addressLocality", "jobLocation.address.addressRegion"],
  salary: ["baseSalary", "estimatedSalary"],
  date: ["datePosted", "datePublished", "startDate", "dateCreated", "dateModified"],
  posted: ["datePosted", "datePublished"],
  author: ["author.name", "author"],
  description: ["description"],
  role: ["jobTitle", "roleName"],
  email: ["email"],
  phone: ["telephone"],
  brand: ["brand.name", "brand"],
  city: ["jobLocation.address.addressLocality", "address.addressLocality", "location.address.addressLocality", "location.addressLocality"],
  country: ["jobLocation.address.addressCountry", "address.addressCountry", "location.address.addressCountry", "location.addressCountry"],
  region: ["jobLocation.address.addressRegion", "address.addressRegion", "location.address.addressRegion"],
  venue: ["location.name", "location"],
  sku: ["sku", "gtin13", "mpn"],
});

/** Words that say which of an entity's dates a date field is ("closing date", "start date"). */
export const DATE_PATHS = lookup<string[]>({
  closing: ["validThrough"],
  deadline: ["validThrough"],
  expiry: ["validThrough", "expires"],
  expires: ["validThrough", "expires"],
  expiration: ["validThrough", "expires"],
  start: ["startDate"],
  end: ["endDate"],
  posted: ["datePosted", "datePublished"],
  published: ["datePublished"],
  publication: ["datePublished"],
  release: ["datePublished", "releaseDate"],
  modified: ["dateModified"],
  updated: ["dateModified"],
  created: ["dateCreated"],
  birth: ["birthDate"],
  // An offer is valid through a date, and its price until one ("valid until", "price valid until").
  valid: ["validThrough", "priceValidUntil", "offers.priceValidUntil", "offers.validThrough"],
  until: ["validThrough", "priceValidUntil", "offers.priceValidUntil", "offers.validThrough"],
  through: ["validThrough", "offers.validThrough"],
});

/**
 * Last words that measure the thing the other words name, or say which end of it: "review count"
 * is a count of reviews and "salary min" a salary, read at the reviews' and the salary's places
 * when the word itself has none. Any other last word without places ("price valid until") is not
 * the other words' thing.
 */
export const MEASURES = new Set([
  ...["count", "counts", "number", "num", "total", "amount", "value", "sum", "average", "avg"],
  ...["min", "minimum", "low", "lowest", "lower", "from", "starting", "max", "maximum", "high", "highest", "upper", "to"],
]);

/**
 * Fields of two or more words whose first words name an entity and whose last names one of its
 * properties ("company website", "location.country", "author url"): the entity's places, then the
 * property's names within it. Tried before the words one by one, which would read "company website"
 * as the company's name and "location country" as the city.
 */
const ENTITIES = lookup<string[]>({
  company: ["hiringOrganization", "worksFor", "brand", "publisher", "organizer", "seller", "offers.seller"],
  employer: ["hiringOrganization", "worksFor"],
  organization: ["hiringOrganization", "worksFor", "organizer", "publisher"],
  brand: ["brand"],
  seller: ["offers.seller", "seller"],
  author: ["author"],
  publisher: ["publisher"],
  location: ["jobLocation.address", "jobLocation", "location.address", "location", "address"],
  address: ["address", "jobLocation.address", "location.address"],
  venue: ["location", "location.address"],
  maker: ["manufacturer", "brand"],
  manufacturer: ["manufacturer"],
});
const PROPERTIES = lookup<string[]>({
  name: ["name"],
  title: ["name"],
  website: ["url"],
  url: ["url", "@id"],
  link: ["url"],
  homepage: ["url"],
  logo: ["logo", "logo.url"],
  image: ["image", "logo"],
  email: ["email"],
  phone: ["telephone"],
  telephone: ["telephone"],
  city: ["addressLocality"],
  town: ["addressLocality"],
  locality: ["addressLocality"],
  country: ["addressCountry", "addressCountry.name"],
  region: ["addressRegion"],
  state: ["addressRegion"],
  street: ["streetAddress"],
  zip: ["postalCode"],
  postcode: ["postalCode"],
  postal: ["postalCode"],
});

/**
 * Where an object field's entity sits in the row's entity: a property of the object's own name
 * ("manufacturer", "offers"), then the places its first entity word names ("maker" → manufacturer,
 * brand; "company info" → hiringOrganization…).
 */
export function objectPlaces(object: string): string[] {
  const word = entityWord(object);
  return [...new Set([object, ...(word ? (ENTITIES[word] ?? VALUE_ENTITIES[word]!) : [])])];
}

/** The first word of an object field's name that names an entity ("maker", "company", "price"), if any. */
export const entityWord = (object: string) => tokens(object).find((w) => ENTITIES[w] || VALUE_ENTITIES[w]);

/**
 * An object's properties that name the record itself (its name, page, picture, description): an
 * object that names no entity (`pricing: { price, currency }`) is read in the record, but these
 * would be the record's own, not the object's.
 */
export const RECORD_OWN = new Set(["name", "title", "headline", "url", "link", "href", "id", "image", "images", "logo", "photo", "picture", "thumbnail", "avatar", "description", "summary"]);

/**
 * Properties of a value entity under names schema.org does not use: a rating's "count" is its
 * reviewCount or ratingCount (paths inside the entity).
 */
const COUNT = ["reviewCount", "ratingCount"];
const VALUE_PARTS = lookup({
  rating: lookup({ count: COUNT, number: COUNT, total: COUNT, reviews: ["reviewCount"], votes: ["ratingCount"] }),
});

/** Where an object's property sits inside its value entity, by its last word ("rating" → count → reviewCount). */
export function valuePartPaths(object: string, part: string): string[] {
  const word = entityWord(object);
  return (word && VALUE_PARTS[word]?.[tokens(part).pop() ?? ""]) || [];
}

/**
 * Values schema.org keeps in an entity of their own, which an analyst's object names by the value:
 * `price: { amount, currency }` is the offer's price and priceCurrency. (Only for objects: as the
 * first word of a flat field, "price max" or "salary min", these words name the value itself.)
 */
const VALUE_ENTITIES = lookup<string[]>({
  price: ["offers", "offers.priceSpecification"],
  salary: ["baseSalary", "estimatedSalary"],
  rating: ["aggregateRating", "reviewRating"],
});

/**
 * The paths of a field whose first word names an entity: at the first property word after it
 * ("company logo url" reads the logo); a name may be the entity itself when it is written as text
 * (`"author": "Jane"`). With no property word, the last word's own places ("company location" →
 * where the job is); none of the entity's other properties. Null when the first word names no
 * entity.
 */
export function compoundPaths(words: string[]): string[] | null {
  if (words.length < 2) return null;
  const entity = ENTITIES[words[0]!];
  if (!entity) return null;
  const word = words.slice(1).find((w) => PROPERTIES[w]);
  if (!word) return PATHS[words[words.length - 1]!] ?? [];
  const names = word === "name" || word === "title";
  return entity.flatMap((e) => [...PROPERTIES[word]!.map((p) => `${e}.${p}`), ...(names ? [e] : [])]);
}
