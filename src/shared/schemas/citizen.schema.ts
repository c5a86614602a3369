import { z } from 'zod';
import { textSchema } from './common.schema';

/** The numbers a citizen's record holds in full (encrypted at rest) and shows masked. */
export const citizenSecretFields = ['phone', 'idNumber'] as const;
export type CitizenSecretField = (typeof citizenSecretFields)[number];

/** The citizen of an order as every reader of it sees them: numbers masked. */
export const citizenContactSchema = z.object({
  id: z.number().int(),
  name: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
});
export type CitizenContact = z.infer<typeof citizenContactSchema>;

/** Which number to show in full, and optionally why (kept in the audit entry). */
export const revealCitizenFieldSchema = z
  .object({
    field: z.enum(citizenSecretFields),
    reason: textSchema(200).optional(),
  })
  .strict();
export type RevealCitizenField = z.infer<typeof revealCitizenFieldSchema>;

/** `{ phone }` or `{ idNumber }`, whichever was asked for. */
export const revealedCitizenFieldSchema = z.union([
  z.object({ phone: z.string() }).strict(),
  z.object({ idNumber: z.string() }).strict(),
]);
export type RevealedCitizenField = z.infer<typeof revealedCitizenFieldSchema>;
