import { maskIdNumber } from '../../../shared/domain/id-number';
import { maskPhone } from '../../../shared/domain/mask';
import type {
  CitizenContact,
  CitizenSecretField,
  RevealCitizenField,
  RevealedCitizenField,
} from '../../../shared/schemas/citizen.schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { findCitizenNumbers } from './citizen.repository';
import { loadWorkOrder } from './work-order.service';

const cipherColumn = { phone: 'phoneCipher', idNumber: 'idNumberCipher' } as const satisfies Record<
  CitizenSecretField,
  string
>;

/** The order (in the actor's scope, else 404) and its citizen's encrypted numbers. */
async function citizenOfOrder(deps: AppDeps, actor: Actor, workOrderId: number) {
  const order = await loadWorkOrder(deps, actor, workOrderId);
  const citizen = await findCitizenNumbers(deps.db, order.citizenId);
  if (!citizen) throw notFound('citizen');
  return { order, citizen };
}

/** The citizen of an order with both numbers masked, so the UI can offer 查看 where a number exists. */
export async function getCitizenContact(deps: AppDeps, actor: Actor, workOrderId: number): Promise<CitizenContact> {
  const { citizen } = await citizenOfOrder(deps, actor, workOrderId);
  return {
    id: citizen.id,
    name: citizen.name,
    phoneMasked: citizen.phoneCipher ? maskPhone(deps.cipher.decrypt(citizen.phoneCipher)) : null,
    idNumberMasked: citizen.idNumberCipher ? maskIdNumber(deps.cipher.decrypt(citizen.idNumberCipher)) : null,
  };
}

/**
 * One number of an order's citizen in full. The route admits only `citizen.reveal`; the order
 * must be in the actor's scope. Every reveal leaves an audit entry with who, which order and
 * citizen, which field and from where, but never the number itself.
 */
export async function revealCitizenField(
  deps: AppDeps,
  actor: Actor,
  workOrderId: number,
  input: RevealCitizenField,
  ip: string,
): Promise<RevealedCitizenField> {
  const { order, citizen } = await citizenOfOrder(deps, actor, workOrderId);
  const cipherText = citizen[cipherColumn[input.field]];
  if (!cipherText) {
    throw new AppError('not_found', `The citizen of this order has no ${input.field} on record.`, [
      { field: 'body.field', message: `no ${input.field} on record`, code: 'not_recorded' },
    ]);
  }
  // Decrypted before the entry is written: an entry stands for a number that was actually shown.
  const value = deps.cipher.decrypt(cipherText);
  await recordAudit(deps.db, {
    actorId: actor.userId,
    action: 'citizen.reveal',
    entityType: 'citizen',
    entityId: citizen.id,
    divisionCode: order.divisionCode,
    detail: {
      field: input.field,
      workOrderId: order.id,
      workOrderCode: order.code,
      ...(input.reason !== undefined && { reason: input.reason }),
    },
    ip,
  });
  return input.field === 'phone' ? { phone: value } : { idNumber: value };
}
