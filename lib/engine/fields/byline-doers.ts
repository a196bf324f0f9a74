/**
 * Which doer a field names, for bylines.ts: the verb whose "<verb> by" names it is read from the
 * words themselves ("reviewed" / "reviewer", "hosted" / "host"), plus a few irregular verbs and
 * verbs that do not share the noun's stem ("Started by" an author, "Listed by" a seller).
 */

/** Doers a record may be "by": a field whose own words hold one of these takes a bare byline. */
const DOERS = new Set([
  ...["author", "writer", "reviewer", "poster", "submitter", "creator", "maker", "contributor", "commenter", "editor", "uploader", "publisher"],
  ...["seller", "vendor", "host", "organizer", "organiser", "presenter", "speaker", "instructor", "teacher", "tutor", "director", "photographer"],
  ...["illustrator", "narrator", "translator", "composer", "designer", "developer", "artist", "brand", "manufacturer", "user", "username", "owner"],
  ...["maintainer", "by", "byline", "credit", "credits", "attribution", "agent", "agency", "dealer", "landlord", "lister", "starter"],
]);

/** Doers whose verbs do not share their stem: what an author or a brand is "<verb> by". */
const ALSO = new Map<string, string[]>([
  // A forum thread is "Started by" its author; a listing is "Listed by" its seller, agent or dealer.
  // An issue is "opened by" its author, a question "asked by" hers.
  ["author", ["write", "post", "submit", "creat", "start", "open", "ask"]],
  ["byline", ["write", "post"]],
  ["user", ["post", "submit"]],
  ["username", ["post", "submit"]],
  ["brand", ["mak", "manufactur"]],
  ["instructor", ["teach", "lead"]],
  ["tutor", ["teach"]],
  ["vendor", ["sell", "list"]],
  ["seller", ["list"]],
  ["agent", ["list", "market", "sell"]],
  ["agency", ["list", "market", "sell"]],
  ["dealer", ["list", "sell"]],
  ["landlord", ["list", "let", "rent"]],
  ["speaker", ["present"]],
]);

/** Past participles that do not end in -ed, by their stem. */
const IRREGULAR = new Map<string, string>([
  ["written", "writ"],
  ["wrote", "writ"],
  ["sold", "sell"],
  ["taught", "teach"],
  ["made", "mak"],
  ["led", "lead"],
  ["built", "build"],
  ["drawn", "draw"],
  ["shot", "shoot"],
  ["told", "tell"],
  ["run", "run"],
  ["let", "let"],
  ["read", "read"],
]);

/** The stem of a verb's participle ("reviewed" → "review", "organized" → "organiz"), or null when the word is no participle ("Photo by"). */
export function verbStem(word: string): string | null {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (!/ed$/.test(w) || w.length < 5) return null;
  return stem(w.replace(/ed$/, ""));
}

/** A stem without a final e: "write" and "writ" (of "written", "writer") are one. */
const stem = (w: string) => w.replace(/e$/, "");

/** The stem of a doer's noun ("reviewer" → "review", "creator" → "creat", "host" → "host"). */
const nounStem = (noun: string) => stem(noun.replace(/(?:er|or)$/, ""));

/**
 * What bylines a field takes, from its own words (a bare "By" or a dash: any doer field takes it).
 * Null for a field that names no doer.
 */
export interface BylinePlan {
  /** The stems of the verbs whose "<verb> by" names the field. */
  verbs: Set<string>;
  /** Any "<verb> by": a field named "by" or "byline" alone, whatever the record's doer did. */
  any: boolean;
}

export function bylinePlan(own: string[]): BylinePlan | null {
  const doers = own.filter((w) => DOERS.has(w));
  if (!doers.length) return null;
  const verbs = new Set<string>();
  for (const d of doers) {
    if (d !== "by") verbs.add(nounStem(d));
    for (const v of ALSO.get(d) ?? []) verbs.add(stem(v));
  }
  // "postedBy", "reviewed_by": the field's own verb.
  for (const w of own) {
    const stem = verbStem(w);
    if (stem) verbs.add(stem);
  }
  const any = own.every((w) => w === "by" || w === "byline" || w === "credit" || w === "credits" || w === "attribution");
  return { verbs, any };
}
