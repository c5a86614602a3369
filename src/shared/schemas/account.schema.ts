import { z } from 'zod';
import { divisionLevels } from '../domain/division';
import { roles } from '../domain/role';
import {
  cursorSchema,
  divisionCodeSchema,
  limitSchema,
  newPasswordSchema,
  phoneSchema,
  searchTextSchema,
  textSchema,
} from './common.schema';

const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]*$/, 'letters, digits, _ . - and starting with a letter');
const rolesSchema = z.array(z.enum(roles)).min(1, 'at least one role').max(roles.length);

export const createAccountSchema = z
  .object({
    username: usernameSchema,
    displayName: textSchema(50),
    roles: rolesSchema,
    scopeDivisionCode: divisionCodeSchema,
    organizationId: z.number().int().positive().nullable().optional(),
    phone: phoneSchema.nullable().optional(),
    /** When absent a temporary password is generated and returned once. */
    password: newPasswordSchema.optional(),
  })
  .strict();
export type CreateAccountInput = z.infer<typeof createAccountSchema>;

export const updateAccountSchema = z
  .object({
    /** The version read; a stale one answers 409 version_conflict. */
    version: z.number().int().positive(),
    displayName: textSchema(50).optional(),
    roles: rolesSchema.optional(),
    scopeDivisionCode: divisionCodeSchema.optional(),
    organizationId: z.number().int().positive().nullable().optional(),
    phone: phoneSchema.nullable().optional(),
    isDisabled: z.boolean().optional(),
  })
  .strict();
export type UpdateAccountInput = z.infer<typeof updateAccountSchema>;

export const listAccountsQuerySchema = z
  .object({
    q: searchTextSchema.optional(),
    role: z.enum(roles).optional(),
    status: z.enum(['active', 'disabled', 'all']).default('all'),
    divisionCode: divisionCodeSchema.optional(),
    cursor: cursorSchema.optional(),
    limit: limitSchema,
  })
  .strict();
export type ListAccountsQuery = z.infer<typeof listAccountsQuerySchema>;

export const accountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  scope: z.object({ code: z.string(), name: z.string(), level: z.enum(divisionLevels) }),
  organizationId: z.number().int().nullable(),
  organizationName: z.string().nullable(),
  /** Masked (138****5678); the full number only through the audited reveal. */
  phoneMasked: z.string().nullable(),
  isDisabled: z.boolean(),
  mustChangePassword: z.boolean(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type Account = z.infer<typeof accountSchema>;

export const createdAccountSchema = z.object({ account: accountSchema, temporaryPassword: z.string().nullable() });

export const resetPasswordSchema = z.object({ password: newPasswordSchema.optional() }).strict();
export const resetPasswordResultSchema = z.object({ temporaryPassword: z.string().nullable() });
export const revealedPhoneSchema = z.object({ phone: z.string().nullable() });
