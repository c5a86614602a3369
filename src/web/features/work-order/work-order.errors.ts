import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { FieldError } from '../../../shared/errors';
import { ApiError } from '../../api/api-error';
import { i18n } from '../../i18n';
import { workOrderZhCN } from '../../i18n/work-order.zh-CN';
import { zhCN } from '../../i18n/zh-CN';

function fieldText(t: TFunction, fieldError: FieldError): string {
  if (i18n.language !== 'zh-CN') return fieldError.message;
  if (Object.hasOwn(zhCN.error.field, fieldError.code))
    return t(`error.field.${fieldError.code as keyof typeof zhCN.error.field}`);
  if (Object.hasOwn(workOrderZhCN.fieldError, fieldError.code))
    return t(`workOrder.fieldError.${fieldError.code as keyof typeof workOrderZhCN.fieldError}`);
  return fieldError.message;
}

/**
 * Puts the server's field errors (`body.phone`, `body.divisionCode`) on the form's fields.
 * `wording` replaces the generic text of a field with one written for it ("enter a mobile
 * number" says more to a citizen than "invalid format"). True when at least one landed.
 */
export function showFieldErrors(
  form: FormInstance,
  error: unknown,
  t: TFunction,
  fields: readonly string[],
  wording: Partial<Record<string, string>> = {},
): boolean {
  if (!(error instanceof ApiError) || error.errors.length === 0) return false;
  const byField = new Map<string, string[]>();
  for (const fieldError of error.errors) {
    const name = fieldError.field.replace(/^body\./, '').split('.')[0];
    if (!name || !fields.includes(name)) continue;
    const text = wording[name] ?? fieldText(t, fieldError);
    byField.set(name, [...new Set([...(byField.get(name) ?? []), text])]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}
