import { z } from 'zod';
import { cursorSchema, limitSchema, pageSchema, searchTextSchema } from './common.schema';

export const listAuditQuerySchema = z
  .object({
    entityType: searchTextSchema.optional(),
    entityId: searchTextSchema.optional(),
    cursor: cursorSchema.optional(),
    limit: limitSchema,
  })
  .strict();
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  divisionCode: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = pageSchema(auditEntrySchema);
