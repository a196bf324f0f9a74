import { z } from "zod";

/**
 * Linkup /v1/extract, as documented in the contract (shared/docs/linkup-extract.md). The API is in
 * closed beta, so unknown fields are tolerated (zod strips them) but the fields we rely on are checked.
 */
const linkupStatusSchema = z.enum(["pending", "processing", "completed", "failed"]);

export const linkupTaskSchema = z.object({
  id: z.string().min(1),
  type: z.string().optional(),
  status: linkupStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  error: z.string().nullable().optional(),
  input: z.object({
    q: z.string(),
    url: z.string(),
    schema: z.record(z.string(), z.unknown()).nullable().optional(),
    verifyUrls: z.boolean().nullable().optional(),
  }),
  output: z
    .object({
      creditsUsed: z.number().nullable().optional(),
      resultUrl: z.string().nullable().optional(),
      rowsReturned: z.number().nullable().optional(),
    })
    .nullable()
    .optional(),
});
export type LinkupTask = z.infer<typeof linkupTaskSchema>;

export const linkupListSchema = z.object({
  metadata: z.object({
    page: z.number(),
    pageSize: z.number(),
    total: z.number(),
    totalPages: z.number(),
  }),
  // Each task is read on its own (client.ts): one Linkup cannot describe (a field missing, an
  // unknown status) is skipped and counted, and the rest of the list is still shown.
  data: z.array(z.unknown()),
});

export const linkupErrorSchema = z.object({
  statusCode: z.number().optional(),
  error: z.object({
    code: z.string(),
    message: z.string().optional(),
    details: z
      .array(z.object({ field: z.string().optional(), message: z.string().optional() }).passthrough())
      .optional(),
  }),
});
export type LinkupErrorBody = z.infer<typeof linkupErrorSchema>;

export interface LinkupCreateBody {
  q: string;
  url: string;
  schema: Record<string, unknown> | null;
  verifyUrls: boolean;
}
