import { z } from 'zod';
import { legalDomainCodeMaxLength, legalDomainCodePattern } from '../domain/legal-domain';
import { textSchema } from './common.schema';

/**
 * A legal-domain code as every body and query takes it. Only its shape: whether the domain
 * exists and is active is the taxonomy's answer (the server's checkLegalDomain), not the schema's.
 */
export const legalDomainCodeSchema = z
  .string()
  .max(legalDomainCodeMaxLength)
  .regex(legalDomainCodePattern, 'must be a legal-domain code: lower-case words joined by _, e.g. labor_dispute');

const oneLine = (max: number) => textSchema(max).regex(/^[^\n\r]*$/, 'must be one line');

export const legalDomainSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
  /** False: retired. Kept on what already carries it, offered for nothing new. */
  isActive: z.boolean(),
});
export type LegalDomainView = z.infer<typeof legalDomainSchema>;

export const legalDomainListSchema = z.object({ items: z.array(legalDomainSchema) });

const domainFields = {
  nameZh: oneLine(20),
  nameEn: oneLine(60),
  /** Lists show domains by this, then by code; the seed leaves gaps of ten. */
  sortOrder: z.number().int().min(0).max(10_000),
  isActive: z.boolean(),
};

export const createLegalDomainSchema = z
  .object({
    code: legalDomainCodeSchema,
    ...domainFields,
    /** Omitted: after the last domain. */
    sortOrder: domainFields.sortOrder.optional(),
    isActive: domainFields.isActive.default(true),
  })
  .strict();
export type CreateLegalDomain = z.infer<typeof createLegalDomainSchema>;

/** The code is not here: it is stored on articles, orders and rules, so it never changes. */
export const updateLegalDomainSchema = z
  .object(domainFields)
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, 'must change at least one field');
export type UpdateLegalDomain = z.infer<typeof updateLegalDomainSchema>;

export const legalDomainCodeParamSchema = z.object({ code: legalDomainCodeSchema }).strict();

export const listLegalDomainsQuerySchema = z
  .object({
    /** Administrators (legal_domain.manage) only: the retired domains too. */
    includeRetired: z.enum(['true', 'false']).optional(),
  })
  .strict();
export type ListLegalDomainsQuery = z.infer<typeof listLegalDomainsQuerySchema>;
