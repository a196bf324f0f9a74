/**
 * The embedded engine on the command line, for evaluation and scripting:
 *
 *   npm run extract -- (--url URL | --file PAGE.html [--base-url URL]) --q "…" [--schema FILE]
 *                      [--verify-urls] [--explain] [--max-pages N] [--allow-private] [--ignore-robots]
 *
 * Prints one NDJSON row per line (with --explain: {"row":…,"page":…,"xpath":…,"fields":{…}}, the
 * record's XPath and where each field was read: {"xpath":…} for an element's text, with "attr" for
 * an attribute, {"jsonld":"offers.price"} for structured data; a record read in an <iframe srcdoc> has
 * "frames" before its "xpath": the iframe's XPath in the page, its XPaths being the frame's); progress and errors go to stderr. Exit code 1 with a sentence when the extraction fails; 0, quietly, when the
 * reader stops reading (`| head`).
 *
 * The engine's settings come from the same variables as the studio's (ENGINE_MAX_PAGES,
 * ENGINE_PAGE_TIMEOUT_MS, ENGINE_ALLOW_PRIVATE_NETWORKS, ENGINE_RESPECT_ROBOTS, ENGINE_VERIFY_BUDGET_MS); the flags override
 * them. A --file page is decoded by its own <meta charset>, as a browser would (UTF-8 without one).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { envSchema } from "../lib/env-schema";
import { extractInputSchema } from "../lib/extract/types";
import { decodeHtml } from "../lib/engine/net/charset";
import { EngineFetchError } from "../lib/engine/net/errors";
import { runPipeline } from "../lib/engine/pipeline";
import { ExtractionError } from "../lib/engine/pipeline/messages";

/**
 * Whoever runs the CLI runs the engine: a refusal the settings decide names the setting (the studio's
 * analyst reads the same sentence without it, having no say in the settings).
 */
function settingHint(err: ExtractionError): string {
  if (!(err.cause instanceof EngineFetchError)) return "";
  if (err.cause.code === "blocked_address") return " (private addresses: ENGINE_ALLOW_PRIVATE_NETWORKS=1 or --allow-private; cloud metadata endpoints stay blocked)";
  if (err.cause.code === "robots_disallowed") return " (ENGINE_RESPECT_ROBOTS=0 or --ignore-robots, only with the site's permission)";
  return "";
}

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

// A reader that has read enough (`| head -n 5`) closes the pipe: the rows it did not want are not
// an error, so stop there, as other Unix tools do (Node ignores SIGPIPE and reports EPIPE instead).
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  fail(`cannot write the rows: ${err.message}`);
});

const flags = {
  url: { type: "string" },
  file: { type: "string" },
  "base-url": { type: "string" },
  q: { type: "string" },
  schema: { type: "string" },
  "verify-urls": { type: "boolean", default: false },
  explain: { type: "boolean", default: false },
  "max-pages": { type: "string" },
  "allow-private": { type: "boolean", default: false },
  "ignore-robots": { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} as const;

/** A mistyped flag is the user's slip, not a crash: one line saying which, and where the usage is. */
function parseFlags() {
  try {
    return parseArgs({ options: flags, strict: true });
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}; see npm run extract -- --help`);
  }
}

async function main() {
  const { values } = parseFlags();
  if (values.help) {
    process.stdout.write(readFileSync(__filename, "utf8").split("*/")[0]!.replace(/^\/\*\*?|^ \* ?/gm, "") + "\n");
    return;
  }
  if (!values.url === !values.file) fail("give exactly one of --url URL or --file PAGE.html");
  const engineEnv = envSchema
    .pick({ ENGINE_MAX_PAGES: true, ENGINE_PAGE_TIMEOUT_MS: true, ENGINE_ALLOW_PRIVATE_NETWORKS: true, ENGINE_RESPECT_ROBOTS: true, ENGINE_VERIFY_BUDGET_MS: true })
    .safeParse(process.env);
  if (!engineEnv.success) fail(engineEnv.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const config = engineEnv.data;
  if (!values.q) fail('give the query with --q "…"');
  let schema: unknown = null;
  if (values.schema) {
    try {
      schema = JSON.parse(readFileSync(values.schema, "utf8"));
    } catch (err) {
      fail(`cannot read the schema ${values.schema}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const url = values.url ?? values["base-url"] ?? `http://file.local/${encodeURIComponent(path.basename(values.file!))}`;
  const parsed = extractInputSchema.safeParse({ q: values.q, url, schema, verifyUrls: values["verify-urls"] });
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const maxPages = values["max-pages"] === undefined ? config.ENGINE_MAX_PAGES : Number(values["max-pages"]);
  if (!Number.isInteger(maxPages) || maxPages < 1) fail("--max-pages must be a whole number ≥ 1");

  let lastStage = "";
  const progress = await runPipeline(
    parsed.data,
    (item) => {
      const { page, frames, xpath, fields } = item.source;
      const line = values.explain ? { row: item.row, page, ...(frames ? { frames } : {}), xpath, fields: fields ?? {} } : item.row;
      if (!process.stdout.write(`${JSON.stringify(line)}\n`)) return new Promise<void>((r) => process.stdout.once("drain", () => r()));
    },
    {
      maxPages,
      pageTimeoutMs: config.ENGINE_PAGE_TIMEOUT_MS,
      allowPrivate: values["allow-private"] || config.ENGINE_ALLOW_PRIVATE_NETWORKS,
      respectRobots: !values["ignore-robots"] && config.ENGINE_RESPECT_ROBOTS,
      verifyBudgetMs: config.ENGINE_VERIFY_BUDGET_MS,
      seedHtml: values.file ? decodeHtml(readFileSync(values.file), undefined).html : undefined,
      onProgress: (p) => {
        if (p.stage !== lastStage) {
          lastStage = p.stage;
          process.stderr.write(`extract: ${p.stage}${p.currentUrl ? ` ${p.currentUrl}` : ""}\n`);
        }
      },
    },
  );
  const d = progress.rowsDropped;
  process.stderr.write(
    `extract: ${progress.rowsKept} rows from ${progress.pagesFetched} page(s); dropped ${d.invalid} invalid, ${d.duplicate} duplicate, ${d.deadLinks} dead-link\n`,
  );
  for (const note of progress.notes) process.stderr.write(`extract: ${note}\n`);
}

main().catch((err: unknown) => fail(err instanceof ExtractionError ? err.message + settingHint(err) : err instanceof Error ? (err.stack ?? err.message) : String(err)));
