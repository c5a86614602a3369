import { z } from 'zod';
import { organizationKinds } from '../domain/organization';
import { workOrderKinds } from '../domain/work-order';
import { textSchema } from './common.schema';
import { legalDomainCodeSchema } from './legal-domain.schema';

const levels = ['city', 'county', 'township', 'village'] as const;

export const routingRuleSchema = z.object({
  id: z.number().int(),
  kind: z.enum(workOrderKinds).nullable(),
  legalDomain: z.string().nullable(),
  divisionPrefix: z.string().nullable(),
  organizationKinds: z.array(z.enum(organizationKinds)),
  startLevel: z.enum(levels),
  priority: z.number().int(),
  isActive: z.boolean(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type RoutingRuleView = z.infer<typeof routingRuleSchema>;

const ruleFields = {
  kind: z.enum(workOrderKinds).nullable(),
  /** An active domain of the taxonomy (checked by the service). */
  legalDomain: legalDomainCodeSchema.nullable(),
  divisionPrefix: z
    .string()
    .regex(/^\d{2,12}$/, 'must be the leading digits of a division code, e.g. 370811')
    .nullable(),
  organizationKinds: z.array(z.enum(organizationKinds)).min(1).max(11),
  startLevel: z.enum(levels),
  priority: z.number().int().min(0).max(10_000),
  isActive: z.boolean(),
  note: textSchema(200).nullable(),
};

export const createRoutingRuleSchema = z
  .object({
    ...ruleFields,
    kind: ruleFields.kind.default(null),
    legalDomain: ruleFields.legalDomain.default(null),
    divisionPrefix: ruleFields.divisionPrefix.default(null),
    priority: ruleFields.priority.default(100),
    isActive: ruleFields.isActive.default(true),
    note: ruleFields.note.default(null),
  })
  .strict();
export type CreateRoutingRule = z.infer<typeof createRoutingRuleSchema>;

export const updateRoutingRuleSchema = z
  .object({ version: z.number().int().positive(), ...ruleFields })
  .partial()
  .required({ version: true })
  .strict();
export type UpdateRoutingRule = z.infer<typeof updateRoutingRuleSchema>;

export const handlerLoadSchema = z.object({ id: z.number().int(), name: z.string(), openOrders: z.number().int() });
export type HandlerLoad = z.infer<typeof handlerLoadSchema>;

/** What the dispatcher sees before dispatching: where the rules send the order, and why. */
export const routeSuggestionSchema = z.object({
  organization: z.object({ id: z.number().int(), name: z.string(), kind: z.enum(organizationKinds) }).nullable(),
  assignee: handlerLoadSchema.nullable(),
  rule: routingRuleSchema.nullable(),
  level: z.enum(levels).nullable(),
  walkedUp: z.boolean(),
  explanation: z.string(),
});
export type RouteSuggestion = z.infer<typeof routeSuggestionSchema>;
