import { z } from "zod";

/**
 * The studio's own types for extraction tasks. Shared by the server (route handlers validate with
 * them) and the browser (the compose form validates with the same rules before sending).
 * Vendor shapes (lib/linkup) are mapped onto these and never reach a component.
 */

export const MAX_QUERY_LENGTH = 2_000;
export const MAX_SCHEMA_BYTES = 64 * 1024;

const taskStatusSchema = z.enum(["pending", "processing", "completed", "failed"]);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

const TERMINAL_STATUSES: readonly TaskStatus[] = ["completed", "failed"];
export const isTerminal = (status: TaskStatus) => TERMINAL_STATUSES.includes(status);

export const httpUrlSchema = z
  .string({ error: "Enter the seed page's URL." })
  .trim()
  // An empty URL needs only this sentence, not also "Enter an absolute http(s) URL" from the checks after it.
  .min(1, { error: "Enter the seed page's URL.", abort: true })
  .max(4_096, "The URL is too long (4,096 characters at most).")
  // Control, zero-width and bidi-override characters make a URL read differently than it goes.
  .refine((value) => !/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/.test(value), "The URL contains invisible or control characters: paste it again from the address bar.")
  .refine((value) => {
    try {
      const u = new URL(value);
      return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
    } catch {
      return false;
    }
  }, "Enter an absolute http(s) URL, e.g. https://example.com/team.")
  // The engine would resolve every link on the page against it, so the password would be copied into
  // every row, the sources, the CSV and the task list; Linkup takes no credentials either.
  .refine((value) => {
    try {
      const u = new URL(value);
      return u.username === "" && u.password === "";
    } catch {
      return true; // the check above says what is wrong
    }
  }, "Remove the user name and password from the URL; the studio does not send credentials.");

const byteLength = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** How deep a row schema may nest (the root is level 0): as deep as the compose page's schema parser (lib/schema/json-ast.ts) reads. */
export const MAX_SCHEMA_DEPTH = 256;

/**
 * Whether a parsed JSON value nests deeper than `limit` levels, found without recursion: JSON.parse
 * reads a body nested thousands of levels deep, and any recursive walk of it (JSON.stringify
 * included) overflows the stack.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.depth > limit) return true;
    if (typeof next.value === "object" && next.value !== null) for (const child of Object.values(next.value)) stack.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}

/** A JSON Schema describing ONE row. Deep validation of keywords comes with the schema editor. */
export const rowSchemaSchema = z
  .record(z.string(), z.unknown(), { error: "The schema must be a JSON object." })
  // First, and the end of the checks when it fails: the ones after it (and the server's) walk the schema recursively.
  .refine((s) => !nestsDeeperThan(s, MAX_SCHEMA_DEPTH), { message: `The schema is nested too deeply (${MAX_SCHEMA_DEPTH} levels at most).`, abort: true })
  .refine((s) => s.type === "object", 'The schema must describe one row: a JSON Schema with "type": "object".')
  .refine(
    (s) => s.properties === undefined || (typeof s.properties === "object" && s.properties !== null && !Array.isArray(s.properties)),
    'The schema\'s "properties" must be an object.',
  )
  .refine((s) => byteLength(s) <= MAX_SCHEMA_BYTES, `The schema is too large (${MAX_SCHEMA_BYTES / 1024} KB at most).`);
export type RowSchema = z.infer<typeof rowSchemaSchema>;

export const extractInputSchema = z.object(
  {
    q: z
      // Missing (or null, as Python clients send None): say what to write; any other type: say what is wrong.
      .string({ error: (issue) => (issue.input === undefined || issue.input === null ? "Describe the rows to extract." : "q must be a string.") })
      .trim()
      .min(1, "Describe the rows to extract.")
      .max(MAX_QUERY_LENGTH, `The query is too long (${MAX_QUERY_LENGTH.toLocaleString("en")} characters at most).`),
    url: httpUrlSchema,
    schema: rowSchemaSchema.nullish().transform((s) => s ?? null),
    // null is the default, as for schema: Python clients send None for what they leave out.
    verifyUrls: z
      .boolean({ error: "verifyUrls must be true or false." })
      .nullish()
      .transform((v) => v ?? false),
  },
  // A body that is JSON but no object (null, a list, a string): say what to send, not zod's "expected object".
  { error: 'Send the extraction as a JSON object: { "q": "…", "url": "…" }, with "schema" and "verifyUrls" if wanted.' },
);
export type ExtractInput = z.output<typeof extractInputSchema>;
export type ExtractInputDraft = z.input<typeof extractInputSchema>;

const providerNameSchema = z.enum(["linkup", "embedded"]);
export type ProviderName = z.infer<typeof providerNameSchema>;

/** What the embedded engine reports while it works (Linkup reports nothing until the end). */
const taskProgressSchema = z.object({
  stage: z.enum(["queued", "fetching", "extracting", "verifying", "writing", "done"]),
  pagesFetched: z.number(),
  recordsFound: z.number(),
  rowsKept: z.number(),
  rowsDropped: z.object({
    invalid: z.number(),
    duplicate: z.number(),
    deadLinks: z.number(),
  }),
  currentUrl: z.string().nullable(),
  /**
   * The most pages the run will read (ENGINE_MAX_PAGES; 1 when the seed page is given, as the CLI's
   * --file is), so "page 3" can be read against its bound. Optional: reports saved before it was
   * carried, and a queued task's, have none.
   */
  maxPages: z.number().int().positive().optional(),
  /** Why pagination stopped, or other notes a user may want to read. */
  notes: z.array(z.string()),
});
export type TaskProgress = z.infer<typeof taskProgressSchema>;

export const emptyProgress = (): TaskProgress => ({
  stage: "queued",
  pagesFetched: 0,
  recordsFound: 0,
  rowsKept: 0,
  rowsDropped: { invalid: 0, duplicate: 0, deadLinks: 0 },
  currentUrl: null,
  notes: [],
});

/**
 * Where one field's value was read (embedded engine): the text of the element at `xpath`, one of its
 * attributes (`attr`: href, src, data-src, datetime, content…), or a property of the page's JSON-LD
 * (`jsonld`: its path in the record's entity, "offers.price"). XPaths as the record's (see RowSource).
 */
const fieldSourceSchema = z.union([z.object({ xpath: z.string(), attr: z.string().optional() }), z.object({ jsonld: z.string() })]);
export type FieldSource = z.infer<typeof fieldSourceSchema>;

/**
 * Where a row came from: its page and the browser-DOM XPath of its record (`[n]` on every step, no
 * leading `/html[1]`), and where each filled field was read (absent in results written before
 * fields were recorded; a field left empty has none). A record read in a frame's own document (an
 * `<iframe srcdoc>`) has `frames`: the XPath of that iframe in the page (then of each iframe within
 * it, outermost first); its XPaths, and its fields', are then in the innermost frame's document.
 */
export const rowSourceSchema = z.object({ page: z.string(), frames: z.array(z.string()).optional(), xpath: z.string(), fields: z.record(z.string(), fieldSourceSchema).optional() });
export type RowSource = z.infer<typeof rowSourceSchema>;

export const taskSchema = z.object({
  id: z.string(),
  status: taskStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  error: z.string().nullable(),
  input: z.object({
    q: z.string(),
    url: z.string(),
    schema: z.record(z.string(), z.unknown()).nullable(),
    verifyUrls: z.boolean(),
  }),
  output: z
    .object({
      creditsUsed: z.number(),
      rowsReturned: z.number(),
    })
    .nullable(),
  /** Only the embedded engine reports progress and keeps row sources. */
  progress: taskProgressSchema.nullable().optional(),
  /**
   * Which provider holds the task, set by the studio's API: with Linkup active, an `embedded` task is
   * a free preview (its pages and downloads need `?provider=embedded`).
   */
  provider: providerNameSchema.optional(),
});
export type Task = z.infer<typeof taskSchema>;

const sortBySchema = z.enum(["createdAt", "updatedAt"], { error: "sortBy must be createdAt or updatedAt." });
const sortDirectionSchema = z.enum(["asc", "desc"], { error: "sortDirection must be asc or desc." });

export const listParamsSchema = z.object({
  page: z.coerce.number({ error: "page must be a whole number ≥ 1." }).int("page must be a whole number ≥ 1.").min(1, "page must be a whole number ≥ 1.").max(1_000_000, "page is too large.").default(1),
  pageSize: z.coerce
    .number({ error: "pageSize must be a whole number from 1 to 100." })
    .int("pageSize must be a whole number from 1 to 100.")
    .min(1, "pageSize must be a whole number from 1 to 100.")
    .max(100, "pageSize must be a whole number from 1 to 100.")
    .default(20),
  sortBy: sortBySchema.default("createdAt"),
  sortDirection: sortDirectionSchema.default("desc"),
});
export type ListParams = z.output<typeof listParamsSchema>;

export const taskPageSchema = z.object({
  metadata: z.object({ page: z.number(), pageSize: z.number(), total: z.number(), totalPages: z.number() }),
  data: z.array(taskSchema),
  /** Linkup's tasks could not be listed (why, in the studio's words): the page holds the free previews only. */
  unavailable: z.object({ code: z.string(), message: z.string() }).optional(),
  /** Linkup's tasks in this page's range that could not be read (a field missing or of another type, an unknown status): left out of `data`. */
  unreadable: z.number().int().positive().optional(),
});
export type TaskPage = z.infer<typeof taskPageSchema>;

/** Task ids travel in URL paths: allow only what an id can be, so `../` never reaches an upstream path. */
export const taskIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/, "That is not a valid task id.");

export const healthSchema = z.object({
  ok: z.boolean(),
  provider: providerNameSchema,
});
export type Health = z.infer<typeof healthSchema>;

const savedNameSchema = z
  .string({ error: "Give the extraction a name." })
  .trim()
  .min(1, "Give the extraction a name.")
  .max(120, "The name is too long (120 characters at most).");

/**
 * Saved extractions are told apart by name ignoring case and surrounding spaces ("Team page" and
 * " team page" are one): the compose page's warning and the store's uniqueness use this one key.
 */
export const savedNameKey = (name: string) => name.trim().normalize("NFC").toLowerCase();

export const saveExtractionSchema = z.object({ name: savedNameSchema, input: extractInputSchema });
export const renameSavedSchema = z.object({ name: savedNameSchema });

export const savedExtractionSchema = z.object({
  id: z.string(),
  name: z.string(),
  input: taskSchema.shape.input,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedExtraction = z.infer<typeof savedExtractionSchema>;
export const savedListSchema = z.object({ data: z.array(savedExtractionSchema) });
