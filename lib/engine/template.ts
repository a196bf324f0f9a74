/**
 * Record templates: what the seed page's record region looks like, so that the same region can be
 * found again on the listing's other pages without re-detecting it from scratch.
 *
 * Record detection needs evidence of repetition (3+ similar records); a listing's last page often
 * shows 1 or 2 items. On a pagination page the seed already told us the template, so here the same
 * parent is looked up by its tag/class path from <body> (no sibling indexes, so extra or missing
 * blocks before it do not matter) and its children matching the record signature are taken — one
 * record is enough. A "no results" page has no such children (or none shaped like the seed's
 * records) and still yields nothing.
 *
 * `pairRegions` is the seed-page counterpart for a listing of exactly two items: candidates of two
 * similar content records that match the query; the pipeline accepts one only when its rows fill
 * the requested fields (see rowsFromPage).
 *
 * `acrossSections` widens a region that is one section of a listing split into sections (events
 * by month) to the records of its sibling sections of the same template whose headings continue
 * its own as one series (months, days, letters, versions, numbered parts).
 *
 * `groupedSectionRecords` turns a region whose records are such sections (a month heading and a
 * list of thin events each) into the sections' records, united.
 *
 * `memberRecords` does the same for sections headed by names (departments) when their items are
 * people and the query asks for people.
 *
 * The public entry point for templates: steps and shapes in template/steps.ts, building in
 * template/build.ts, matching in template/match.ts, listings of one or two items in
 * template/small-listings.ts, sections in template/sections.ts.
 */
export { recordTemplate, recordTemplateSteps } from "./template/build";
export { matchTemplate, matchTemplateSteps } from "./template/match";
export { acrossSections, acrossSectionsSteps } from "./template/sections";
export { groupedSectionRecords, groupedSectionRecordsSteps } from "./template/grouped-sections";
export { memberRecords, memberRecordsSteps } from "./template/named-groups";
export { pairRegions, singleRegions, smallListings, smallListingsSteps } from "./template/small-listings";
export type { RecordTemplate, TemplateStep } from "./template/steps";
