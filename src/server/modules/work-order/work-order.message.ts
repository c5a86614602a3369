import type { AppDeps } from '../../deps';
import type { NewMessage } from '../message/message.service';

/** The follow-up message after resolution: the result is ready, and a link to rate it. */
export function ratingRequest(deps: AppDeps, workOrderId: number, code: string, phoneCipher: string): NewMessage {
  const link = `${deps.config.publicUrl}/service/track?code=${encodeURIComponent(code)}`;
  return {
    recipientCipher: phoneCipher,
    body: `【12348公共法律服务】您的事项（${code}）已办结，请查看结果并评价（1-5分）：${link}`,
    purpose: 'rating_request',
    workOrderId,
  };
}

/**
 * 催办 / 督办 to the people handling a late order: the handler, or while nobody has accepted
 * it, the handlers of the organisation it was sent to. Staff get the code, never the matter.
 */
export function overdueNotice(
  workOrderId: number,
  code: string,
  lateFor: 'accept' | 'resolve',
  escalated: boolean,
  phoneCipher: string,
): NewMessage {
  const limit = lateFor === 'accept' ? '签收' : '办结';
  const body = escalated
    ? `【法通】督办：工单 ${code} 催办后仍超过${limit}时限，已列入督办，请立即处理并说明情况。`
    : `【法通】催办：工单 ${code} 已超过${limit}时限，请尽快处理。`;
  return { recipientCipher: phoneCipher, body, purpose: escalated ? 'supervision_notice' : 'reminder', workOrderId };
}
