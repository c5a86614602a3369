import type { PublicWorkOrder } from '../../../shared/schemas/work-order.schema';
import type { AppDeps } from '../../deps';
import { AppError } from '../../http/app-error';
import { applyAction } from './work-order.action';
import { findPublicWorkOrder, getPublicWorkOrder } from './work-order.service';

/**
 * The citizen's rating is the follow-up: satisfied (3-5) closes the order, dissatisfied (1-2)
 * reopens it to the same organisation. One rating per resolution.
 */
export async function ratePublicWorkOrder(
  deps: AppDeps,
  code: string,
  input: { phone: string; rating: number; comment?: string | undefined },
): Promise<PublicWorkOrder> {
  const row = await findPublicWorkOrder(deps, code, input.phone);
  if (!(row.status === 'resolved' || row.status === 'answered') || row.rating !== null)
    throw new AppError('invalid_transition', 'This order cannot be rated now: it is not resolved, or already rated.');
  await applyAction(
    deps,
    row,
    { action: 'follow_up', version: row.version, rating: input.rating, reason: input.comment },
    { actorId: null, actorKind: 'citizen' },
  );
  return getPublicWorkOrder(deps, code, input.phone);
}
