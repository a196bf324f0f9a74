/**
 * Software licences as repository cards and package pages write them, without the word "License":
 * "BSD 3-Clause", "Apache-2.0", "GPL-3.0", "MPL 2.0", "Unlicense" (SPDX identifiers and their usual
 * spellings). A licence field takes such a text that nothing names, as a role takes a job title.
 */

/** A version written after a licence's name: "2.0", "v3", "-2.1". */
const V = "(?:[- ]?v?\\d(?:\\.\\d)*)";
/** The licences' names, SPDX's spelling or the usual one ("BSD 3-Clause" is "BSD-3-Clause"). */
const NAMES = [
  "mit",
  "isc",
  "(?:the )?unlicen[sc]e",
  "0bsd",
  "zlib",
  "wtfpl",
  "postgresql",
  "bsd(?:[- ][0-4][- ]clause(?:[- ](?:new|simplified|clear|revised))?)?",
  "(?:new|simplified|revised) bsd",
  `apache${V}?`,
  `(?:a|l)?gpl${V}?(?:[- ](?:only|or[- ]later)|\\+)?`,
  `mpl${V}?`,
  `epl${V}?`,
  `eupl${V}?`,
  `artistic${V}?`,
  `bsl${V}?`,
  "boost(?: software)?",
  `ofl${V}?`,
  `cc0${V}?`,
  `cc[- ]by(?:[- ](?:sa|nc|nd)){0,2}${V}?`,
  "public domain",
];
/** The whole text is a licence's name, with "License" and a version after it at most. */
const LICENSE = new RegExp(`^(?:${NAMES.join("|")})(?: licen[sc]e)?(?: v?\\d(?:\\.\\d)*)?$`, "i");

/** Whether the text is a software licence's name and nothing else. */
export const readsAsLicense = (text: string): boolean => text.length <= 40 && LICENSE.test(text.replace(/\s+/g, " ").trim());

/** A field named for a licence: "license", "licence", "license name". */
export const namesLicense = (own: string[]): boolean => own.some((w) => /^licen[sc]es?$/.test(w));
