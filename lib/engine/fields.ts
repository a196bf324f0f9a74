/** Field filling (see fields/): field specs from a schema or the query, rows from records and JSON-LD, validation. */
export { camelCase, fieldSpecsFromSchema, type FieldFormat, type FieldSpec, type FieldType } from "./fields/spec";
export { fieldSpecsFromQuery } from "./fields/query";
export { markRecordNames } from "./fields/record-noun";
export { asksForMembers, asksForSections } from "./fields/section-fields";
export { specFromPhrase } from "./fields/query-phrase";
export { extractRegion, extractRegionPaused, extractRows, fieldSources, type ExtractContext, type ExtractedRecordRow } from "./fields/extract";
export type { InferredColumns } from "./fields/infer";
export { listsAcrossPages, listsAcrossPagesSteps } from "./fields/infer-apply";
export { numericColumns, numericColumnsSteps, numericQueryFields } from "./fields/numeric-columns";
export { rowsFromJsonLd, rowsFromJsonLdSteps, type JsonLdRow } from "./fields/jsonld";
export { coerceRow, makeRowValidator, type RowVerdict } from "./fields/validate";
export { fieldPaths, flattenObjectFields, nestRow, unfilledParts, valueAtPath } from "./fields/nested";
export { parseDate } from "./fields/dates";
export { numberStyleOf, parseBoolean, parseNumber, parseRatingText, resolveUrl, type NumberStyle } from "./fields/values";
