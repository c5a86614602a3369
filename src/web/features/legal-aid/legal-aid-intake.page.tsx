import { Alert, Button, Card, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { legalAidApplicationChannels } from '../../../shared/schemas/legal-aid-application.schema';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/error-message';
import { useCurrentUser } from '../auth/current-user';
import { showFieldErrors } from '../work-order/work-order.errors';
import { useCreateLegalAidApplication } from './legal-aid.api';
import { ApplicantFields, applicantFields, trimmed } from './legal-aid-apply.page';
import { type FactsValues, factFields, factsOf, LegalAidFactsFields } from './legal-aid-facts.fields';

type Channel = (typeof legalAidApplicationChannels)[number];

interface IntakeValues extends FactsValues {
  channel: Channel;
  name: string;
  phone: string;
  idNumber?: string;
  opposingParty?: string;
  documents?: string[];
  description: string;
}

/** A window clerk or hotline agent fills in the legal-aid application with the citizen; it opens the new order. */
export function LegalAidIntakePage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [form] = Form.useForm<IntakeValues>();
  const create = useCreateLegalAidApplication();
  const [channel] = useState<Channel>(me.roles.includes('hotline_agent') ? 'hotline' : 'window');

  const onFinish = (values: IntakeValues) => {
    if (create.isPending) return;
    create.mutate(
      {
        ...factsOf(values),
        ...trimmed(values),
        idNumber: values.idNumber?.trim().toUpperCase() || undefined,
        channel: values.channel,
      },
      {
        onSuccess: (view) => navigate(`/work-orders/${view.workOrderId}`),
        onError: (error) => showFieldErrors(form, error, t, [...factFields, ...applicantFields, 'channel']),
      },
    );
  };

  return (
    <div data-testid="legal-aid-intake">
      <Typography.Title level={3}>{t('legalAid.staffTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('legalAid.staffHint')}</Typography.Paragraph>
      <Card>
        {create.error && !(isApiError(create.error) && create.error.errors.length > 0) && (
          <Alert type="error" showIcon title={errorText(create.error)} style={{ marginBottom: 16 }} />
        )}
        <Form<IntakeValues>
          form={form}
          layout="vertical"
          name="legal-aid-intake"
          onFinish={onFinish}
          initialValues={{ householdSize: 1, channel }}
        >
          <Form.Item name="channel" label={t('legalAid.field.channel')} rules={[{ required: true }]}>
            <Select
              style={{ width: 200 }}
              options={legalAidApplicationChannels.map((c) => ({ value: c, label: t(`legalAid.channel.${c}`) }))}
              data-testid="legal-aid-channel"
            />
          </Form.Item>
          <LegalAidFactsFields form={form} />
          <ApplicantFields idRequired={false} />
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="legal-aid-submit">
            {t('legalAid.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
