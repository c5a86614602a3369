import { z } from 'zod';
import { legalDomainCodePattern } from '../domain/legal-domain';
import { channels, priorities, publicChannels, workOrderCodePattern, workOrderKinds } from '../domain/work-order';
import { workOrderActions, workOrderStatuses } from '../domain/work-order.lifecycle';
import {
  cursorSchema,
  divisionCodeSchema,
  idNumberSchema,
  limitSchema,
  phoneSchema,
  searchTextSchema,
  textSchema,
} from './common.schema';

const descriptionSchema = textSchema(2000);
const nameSchema = textSchema(50);
const legalDomainSchema = z.string().max(40).regex(legalDomainCodePattern, 'must be a legal-domain code');
const idSchema = z.number().int().positive().max(2_147_483_647);

/** What a citizen submits on the portal or a kiosk. */
export const publicCreateWorkOrderSchema = z
  .object({
    kind: z.enum(workOrderKinds),
    description: descriptionSchema,
    divisionCode: divisionCodeSchema,
    phone: phoneSchema,
    name: nameSchema.optional(),
    channel: z.enum(publicChannels).default('web'),
  })
  .strict();
export type PublicCreateWorkOrder = z.infer<typeof publicCreateWorkOrderSchema>;

export const workOrderCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(workOrderCodePattern, 'must be a tracking code');

export const publicLookupQuerySchema = z.object({ phone: phoneSchema }).strict();
export const publicCodeParamSchema = z.object({ code: workOrderCodeSchema }).strict();

export const publicRateSchema = z
  .object({
    phone: phoneSchema,
    rating: z.number().int().min(1).max(5),
    comment: textSchema(500).optional(),
  })
  .strict();

const publicStepSchema = z.object({
  action: z.enum([...workOrderActions, 'create'] as const),
  status: z.enum(workOrderStatuses),
  at: z.string(),
});

/** What a citizen sees of an order: progress in plain steps, never staff names or notes. */
export const publicWorkOrderSchema = z.object({
  code: z.string(),
  kind: z.enum(workOrderKinds),
  status: z.enum(workOrderStatuses),
  divisionName: z.string(),
  organizationName: z.string().nullable(),
  createdAt: z.string(),
  resolveBy: z.string(),
  result: z.string().nullable(),
  rating: z.number().int().nullable(),
  canRate: z.boolean(),
  steps: z.array(publicStepSchema),
});
export type PublicWorkOrder = z.infer<typeof publicWorkOrderSchema>;

/** Staff intake at the hotline, a window, a village room, a reception day or from the suggestion box. */
export const createWorkOrderSchema = z
  .object({
    kind: z.enum(workOrderKinds),
    legalDomain: legalDomainSchema.optional(),
    channel: z.enum(channels),
    priority: z.enum(priorities).default('normal'),
    description: descriptionSchema,
    divisionCode: divisionCodeSchema,
    phone: phoneSchema,
    name: nameSchema.optional(),
    idNumber: idNumberSchema.optional(),
    /** Given: the matter was answered at first contact, and the order is `answered` at once. */
    answer: textSchema(2000).optional(),
  })
  .strict();
export type CreateWorkOrder = z.infer<typeof createWorkOrderSchema>;

export const workOrderSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  kind: z.enum(workOrderKinds),
  legalDomain: z.string().nullable(),
  channel: z.enum(channels),
  priority: z.enum(priorities),
  status: z.enum(workOrderStatuses),
  divisionCode: z.string(),
  divisionName: z.string(),
  citizen: z.object({ id: z.number().int(), name: z.string().nullable(), phoneMasked: z.string().nullable() }),
  description: z.string(),
  organizationId: z.number().int().nullable(),
  organizationName: z.string().nullable(),
  assigneeId: z.number().int().nullable(),
  assigneeName: z.string().nullable(),
  acceptBy: z.string().nullable(),
  resolveBy: z.string(),
  acceptedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  result: z.string().nullable(),
  supervised: z.boolean(),
  overdueLevel: z.number().int(),
  extensionRequestedDays: z.number().int().nullable(),
  extensionReason: z.string().nullable(),
  reopenCount: z.number().int(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  /** The actions this user may take now: legal in the lifecycle and granted to the user's roles. */
  actions: z.array(z.enum(workOrderActions)),
});
export type WorkOrder = z.infer<typeof workOrderSchema>;

export const workOrderEventSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  fromStatus: z.enum(workOrderStatuses).nullable(),
  toStatus: z.enum(workOrderStatuses),
  actorKind: z.enum(['staff', 'citizen', 'system']),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export type WorkOrderEvent = z.infer<typeof workOrderEventSchema>;

export const workOrderDetailSchema = workOrderSchema.extend({ events: z.array(workOrderEventSchema) });
export type WorkOrderDetail = z.infer<typeof workOrderDetailSchema>;

/** One action on an order. `version` is the one the user saw: a stale page gets 409, not a silent overwrite. */
export const workOrderActionSchema = z
  .object({
    action: z.enum(workOrderActions),
    version: z.number().int().positive(),
    reason: textSchema(1000).optional(),
    organizationId: idSchema.optional(),
    assigneeId: idSchema.optional(),
    extensionDays: z.number().int().min(1).max(60).optional(),
    result: textSchema(4000).optional(),
    rating: z.number().int().min(1).max(5).optional(),
  })
  .strict();
export type WorkOrderActionInput = z.infer<typeof workOrderActionSchema>;

export const workOrderQueues = [
  'all',
  'waiting',
  'mine',
  'organization',
  'overdue',
  'supervised',
  'extension',
] as const;
export type WorkOrderQueue = (typeof workOrderQueues)[number];

export const listWorkOrdersQuerySchema = z
  .object({
    queue: z.enum(workOrderQueues).default('all'),
    status: z.enum(workOrderStatuses).optional(),
    kind: z.enum(workOrderKinds).optional(),
    divisionCode: divisionCodeSchema.optional(),
    q: searchTextSchema.optional(),
    cursor: cursorSchema.optional(),
    limit: limitSchema,
  })
  .strict();
export type ListWorkOrdersQuery = z.infer<typeof listWorkOrdersQuerySchema>;

/** Time limits per kind (working days) and for urgent orders (hours); administrators change them. */
export const deadlineLimitsSchema = z
  .object({
    acceptWorkingDays: z.number().int().min(1).max(30),
    urgentAcceptHours: z.number().int().min(1).max(72),
    resolveWorkingDays: z
      .object(
        Object.fromEntries(workOrderKinds.map((k) => [k, z.number().int().min(1).max(365)])) as Record<
          (typeof workOrderKinds)[number],
          z.ZodNumber
        >,
      )
      .strict(),
  })
  .strict();
