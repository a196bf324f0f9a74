/** Record detection (see records/index.ts): the public entry point of lib/engine for it. */
export { findRecordRegions, findRecordRegionsPaused, findRecords, findRecordsPaused, selectDisjointRegions, shortList, shortListPaused, type FindRecordsOptions, type RecordKind, type RecordRegion } from "./records/index";
export { detectAllRecords, type AllRecordsOptions } from "./records/all";
