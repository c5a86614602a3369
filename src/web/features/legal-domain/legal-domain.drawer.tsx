import { App, Button, Drawer, Flex, Form, Input, InputNumber } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { legalDomainCodeMaxLength, legalDomainCodePattern } from '../../../shared/domain/legal-domain';
import type { LegalDomainView, UpdateLegalDomain } from '../../../shared/schemas/legal-domain.schema';
import { applyFieldErrors, useErrorMessage } from '../../components/error-message';
import { useCreateLegalDomain, useUpdateLegalDomain } from './legal-domain.api';

interface DomainValues {
  code: string;
  nameZh: string;
  nameEn: string;
  sortOrder?: number | null;
}

const domainFields = ['code', 'nameZh', 'nameEn', 'sortOrder'] as const;

interface LegalDomainDrawerProps {
  open: boolean;
  /** The domain being edited (from the latest list); null to add one. */
  domain: LegalDomainView | null;
  onClose: () => void;
}

/** Adds a domain, or renames and reorders one; the code is fixed once saved (records store it). */
export function LegalDomainDrawer({ open, domain, onClose }: LegalDomainDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={480}
      destroyOnHidden
      title={domain ? t('legalDomain.editTitle', { name: domain.nameZh }) : t('legalDomain.createTitle')}
    >
      {open && <LegalDomainForm domain={domain} onClose={onClose} />}
    </Drawer>
  );
}

/** Only what changed is sent: an edit that changes nothing sends nothing. */
function changesOf(domain: LegalDomainView, values: DomainValues): UpdateLegalDomain {
  const changes: UpdateLegalDomain = {};
  if (values.nameZh.trim() !== domain.nameZh) changes.nameZh = values.nameZh.trim();
  if (values.nameEn.trim() !== domain.nameEn) changes.nameEn = values.nameEn.trim();
  if (typeof values.sortOrder === 'number' && values.sortOrder !== domain.sortOrder)
    changes.sortOrder = values.sortOrder;
  return changes;
}

function LegalDomainForm({ domain, onClose }: { domain: LegalDomainView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const [form] = Form.useForm<DomainValues>();
  const create = useCreateLegalDomain();
  const update = useUpdateLegalDomain();

  // Someone else saved meanwhile: the reloaded domain replaces what the form shows.
  useEffect(() => {
    if (domain) form.setFieldsValue(domain);
  }, [domain, form]);

  const failed = (error: unknown) => {
    if (!applyFieldErrors(form, error, t, domainFields)) message.error(errorText(error));
  };
  const saved = (text: string) => {
    message.success(text);
    onClose();
  };

  const save = (values: DomainValues) => {
    if (domain) {
      const input = changesOf(domain, values);
      if (Object.keys(input).length === 0) {
        onClose();
        return;
      }
      update.mutate({ code: domain.code, input }, { onSuccess: () => saved(t('legalDomain.saved')), onError: failed });
      return;
    }
    create.mutate(
      {
        code: values.code.trim(),
        nameZh: values.nameZh.trim(),
        nameEn: values.nameEn.trim(),
        ...(typeof values.sortOrder === 'number' && { sortOrder: values.sortOrder }),
        isActive: true,
      },
      { onSuccess: () => saved(t('legalDomain.created')), onError: failed },
    );
  };

  return (
    <Form<DomainValues> form={form} layout="vertical" name="legal-domain" onFinish={save}>
      <Form.Item
        name="code"
        label={t('legalDomain.field.code')}
        extra={t('legalDomain.codeHelp')}
        rules={[
          { required: true, whitespace: true },
          { pattern: legalDomainCodePattern, message: t('legalDomain.codeInvalid') },
          { max: legalDomainCodeMaxLength },
        ]}
      >
        <Input
          disabled={domain !== null}
          maxLength={legalDomainCodeMaxLength}
          autoComplete="off"
          data-testid="legal-domain-code"
        />
      </Form.Item>
      <Form.Item
        name="nameZh"
        label={t('legalDomain.field.nameZh')}
        rules={[{ required: true, whitespace: true, max: 20 }]}
      >
        <Input maxLength={20} autoComplete="off" data-testid="legal-domain-name-zh" />
      </Form.Item>
      <Form.Item
        name="nameEn"
        label={t('legalDomain.field.nameEn')}
        rules={[{ required: true, whitespace: true, max: 60 }]}
      >
        <Input maxLength={60} autoComplete="off" data-testid="legal-domain-name-en" />
      </Form.Item>
      <Form.Item
        name="sortOrder"
        label={t('legalDomain.field.sortOrder')}
        extra={t('legalDomain.sortOrderHelp')}
        rules={[{ type: 'integer', min: 0, max: 10_000 }]}
      >
        <InputNumber
          min={0}
          max={10_000}
          precision={0}
          style={{ width: '100%' }}
          data-testid="legal-domain-sort-order"
        />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={create.isPending || update.isPending}
          data-testid="legal-domain-save"
        >
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
