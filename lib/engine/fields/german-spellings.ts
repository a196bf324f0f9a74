/**
 * German written without its letters: "maennlich" for "männlich", "Strasse" for "Straße", as field
 * names are (an identifier has no umlaut). tokens() folds "männlich" to "mannlich", which such a
 * name never matches, so a label with these letters names the field by its transliteration too.
 */
const SPELLED = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", ẞ: "SS" } as const;
const GERMAN_LETTERS = /[äöüÄÖÜßẞ]/gu;

/** The text with ä, ö, ü and ß written out (ae, oe, ue, ss); null when it has none of them. */
export function germanSpelledOut(text: string): string | null {
  // (Composed first: "a" followed by a combining diaeresis is "ä" too.)
  const t = text.normalize("NFC");
  const out = t.replace(GERMAN_LETTERS, (c) => SPELLED[c as keyof typeof SPELLED]);
  return out === t ? null : out;
}
