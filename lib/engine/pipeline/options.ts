import type { TaskProgress } from "@/lib/extract/types";

/** How one extraction runs (runPipeline): the studio's settings, and the CLI's --file. */
export interface PipelineOptions {
  maxPages: number;
  pageTimeoutMs: number;
  allowPrivate: boolean;
  respectRobots: boolean;
  userAgent?: string;
  signal?: AbortSignal;
  onProgress?: (progress: TaskProgress) => void;
  /** For --file: the seed page's HTML is given, not fetched (pagination is not followed). */
  seedHtml?: string;
  /** Time for all the link checks of verify URLs (ENGINE_VERIFY_BUDGET_MS); default 5 minutes. */
  verifyBudgetMs?: number;
}
