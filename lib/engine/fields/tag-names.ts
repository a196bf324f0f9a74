/**
 * Tags whose name says what they hold, the way a class does: a listing writes its street and town in
 * <address> with no class at all, and a field named "address" (or "location", its synonym) should read it.
 */
const NAMING_TAGS: Readonly<Record<string, string>> = { address: "address" };

/** The words a tag's own name gives the element, or undefined for tags that only lay text out. */
export const tagNameWords = (tagName: string): string | undefined => NAMING_TAGS[tagName];
