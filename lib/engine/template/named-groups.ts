/**
 * People grouped by department: a team page of sections, each a department's name and a list of
 * its people ("Engineering": Ada Lovelace, Staff Engineer…). Detection takes the departments as
 * the records (each holds more text than any one person), or one department's list alone. When the
 * query asks for the people (fields/section-fields.ts: asksForMembers), the lists of every
 * department are united into one region of people (grouped-sections.ts, sections.ts), so long as
 * the sections are siblings of one template whose lists share one item template.
 *
 * Sections headed by names are otherwise never united: a blog's "Latest" and "Most popular" blocks
 * share a class too. So the united items must read as people: most of them show a job title
 * (fields/job-titles.ts), which no post, product or event does.
 */
import { elementChildren, isText, normalizeSpace, type Element } from "../dom";
import { readsAsJobTitle } from "../fields/job-titles";
import type { RecordRegion } from "../records";
import { groupedSectionRecordsSteps } from "./grouped-sections";
import { acrossSectionsSteps } from "./sections";
import { filterSteps, runSteps, type Steps } from "../steps";

/** Share of the united items that must show a job title. */
const PEOPLE_SHARE = 0.75;

/**
 * The people of every department, when `region` is the departments (or one department's people)
 * and their items read as people; else null.
 */
export function memberRecords(region: RecordRegion): RecordRegion | null {
  return runSteps(memberRecordsSteps(region));
}

/** memberRecords as steps (see steps.ts): a 30,000-person team page has as many people to read. */
export function* memberRecordsSteps(region: RecordRegion): Steps<RecordRegion | null> {
  let united = yield* groupedSectionRecordsSteps(region, true);
  if (!united) {
    const widened = yield* acrossSectionsSteps(region, true);
    united = widened === region ? null : widened;
  }
  return united && (yield* readAsPeople(united)) ? united : null;
}

function* readAsPeople(region: RecordRegion): Steps<boolean> {
  const people = yield* filterSteps(region.records, (record) => record.some(showsJobTitle));
  return people.length >= region.records.length * PEOPLE_SHARE;
}

/** An element, or one below it, whose own text reads as a job title ("Staff Engineer"). */
function showsJobTitle(el: Element): boolean {
  const own = el.childNodes.filter(isText).map((t) => t.value).join(" ");
  if (readsAsJobTitle(normalizeSpace(own))) return true;
  return elementChildren(el).some(showsJobTitle);
}
