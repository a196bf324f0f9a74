/**
 * What the learned record selector (bench/train-records.ts) reads about each candidate list of a page: measurements
 * the detectors and the hand score already make (records, text, links, shape, chrome, hand rank),
 * plus where the list sits (depth, document position, nesting among the other candidates). Only
 * generic signals: no site, URL or page-specific constant. One linear pass over the page and
 * O(records) per region, so it costs about what scoring does.
 */
import { attr, type Element } from "../../lib/engine/dom";
import type { CandidatePool, PoolRegion } from "../../lib/engine/records/all";
import { chromeFactor } from "../../lib/engine/records/chrome";
import { parentElement } from "../../lib/engine/records/features";
import { tallyRecords } from "../../lib/engine/records/score";

/** Names of the features, in vector order; a weights file records them so a stale model is refused. */
export const FEATURE_NAMES = [
  "logRecords",
  "recordWidth",
  "logMeanText",
  "homogeneity",
  "logMeanLeaves",
  "linkDensity",
  "logAnchorsPerRecord",
  "pictured",
  "textSpread",
  "structuralChrome",
  "linkFarm",
  "kindTable",
  "kindMicrodata",
  "logScore",
  "logRankRatio",
  "logRankPosition",
  "ruleSelected",
  "inherited",
  "furniture",
  "coverageShare",
  "logCoverageRatio",
  "logDepth",
  "position",
  "inMain",
  "inNav",
  "inHeader",
  "inFooter",
  "inAside",
  "parentList",
  "parentTable",
  "parentDl",
  "recordLi",
  "recordTr",
  "recordBlock",
  "childShare",
  "logContainers",
  "logContained",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const BLOCK_TAGS = new Set(["div", "article", "section"]);

/** One feature vector per pool region, in pool order. `ruleSelected` marks the hand rule's picks. */
export function regionFeatures(pool: CandidatePool, ruleSelected: ReadonlySet<PoolRegion["region"]>): number[][] {
  const { body, f, regions } = pool;
  if (!regions.length) return [];
  const bodyText = Math.max(1, f.get(body).text);
  const order = documentOrder(body);
  const elementCount = Math.max(1, order.size);
  const topRank = Math.max(regions[0]!.rank, 1e-9);
  const maxCoverage = Math.max(1, ...regions.map((r) => r.region.coverage));
  const { containers, contained } = nesting(regions);

  return regions.map((entry, i) => {
    const r = entry.region;
    const n = r.records.length;
    const { texts, links, anchors, leaves, pictured } = tallyRecords(r.records, f);
    const structural = chromeFactor(r.parent);
    const ancestors = ancestorTags(r.parent);
    const first = r.records[0]![0]!;
    const recordTag = first.tagName;
    const parentTag = r.parent.tagName;
    const parentKids = r.parent.childNodes.filter((c) => "tagName" in c).length;
    const v: Record<FeatureName, number> = {
      logRecords: Math.log(n),
      recordWidth: r.records[0]!.length,
      logMeanText: Math.log1p(r.meanText),
      homogeneity: r.homogeneity,
      logMeanLeaves: Math.log1p(leaves / n),
      linkDensity: r.coverage ? links / r.coverage : 0,
      logAnchorsPerRecord: Math.log1p(anchors / n),
      pictured: pictured / n,
      textSpread: spread(texts),
      structuralChrome: structural,
      linkFarm: structural > 0 ? r.chrome / structural : 1,
      kindTable: r.kind === "table" ? 1 : 0,
      kindMicrodata: r.kind === "microdata" ? 1 : 0,
      logScore: Math.log1p(r.score),
      logRankRatio: Math.max(-12, Math.log(Math.max(entry.rank, 1e-12) / topRank)),
      logRankPosition: Math.log1p(i),
      ruleSelected: ruleSelected.has(r) ? 1 : 0,
      inherited: entry.inherited ? 1 : 0,
      furniture: entry.furniture ? 1 : 0,
      coverageShare: r.coverage / bodyText,
      logCoverageRatio: Math.log(Math.max(1, r.coverage) / maxCoverage),
      logDepth: Math.log1p(depth(r.parent)),
      position: (order.get(first) ?? 0) / elementCount,
      inMain: ancestors.has("main") ? 1 : 0,
      inNav: ancestors.has("nav") ? 1 : 0,
      inHeader: ancestors.has("header") ? 1 : 0,
      inFooter: ancestors.has("footer") ? 1 : 0,
      inAside: ancestors.has("aside") ? 1 : 0,
      parentList: parentTag === "ul" || parentTag === "ol" ? 1 : 0,
      parentTable: parentTag === "table" || parentTag === "tbody" || parentTag === "thead" ? 1 : 0,
      parentDl: parentTag === "dl" ? 1 : 0,
      recordLi: recordTag === "li" ? 1 : 0,
      recordTr: recordTag === "tr" ? 1 : 0,
      recordBlock: BLOCK_TAGS.has(recordTag) ? 1 : 0,
      childShare: parentKids ? Math.min(1, (n * r.records[0]!.length) / parentKids) : 0,
      logContainers: Math.log1p(containers[i]!),
      logContained: Math.log1p(contained[i]!),
    };
    return FEATURE_NAMES.map((name) => v[name]);
  });
}

/** Pre-order index of every element under root, for the document position of a list. */
function documentOrder(root: Element): Map<Element, number> {
  const out = new Map<Element, number>();
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    out.set(el, out.size);
    for (let i = el.childNodes.length - 1; i >= 0; i--) {
      const c = el.childNodes[i]!;
      if ("tagName" in c) stack.push(c);
    }
  }
  return out;
}

function depth(el: Element): number {
  let d = 0;
  for (let n = parentElement(el); n; n = parentElement(n)) d++;
  return d;
}

/** Tags (and landmark roles, read as their tags) above the element, up to the body. */
function ancestorTags(el: Element): Set<string> {
  const out = new Set<string>();
  for (let n: Element | null = el; n && n.tagName !== "body"; n = parentElement(n)) {
    out.add(n.tagName);
    const role = attr(n, "role");
    if (role === "main") out.add("main");
    else if (role === "navigation") out.add("nav");
    else if (role === "banner") out.add("header");
    else if (role === "contentinfo") out.add("footer");
    else if (role === "complementary") out.add("aside");
  }
  return out;
}

function spread(xs: number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  if (!mean) return 0;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) / mean;
}

/**
 * For each region: how many other candidates hold it inside one of their records (it is a list
 * within a list), and how many it holds inside its own records.
 */
function nesting(regions: readonly PoolRegion[]): { containers: number[]; contained: number[] } {
  const owner = new Map<Element, number[]>();
  regions.forEach((entry, i) => {
    for (const rec of entry.region.records) for (const el of rec) (owner.get(el) ?? owner.set(el, []).get(el)!).push(i);
  });
  const containers = regions.map(() => 0);
  const contained = regions.map(() => 0);
  regions.forEach((entry, i) => {
    const seen = new Set<number>();
    for (let n: Element | null = entry.region.parent; n; n = parentElement(n)) for (const j of owner.get(n) ?? []) if (j !== i) seen.add(j);
    containers[i] = seen.size;
    for (const j of seen) contained[j]!++;
  });
  return { containers, contained };
}
