import { z } from 'zod';
import { divisionLevels } from '../domain/division';
import { divisionCodeSchema, searchTextSchema } from './common.schema';

export const divisionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(divisionLevels),
  parentCode: z.string().nullable(),
  kind: z.string().nullable(),
  /** Number of direct children; 0 for villages. */
  childCount: z.number().int(),
});
export type Division = z.infer<typeof divisionSchema>;

export const listDivisionsQuerySchema = z
  .object({
    parent: divisionCodeSchema
      .optional()
      .describe('List the children of this division; the root when both parent and q are absent'),
    q: searchTextSchema.optional().describe('Search names (any part) or codes (a prefix)'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type ListDivisionsQuery = z.infer<typeof listDivisionsQuerySchema>;

export const divisionListSchema = z.object({ items: z.array(divisionSchema) });

export const divisionDetailSchema = divisionSchema.extend({
  /** From the topmost loaded ancestor down to the parent: for breadcrumbs. */
  path: z.array(z.object({ code: z.string(), name: z.string(), level: z.enum(divisionLevels) })),
});
export type DivisionDetail = z.infer<typeof divisionDetailSchema>;

export const divisionCodeParamSchema = z.object({ code: divisionCodeSchema }).strict();
