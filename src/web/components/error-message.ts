import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/errors';
import { ApiError } from '../api/api-error';
import { i18n } from '../i18n';
import { zhCN } from '../i18n/zh-CN';

type KnownCode = keyof typeof zhCN.error.code;
type KnownFieldCode = keyof typeof zhCN.error.field;

function isKnownCode(code: string): code is KnownCode {
  return Object.hasOwn(zhCN.error.code, code);
}

function isKnownFieldCode(code: string): code is KnownFieldCode {
  return Object.hasOwn(zhCN.error.field, code);
}

/** One field error in the UI's language: the stable code's translation when there is one. */
export function fieldErrorText(t: TFunction, fieldError: FieldError): string {
  if (i18n.language === 'zh-CN' && isKnownFieldCode(fieldError.code)) return t(`error.field.${fieldError.code}`);
  return fieldError.message;
}

/** A sentence for the user: the stable code's translation (else the server's detail), then any field errors. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('error.generic');
  const head = isKnownCode(error.code) ? t(`error.code.${error.code}`) : error.detail || t('error.generic');
  if (error.errors.length === 0) return head;
  const fields = [...new Set(error.errors.map((fieldError) => fieldErrorText(t, fieldError)))];
  return i18n.language === 'zh-CN' ? `${head}：${fields.join('；')}` : `${head}: ${fields.join('; ')}`;
}

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => errorMessage(t, error);
}

/**
 * Puts the server's field errors (`body.username`, `body.roles.0`) on the form's fields.
 * Returns true when at least one landed on one of `fields`.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, t: TFunction, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || error.errors.length === 0) return false;
  const byField = new Map<string, string[]>();
  for (const fieldError of error.errors) {
    const name = fieldError.field.replace(/^body\./, '').split('.')[0];
    if (!name || !fields.includes(name)) continue;
    const text = fieldErrorText(t, fieldError);
    byField.set(name, [...(byField.get(name) ?? []), text]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}
