/**
 * A course catalogue writes a course's code, title and credits as one heading: "COMP 101. Intro to
 * Computing. 4 Credits.", "COMP 101 – Intro to Computing (3 cr.)", "MATH-2010: Calculus I, 4 units".
 * A row that asks for a code or credits field gets each part in its field, and its title field the
 * title alone; a row that asks for a title only keeps the heading whole (nothing says the code is
 * not part of the name then).
 */

/** The code: a subject's capitals and the course's number ("COMP 101", "MATH-2010", "CS 61A"). */
const CODE = /^(\p{Lu}{2,6}[ -]?\d{2,4}\p{Lu}?)(?![\p{L}\d])/u;
/** What sets the code apart from the title: a full stop, a colon, a spaced dash. */
const CODE_END = /^(?:\s*[.:]\s+|\s*:\s*|\s+[–—-]\s+)/u;
/** The credits at the end: "4 Credits.", "(3 cr.)", ", 4 units", "· 6 ECTS", "3-4 credit hours". */
const CREDITS = /(?:^|[\s.,;·•|–—-]+)\(?\s*(\d+(?:\.\d+)?)(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:credits?(?:\s+hours?)?|cr\.?|units?|ects|sh|semester hours?)\s*\)?\.?\s*$/iu;

export interface CourseHeading {
  code: string;
  title: string;
  /** The credits written after the title (the lower end of "3-4 credits"), or null. */
  credits: number | null;
}

/**
 * The code, title and credits of a text that starts with a course code; null for any other text.
 * The code must be set apart by punctuation, or the credits written after the title: "RTX 4090
 * Graphics Card" is a product's name.
 */
export function splitCourseHeading(text: string): CourseHeading | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length > 160) return null;
  const code = CODE.exec(t);
  if (!code) return null;
  let rest = t.slice(code[0].length);
  const apart = CODE_END.exec(rest);
  const credits = CREDITS.exec(rest);
  if (!apart && !(credits && /^\s/.test(rest))) return null;
  rest = rest.slice(apart ? apart[0].length : 0);
  const end = CREDITS.exec(rest);
  const title = (end ? rest.slice(0, end.index) : rest).trim().replace(/[\s.,;:–—-]+$/u, "");
  if (!/\p{L}/u.test(title)) return null;
  return { code: code[1]!.replace(/\s+/g, " "), title, credits: end ? Number(end[1]) : null };
}

/** Words of a code field that say it is a course's: a "zip code" or a "currency code" is not. */
const COURSE = /^(?:course|class|module|subject|catalog|catalogue)$/;

/** Which part of a course heading a field holds, from its own words ("code", "course number", "credits"). */
export function coursePart(own: string[]): "code" | "credits" | null {
  const last = own[own.length - 1] ?? "";
  if (/^(?:credits?|ects)$/.test(last) || (own.includes("credit") && /^(?:hours?|points?)$/.test(last))) return "credits";
  if (own.length === 1 ? last === "code" : own.some((w) => COURSE.test(w)) && /^(?:code|number|no|num|id)$/.test(last)) return "code";
  return null;
}
