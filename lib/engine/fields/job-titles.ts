/**
 * Whether a short text reads as a job title ("Chief Engineer", "Head of Design", "VP, Sales",
 * "Professor Emeritus"): a role noun is its head. A record that asks for a "name" and a "title"
 * apart is a person's (her name, her job title) when such a text is there; the same record shape
 * with no role in it (a course, a product) gives its "title" the heading, and no other text.
 */

/** Nouns that head a job title, singular. Words of a name never are ("Hopper", "Baker" are not here). */
const ROLES = new Set(
  (
    "engineer developer programmer designer architect manager director lead head chief officer president vp svp evp ceo cto cfo coo cio cmo cpo " +
    "founder cofounder partner associate consultant specialist coordinator administrator assistant intern professor lecturer teacher instructor " +
    "tutor researcher scientist analyst editor writer journalist reporter recruiter accountant auditor nurse doctor physician surgeon attorney " +
    "lawyer counsel paralegal advisor adviser strategist producer marketer representative rep executive supervisor technician operator agent " +
    "fellow chair chairman chairwoman chairperson secretary treasurer owner advocate evangelist principal volunteer trustee ambassador clerk " +
    "chef driver pilot admiral captain commander lieutenant sergeant colonel dean provost rector postdoc mentor coach trainer therapist " +
    "pharmacist dentist economist statistician mathematician librarian curator photographer illustrator animator translator copywriter planner " +
    "buyer inspector investigator controller steward cryptanalyst linguist physicist chemist biologist psychologist superintendent " +
    "headteacher headmaster registrar bursar archivist historian musician conductor composer artist"
  ).split(" "),
);

/** Words a job title's head may come before: "Director of Software", "Engineer at Acme", "Professor Emeritus". */
const AFTER_HEAD = new Set(["of", "at", "for", "in", "to", "and", "&", ",", "emeritus", "emerita", "ii", "iii", "iv"]);

export function readsAsJobTitle(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  if (!t || t.length > 60 || /\d/.test(t)) return false;
  // Words, with "&" and "," kept as words of their own: "VP, Sales" has its head before a comma.
  const words = t.toLowerCase().match(/[\p{L}.']+|[&,]/gu) ?? [];
  if (words.filter((w) => w !== "," && w !== "&").length > 7) return false;
  return words.some((w, i) => ROLES.has(w.replace(/\./g, "")) && (i === words.length - 1 || AFTER_HEAD.has(words[i + 1]!)));
}
