import { z } from 'zod';
import {
  applicationActions,
  legalAidDecisions,
  legalAidDocumentCodes,
  objectionAnswers,
} from '../domain/legal-aid.application';
import { publicChannels } from '../domain/work-order';
import { workOrderStatuses } from '../domain/work-order.lifecycle';
import { idNumberSchema, phoneSchema, textSchema } from './common.schema';
import { eligibilityResultSchema, legalAidPrecheckSchema } from './legal-aid-eligibility.schema';
import { workOrderCodeSchema } from './work-order.schema';

const reasonsSchema = textSchema(2000);

/** The applicant's facts: what the means test takes, and what the review needs besides. */
const applicationFields = {
  ...legalAidPrecheckSchema.shape,
  /** The other side of the matter (对方当事人), if there is one; stored encrypted. */
  opposingParty: textSchema(100)
    .regex(/^[^\n\r]*$/, 'must be one line')
    .optional(),
  /** The documents handed in, from the catalogue. */
  documents: z
    .array(z.enum(legalAidDocumentCodes))
    .max(legalAidDocumentCodes.length)
    .refine((list) => new Set(list).size === list.length, 'must not list a document twice')
    .default([]),
  description: textSchema(2000),
  name: textSchema(50),
  phone: phoneSchema,
};

/** The portal form (法律援助申请): the citizen applies for themselves. */
export const publicLegalAidApplicationSchema = z
  .object({
    ...applicationFields,
    idNumber: idNumberSchema,
    channel: z.enum(publicChannels).default('web'),
  })
  .strict();
export type PublicLegalAidApplication = z.infer<typeof publicLegalAidApplicationSchema>;

/** A window clerk or a hotline agent applying with the citizen. */
export const legalAidApplicationChannels = ['window', 'hotline'] as const;
export const createLegalAidApplicationSchema = z
  .object({
    ...applicationFields,
    idNumber: idNumberSchema.optional(),
    channel: z.enum(legalAidApplicationChannels),
  })
  .strict();
export type CreateLegalAidApplication = z.infer<typeof createLegalAidApplicationSchema>;

export const legalAidDecisionSchema = z
  .object({
    decision: z.enum(legalAidDecisions),
    /** Required for a refusal (art. 43: 不予法律援助的，应当书面告知申请人，并说明理由). */
    reasons: reasonsSchema.optional(),
    version: z.number().int().positive(),
  })
  .strict();
export type LegalAidDecisionInput = z.infer<typeof legalAidDecisionSchema>;

export const legalAidObjectionSchema = z.object({ reason: reasonsSchema }).strict();
export type LegalAidObjectionInput = z.infer<typeof legalAidObjectionSchema>;

export const publicLegalAidObjectionSchema = z.object({ phone: phoneSchema, reason: reasonsSchema }).strict();
export type PublicLegalAidObjectionInput = z.infer<typeof publicLegalAidObjectionSchema>;
export const publicLegalAidCodeParamSchema = z.object({ code: workOrderCodeSchema }).strict();

export const objectionAnswerSchema = z
  .object({
    answer: z.enum(objectionAnswers),
    reasons: reasonsSchema,
    version: z.number().int().positive(),
  })
  .strict();
export type ObjectionAnswerInput = z.infer<typeof objectionAnswerSchema>;

export const legalAidApplicationSchema = z.object({
  workOrderId: z.number().int(),
  code: z.string(),
  status: z.enum(workOrderStatuses),
  channel: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  applicant: z.object({ name: z.string().nullable(), phoneMasked: z.string().nullable() }),
  description: z.string(),
  householdSize: z.number().int(),
  monthlyHouseholdIncomeFen: z.number().int(),
  assetsFen: z.number().int().nullable(),
  matterCategory: z.string(),
  exemptions: z.array(z.string()),
  appointmentGrounds: z.array(z.string()),
  opposingParty: z.string().nullable(),
  documents: z.array(z.enum(legalAidDocumentCodes)),
  /** The means test as it stood on receipt. */
  eligibility: eligibilityResultSchema,
  receivedAt: z.string(),
  /** Art. 43: seven days from receipt, the last day moved to a working day. */
  reviewBy: z.string(),
  decision: z
    .object({
      decision: z.enum(legalAidDecisions),
      reasons: z.string().nullable(),
      decidedAt: z.string(),
      decidedByName: z.string().nullable(),
      letterNumber: z.string(),
    })
    .nullable(),
  objection: z
    .object({
      reason: z.string(),
      at: z.string(),
      by: z.enum(['staff', 'citizen']),
      /** Art. 49: five working days from the objection. */
      answerBy: z.string(),
      answer: z.enum(objectionAnswers).nullable(),
      answerReasons: z.string().nullable(),
      answeredAt: z.string().nullable(),
    })
    .nullable(),
  version: z.number().int(),
  /** What this user may do next. */
  actions: z.array(z.enum(applicationActions)),
});
export type LegalAidApplicationView = z.infer<typeof legalAidApplicationSchema>;

/** What the citizen gets back: the tracking code and the means test on the facts given. */
export const publicLegalAidApplicationResultSchema = z.object({
  code: z.string(),
  receivedAt: z.string(),
  reviewBy: z.string(),
  eligibility: eligibilityResultSchema,
});
export type PublicLegalAidApplicationResult = z.infer<typeof publicLegalAidApplicationResultSchema>;

export const publicObjectionResultSchema = z.object({ code: z.string(), answerBy: z.string() });
