import { z } from 'zod';
import { organizationKinds, professionalKinds } from '../domain/organization';
import { cursorSchema, divisionCodeSchema, limitSchema, searchTextSchema } from './common.schema';

export const organizationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(organizationKinds),
  name: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  address: z.string().nullable(),
  servicePhone: z.string().nullable(),
  professionalCount: z.number().int(),
  isDemo: z.boolean(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const listOrganizationsQuerySchema = z
  .object({
    kind: z.enum(organizationKinds).optional(),
    divisionCode: divisionCodeSchema.optional(),
    q: searchTextSchema.optional(),
    cursor: cursorSchema.optional(),
    limit: limitSchema,
  })
  .strict();
export type ListOrganizationsQuery = z.infer<typeof listOrganizationsQuerySchema>;

export const professionalSchema = z.object({
  id: z.number().int(),
  kind: z.enum(professionalKinds),
  name: z.string(),
  organizationId: z.number().int().nullable(),
  organizationName: z.string().nullable(),
  divisionCode: z.string(),
  divisionName: z.string(),
  licenceNo: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Professional = z.infer<typeof professionalSchema>;

export const listProfessionalsQuerySchema = z
  .object({
    kind: z.enum(professionalKinds).optional(),
    organizationId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    divisionCode: divisionCodeSchema.optional(),
    q: searchTextSchema.optional(),
    cursor: cursorSchema.optional(),
    limit: limitSchema,
  })
  .strict();
export type ListProfessionalsQuery = z.infer<typeof listProfessionalsQuerySchema>;

/** Counts inside the caller's scope, for the role home pages. */
export const scopeSummarySchema = z.object({
  scope: z.object({ code: z.string(), name: z.string() }),
  divisions: z.object({ county: z.number().int(), township: z.number().int(), village: z.number().int() }),
  organizations: z.array(z.object({ kind: z.enum(organizationKinds), count: z.number().int() })),
  professionals: z.array(z.object({ kind: z.enum(professionalKinds), count: z.number().int() })),
  accounts: z.number().int(),
});
export type ScopeSummary = z.infer<typeof scopeSummarySchema>;
