import { z } from 'zod';
import { divisionLevels } from '../domain/division';
import { permissions, roles } from '../domain/role';
import { newPasswordSchema, textSchema } from './common.schema';

export const loginSchema = z
  .object({
    username: textSchema(64),
    password: z.string().min(1).max(256),
  })
  .strict();
export type LoginInput = z.infer<typeof loginSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(256),
    newPassword: newPasswordSchema,
  })
  .strict();
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const scopeSchema = z.object({ code: z.string(), name: z.string(), level: z.enum(divisionLevels) });

export const meSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  permissions: z.array(z.enum(permissions)),
  scope: scopeSchema,
  organizationId: z.number().int().nullable(),
  organizationName: z.string().nullable(),
  home: z.string(),
  mustChangePassword: z.boolean(),
  /** Send back as the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;
