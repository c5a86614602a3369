import { z } from 'zod';
import { aidHandlerKinds } from '../domain/legal-aid.assignment';

/** Assign a granted case: a chosen pool member, or (absent) the rotation's pick. */
export const legalAidAssignmentInputSchema = z
  .object({
    professionalId: z.number().int().positive().optional(),
    /** The application's version the clerk saw. */
    version: z.number().int().positive(),
  })
  .strict();
export type LegalAidAssignmentInput = z.infer<typeof legalAidAssignmentInputSchema>;

const conflictHitSchema = z.object({
  caseRef: z.string(),
  holder: z.enum(['candidate', 'firm']),
  kind: z.enum(['client_is_opposing_party', 'opposes_applicant']),
  matchedBy: z.enum(['id', 'name']),
  reason: z.string(),
});

const lawyerShareSchema = z.object({
  lawyerCases: z.number().int(),
  totalCases: z.number().int(),
  sharePermille: z.number().int().nullable(),
  targetPermille: z.number().int(),
  met: z.boolean(),
});

export const assignmentCandidateSchema = z.object({
  professionalId: z.number().int(),
  name: z.string(),
  kind: z.enum(aidHandlerKinds),
  organizationId: z.number().int().nullable(),
  organizationName: z.string().nullable(),
  openCases: z.number().int(),
  lastAssignedAt: z.string().nullable(),
  onDuty: z.boolean(),
  /** Whether the rotation may give them this case; `skipReason` and `details` say why not. */
  eligible: z.boolean(),
  skipReason: z.enum(['unavailable', 'conflict', 'not_a_lawyer']).nullable(),
  details: z.array(z.string()),
  conflicts: z.array(conflictHitSchema),
  /** The account that receives the order when they are picked (null: the organisation does). */
  hasAccount: z.boolean(),
});

export const currentAssignmentSchema = z.object({
  professionalId: z.number().int(),
  name: z.string(),
  kind: z.enum(aidHandlerKinds),
  organizationId: z.number().int(),
  organizationName: z.string(),
  via: z.enum(['duty', 'rotation', 'manual']),
  assignedAt: z.string(),
  assignedByName: z.string().nullable(),
});

export const assignmentCandidatesSchema = z.object({
  workOrderId: z.number().int(),
  matterKind: z.enum(['criminal', 'civil', 'administrative']),
  /** Only a granted application is assigned. */
  assignable: z.boolean(),
  candidates: z.array(assignmentCandidateSchema),
  suggestion: z
    .object({ professionalId: z.number().int(), via: z.enum(['duty', 'rotation']), explanation: z.string() })
    .nullable(),
  lawyerShare: lawyerShareSchema,
  nonLawyerOutlook: z.object({
    keepsTarget: z.boolean(),
    after: lawyerShareSchema,
    /** null: unlimited (no target). */
    headroom: z.number().int().nullable(),
  }),
  current: currentAssignmentSchema.nullable(),
  version: z.number().int(),
});
export type AssignmentCandidates = z.infer<typeof assignmentCandidatesSchema>;
export type AssignmentCandidateView = z.infer<typeof assignmentCandidateSchema>;
