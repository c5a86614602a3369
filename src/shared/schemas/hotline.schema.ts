import { z } from 'zod';
import { workOrderKinds } from '../domain/work-order';
import { phoneSchema, textSchema } from './common.schema';
import { workOrderSchema } from './work-order.schema';

const instantSchema = z.iso.datetime({ offset: true });

/**
 * What a phone system sends when a call reaches an agent (documented for integrators in the
 * OpenAPI page): the caller's number, the line dialled, and when the call was answered.
 */
export const incomingCallSchema = z
  .object({
    callerNumber: phoneSchema,
    line: z
      .string()
      .trim()
      .regex(/^[0-9-]{3,20}$/, 'must be the dialled line, e.g. 12348 or 0537-12348'),
    startedAt: instantSchema.optional(),
  })
  .strict();
export type IncomingCall = z.infer<typeof incomingCallSchema>;

export const endCallSchema = z.object({ endedAt: instantSchema.optional() }).strict();

export const hotlineCallSchema = z.object({
  id: z.number().int(),
  line: z.string(),
  callerMasked: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  durationSeconds: z.number().int().nullable(),
  workOrderId: z.number().int().nullable(),
});
export type HotlineCall = z.infer<typeof hotlineCallSchema>;

/** The screen-pop: who is calling and what they asked before. */
export const screenPopSchema = z.object({
  call: hotlineCallSchema,
  citizen: z.object({ id: z.number().int(), name: z.string().nullable(), phoneMasked: z.string() }).nullable(),
  recentOrders: z.array(workOrderSchema),
});
export type ScreenPop = z.infer<typeof screenPopSchema>;

/** The agent's call still on the line, if any, with the caller's number for the order form. */
export const currentCallSchema = z.object({
  call: z.object({ pop: screenPopSchema, callerNumber: z.string() }).nullable(),
});
export type CurrentCall = z.infer<typeof currentCallSchema>;

export const duplicatesQuerySchema = z
  .object({
    phone: phoneSchema,
    kind: z.enum(workOrderKinds),
    description: textSchema(2000),
  })
  .strict();

export const duplicateCandidateSchema = z.object({ order: workOrderSchema, score: z.number() });
export const duplicatesSchema = z.object({ items: z.array(duplicateCandidateSchema) });
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;
