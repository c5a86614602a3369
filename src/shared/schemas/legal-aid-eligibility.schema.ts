import { z } from 'zod';
import {
  appointmentGroundCodes,
  householdSizeLimits,
  legalAidCodeMaxLength,
  legalAidCodePattern,
  matterKinds,
  maxAssetsFen,
  maxDibaoMonthlyFen,
  maxMonthlyHouseholdIncomeFen,
  multiplierPermilleLimits,
} from '../domain/legal-aid.catalogue';
import { eligibilityCriterionIds, eligibilityResults } from '../domain/legal-aid.eligibility';
import { regionPrefixPattern } from '../domain/legal-aid.rules';
import { calendarDateSchema } from './calendar.schema';
import { divisionCodeSchema, textSchema } from './common.schema';

/**
 * A matter-category or exemption code as bodies take it. Only its shape: whether the rules in
 * force know it is the server's answer (a 400 naming the field), not the schema's.
 */
export const legalAidCodeSchema = z
  .string()
  .max(legalAidCodeMaxLength)
  .regex(legalAidCodePattern, 'must be a code: lower-case words joined by _, e.g. labor_relationship_or_pay');

const fenSchema = (max: number, what: string) =>
  z
    .number()
    .int(`must be a whole number of fen (${what})`)
    .min(0, `must not be negative (${what} in fen)`)
    .max(max, `must be at most ${max} fen`);

const oneLine = (max: number) => textSchema(max).regex(/^[^\n\r]*$/, 'must be one line');

// ---------------------------------------------------------------------------------------------
// The public pre-check.

export const legalAidPrecheckSchema = z
  .object({
    /** Where the applicant lives: any division inside the area the rules cover. */
    divisionCode: divisionCodeSchema,
    householdSize: z
      .number()
      .int('must be a whole number of people')
      .min(householdSizeLimits.min, `must be at least ${householdSizeLimits.min} (the applicant)`)
      .max(householdSizeLimits.max, `must be at most ${householdSizeLimits.max}`),
    monthlyHouseholdIncomeFen: fenSchema(maxMonthlyHouseholdIncomeFen, 'the household income of a month'),
    /** A code from GET /public/legal-aid/rules. */
    matterCategory: legalAidCodeSchema,
    /** Means-test exemption codes from GET /public/legal-aid/rules. */
    exemptions: z.array(legalAidCodeSchema).max(20).optional(),
    /** Criminal defence only: grounds of mandatory appointment. */
    appointmentGrounds: z.array(z.enum(appointmentGroundCodes)).max(appointmentGroundCodes.length).optional(),
    /** Household assets; where a region sets an asset cap, leaving them out sends the check to review. */
    assetsFen: fenSchema(maxAssetsFen, 'household assets').optional(),
  })
  .strict();
export type LegalAidPrecheck = z.infer<typeof legalAidPrecheckSchema>;

export const ruleVersionRefSchema = z.object({
  id: z.number().int(),
  regionPrefix: z.string(),
  effectiveFrom: z.string(),
});

export const dibaoStandardSchema = z.object({
  divisionCode: z.string(),
  effectiveFrom: z.string(),
  monthlyFen: z.number().int(),
  /** A seeded figure, not the published standard. */
  isIllustrative: z.boolean(),
});

export const eligibilityResultSchema = z.object({
  result: z.enum(eligibilityResults),
  criteria: z.array(z.object({ id: z.enum(eligibilityCriterionIds), passed: z.boolean(), detail: z.string() })),
  /** Null only where no dibao is known for the division. */
  thresholdPerCapitaFen: z.number().int().nullable(),
  perCapitaIncomeFen: z.number().int(),
  ruleVersion: ruleVersionRefSchema,
  dibao: dibaoStandardSchema.nullable(),
  /** The Asia/Shanghai date the rules were read for. */
  on: z.string(),
});
export type EligibilityResultView = z.infer<typeof eligibilityResultSchema>;

export const legalAidRulesQuerySchema = z.object({ divisionCode: divisionCodeSchema }).strict();
export type LegalAidRulesQuery = z.infer<typeof legalAidRulesQuerySchema>;

const exemptionViewFields = {
  code: z.string(),
  nameZh: z.string(),
  basis: z.string(),
  /** Null: any matter. */
  matterCategories: z.array(z.string()).nullable(),
  /** An art. 32 circumstance: it brings an otherwise out-of-scope matter into scope. */
  extendsScope: z.boolean(),
};

export const legalAidRulesSchema = z.object({
  divisionCode: z.string(),
  on: z.string(),
  ruleVersion: ruleVersionRefSchema,
  multiplierPermille: z.number().int(),
  assetCapFen: z.number().int().nullable(),
  dibao: dibaoStandardSchema.nullable(),
  thresholdPerCapitaFen: z.number().int().nullable(),
  matterCategories: z.array(
    z.object({
      code: z.string(),
      nameZh: z.string(),
      kind: z.enum(matterKinds),
      basis: z.string(),
      source: z.enum(['statutory', 'supplementary', 'general']),
      inScope: z.boolean(),
      isReviewOnly: z.boolean(),
    }),
  ),
  exemptions: z.array(z.object(exemptionViewFields)),
  appointmentGrounds: z.array(
    z.object({ code: z.enum(appointmentGroundCodes), nameZh: z.string(), basis: z.string() }),
  ),
});
export type LegalAidRulesView = z.infer<typeof legalAidRulesSchema>;

// ---------------------------------------------------------------------------------------------
// Administration of the rule data.

const supplementaryMatterFields = {
  code: legalAidCodeSchema,
  nameZh: oneLine(40),
  kind: z.enum(['civil', 'administrative']),
  /** What the decision letter cites: the regulation or notice that adds the matter. */
  basis: oneLine(100),
  isReviewOnly: z.boolean(),
};

export const supplementaryMatterSchema = z.object(supplementaryMatterFields);

export const ruleVersionSchema = z.object({
  id: z.number().int(),
  regionPrefix: z.string(),
  regionName: z.string().nullable(),
  effectiveFrom: z.string(),
  multiplierPermille: z.number().int(),
  assetCapFen: z.number().int().nullable(),
  note: z.string().nullable(),
  supplementaryMatters: z.array(supplementaryMatterSchema),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
  /** Today, for its own region: still to come, the one applied, or replaced by a later one. */
  status: z.enum(['scheduled', 'in_force', 'superseded']),
});
export type RuleVersionView = z.infer<typeof ruleVersionSchema>;

export const createRuleVersionSchema = z
  .object({
    /** The city (4 digits, 3708) or a county (6 digits, 370811) the version applies to. */
    regionPrefix: z
      .string()
      .regex(regionPrefixPattern, 'must be a city (4 digits, e.g. 3708) or county (6 digits, e.g. 370811) code prefix'),
    /** Past or future: the version applies from this Asia/Shanghai day on. */
    effectiveFrom: calendarDateSchema,
    multiplierPermille: z
      .number()
      .int()
      .min(multiplierPermilleLimits.min, 'must be at least 2000 (2 × the dibao, the policy floor)')
      .max(multiplierPermilleLimits.max)
      .default(multiplierPermilleLimits.min),
    assetCapFen: fenSchema(maxAssetsFen, 'the asset cap').nullable().default(null),
    note: textSchema(500).nullable().default(null),
    /** The region's whole supplementary list for this version: what it leaves out is out. */
    supplementaryMatters: z
      .array(z.object({ ...supplementaryMatterFields, isReviewOnly: z.boolean().default(false) }).strict())
      .max(50)
      .default([]),
  })
  .strict();
export type CreateRuleVersion = z.infer<typeof createRuleVersionSchema>;

export const dibaoSchema = z.object({
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  effectiveFrom: z.string(),
  monthlyFen: z.number().int(),
  isIllustrative: z.boolean(),
  /** The amount applied today for its division. */
  isInForce: z.boolean(),
  updatedAt: z.string(),
});
export type DibaoView = z.infer<typeof dibaoSchema>;

export const dibaoDivisionParamSchema = z.object({ code: divisionCodeSchema }).strict();

/** The dibao of a city or county from a date; the same date again replaces that amount. */
export const setDibaoSchema = z
  .object({
    effectiveFrom: calendarDateSchema,
    monthlyFen: z
      .number()
      .int('must be a whole number of fen')
      .min(1, 'must be more than 0 fen')
      .max(maxDibaoMonthlyFen, `must be at most ${maxDibaoMonthlyFen} fen`),
    /** An administrator enters the published standard: illustrative only when said so. */
    isIllustrative: z.boolean().default(false),
  })
  .strict();
export type SetDibao = z.infer<typeof setDibaoSchema>;

export const exemptionSchema = z.object({
  ...exemptionViewFields,
  sortOrder: z.number().int(),
  /** False: no longer claimable; what already claimed it keeps it. */
  isActive: z.boolean(),
});
export type ExemptionAdminView = z.infer<typeof exemptionSchema>;

const exemptionFields = {
  nameZh: oneLine(60),
  basis: oneLine(100),
  /** Matter-category codes it is limited to; null: any matter. */
  matterCategories: z.array(legalAidCodeSchema).min(1).max(30).nullable(),
  extendsScope: z.boolean(),
  sortOrder: z.number().int().min(0).max(10_000),
  isActive: z.boolean(),
};

export const createExemptionSchema = z
  .object({
    code: legalAidCodeSchema,
    ...exemptionFields,
    matterCategories: exemptionFields.matterCategories.default(null),
    extendsScope: exemptionFields.extendsScope.default(false),
    /** Omitted: after the last entry. */
    sortOrder: exemptionFields.sortOrder.optional(),
    isActive: exemptionFields.isActive.default(true),
  })
  .strict();
export type CreateExemption = z.infer<typeof createExemptionSchema>;

/** The code is not here: applications record it, so it never changes. */
export const updateExemptionSchema = z
  .object(exemptionFields)
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, 'must change at least one field');
export type UpdateExemption = z.infer<typeof updateExemptionSchema>;

export const exemptionCodeParamSchema = z.object({ code: legalAidCodeSchema }).strict();
