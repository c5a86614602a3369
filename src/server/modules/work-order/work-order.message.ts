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
