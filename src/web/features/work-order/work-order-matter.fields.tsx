import { Form, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { phonePattern } from '../../../shared/domain/mask';
import { workOrderKinds } from '../../../shared/domain/work-order';
import { DivisionPicker } from '../division/division-picker';
import { LegalDomainSelect } from '../legal-domain/legal-domain-select';

/**
 * The fields of a matter every staffed intake asks for (the window form, the hotline console):
 * one definition of their labels and rules, laid out by each form. `testId` prefixes the
 * data-testid of each control (intake-kind, hotline-kind…).
 */
export function KindField({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="kind"
      label={t('workOrder.field.kind')}
      rules={[{ required: true, message: t('workOrder.intake.required') }]}
    >
      <Select
        options={workOrderKinds.map((kind) => ({ value: kind, label: t(`enum.serviceKind.${kind}`) }))}
        data-testid={`${testId}-kind`}
      />
    </Form.Item>
  );
}

export function LegalDomainField({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="legalDomain" label={t('workOrder.field.legalDomain')}>
      <LegalDomainSelect
        allowClear
        placeholder={t('workOrder.intake.legalDomainPlaceholder')}
        data-testid={`${testId}-legal-domain`}
      />
    </Form.Item>
  );
}

export function DescriptionField({ testId, rows, placeholder }: { testId: string; rows: number; placeholder: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="description"
      label={t('workOrder.field.description')}
      rules={[{ required: true, whitespace: true, message: t('workOrder.intake.required') }]}
    >
      <Input.TextArea
        rows={rows}
        maxLength={2000}
        showCount
        placeholder={placeholder}
        data-testid={`${testId}-description`}
      />
    </Form.Item>
  );
}

export function DivisionField({ testId, rootCode }: { testId: string; rootCode: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="divisionCode"
      label={t('workOrder.field.division')}
      rules={[{ required: true, message: t('workOrder.intake.required') }]}
    >
      <DivisionPicker rootCode={rootCode} data-testid={`${testId}-division`} />
    </Form.Item>
  );
}

export function PhoneField({ testId, extra }: { testId: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="phone"
      label={t('workOrder.field.phone')}
      extra={extra}
      rules={[
        { required: true, whitespace: true, message: t('workOrder.intake.required') },
        { pattern: phonePattern, message: t('workOrder.intake.phoneInvalid') },
      ]}
    >
      <Input inputMode="tel" autoComplete="off" maxLength={20} data-testid={`${testId}-phone`} />
    </Form.Item>
  );
}

export function NameField({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="name" label={t('workOrder.field.name')} rules={[{ max: 50 }]}>
      <Input autoComplete="off" maxLength={50} data-testid={`${testId}-name`} />
    </Form.Item>
  );
}
