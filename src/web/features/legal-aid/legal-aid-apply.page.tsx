import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Result, Space, Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { legalAidDocumentCodes } from '../../../shared/domain/legal-aid.application';
import { phonePattern } from '../../../shared/domain/mask';
import type { PublicLegalAidApplication } from '../../../shared/schemas/legal-aid-application.schema';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/error-message';
import { LinkButton } from '../../components/link-button';
import { PortalLayout } from '../portal/portal-layout';
import { newIdempotencyKey } from '../work-order/work-order.api';
import { showFieldErrors } from '../work-order/work-order.errors';
import { precheckLegalAid, submitPublicLegalAidApplication } from './legal-aid.api';
import { EligibilityView, type FactsValues, factFields, factsOf, LegalAidFactsFields } from './legal-aid-facts.fields';

interface ApplicantValues {
  name: string;
  phone: string;
  idNumber: string;
  opposingParty?: string;
  documents?: string[];
  description: string;
}

export const applicantFields = ['name', 'phone', 'idNumber', 'opposingParty', 'documents', 'description'] as const;

/** Name, phone, ID number, opposing party, documents and the facts of the matter. */
export function ApplicantFields({ idRequired }: { idRequired: boolean }) {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('legalAid.required') };
  return (
    <>
      <Space wrap size="large">
        <Form.Item name="name" label={t('legalAid.field.name')} rules={[required, { max: 50 }]}>
          <Input maxLength={50} data-testid="legal-aid-name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('legalAid.field.phone')}
          rules={[required, { pattern: phonePattern, message: t('workOrder.apply.phoneInvalid') }]}
        >
          <Input type="tel" maxLength={20} data-testid="legal-aid-phone" />
        </Form.Item>
        <Form.Item name="idNumber" label={t('legalAid.field.idNumber')} rules={idRequired ? [required] : []}>
          <Input maxLength={18} style={{ width: 240 }} data-testid="legal-aid-id-number" />
        </Form.Item>
      </Space>
      <Form.Item name="opposingParty" label={t('legalAid.field.opposingParty')} rules={[{ max: 100 }]}>
        <Input maxLength={100} data-testid="legal-aid-opposing" />
      </Form.Item>
      <Form.Item name="documents" label={t('legalAid.field.documents')}>
        <Checkbox.Group
          options={legalAidDocumentCodes.map((code) => ({ value: code, label: t(`legalAid.documents.${code}`) }))}
          data-testid="legal-aid-documents"
        />
      </Form.Item>
      <Form.Item name="description" label={t('legalAid.field.description')} rules={[required]}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="legal-aid-description" />
      </Form.Item>
    </>
  );
}

export const trimmed = (values: Omit<ApplicantValues, 'idNumber'>) => ({
  name: values.name.trim(),
  phone: values.phone.trim(),
  opposingParty: values.opposingParty?.trim() || undefined,
  documents: (values.documents ?? []) as PublicLegalAidApplication['documents'],
  description: values.description.trim(),
});

/** 法律援助申请 on the portal: the pre-check first, then the application on the same facts. */
export function LegalAidApplyPage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const [factsForm] = Form.useForm<FactsValues>();
  const [applicantForm] = Form.useForm<ApplicantValues>();
  const [step, setStep] = useState(0);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const precheck = useMutation({ mutationFn: precheckLegalAid });
  const submit = useMutation({
    mutationFn: (input: PublicLegalAidApplication) => submitPublicLegalAidApplication(input, idempotencyKey),
    onSuccess: () => setStep(2),
  });

  const runPrecheck = (values: FactsValues) =>
    precheck.mutate(factsOf(values), { onError: (error) => showFieldErrors(factsForm, error, t, factFields) });

  const apply = (values: ApplicantValues) => {
    if (submit.isPending) return;
    const facts = factsOf(factsForm.getFieldsValue(true) as FactsValues);
    submit.mutate(
      { ...facts, ...trimmed(values), idNumber: values.idNumber.trim().toUpperCase(), channel: 'web' },
      { onError: (error) => showFieldErrors(applicantForm, error, t, applicantFields) },
    );
  };

  const again = () => {
    factsForm.resetFields();
    applicantForm.resetFields();
    precheck.reset();
    submit.reset();
    setIdempotencyKey(newIdempotencyKey());
    setStep(0);
  };

  const done = submit.data;
  const shownError = (error: unknown) =>
    error && !(isApiError(error) && error.errors.length > 0) ? (
      <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />
    ) : null;

  return (
    <PortalLayout>
      <div className="portal-narrow" data-testid="legal-aid-apply">
        <Typography.Title level={3}>{t('legalAid.portalTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('legalAid.portalHint')}</Typography.Paragraph>
        <Steps
          current={step}
          style={{ marginBottom: 16 }}
          items={[
            { title: t('legalAid.step.precheck') },
            { title: t('legalAid.step.apply') },
            { title: t('legalAid.step.done') },
          ]}
        />
        {step === 0 && (
          <Card>
            {shownError(precheck.error)}
            <Form<FactsValues>
              form={factsForm}
              layout="vertical"
              name="legal-aid-precheck"
              onFinish={runPrecheck}
              initialValues={{ householdSize: 1 }}
              onValuesChange={() => precheck.reset()}
            >
              <LegalAidFactsFields form={factsForm} />
              <Button type="primary" htmlType="submit" loading={precheck.isPending} data-testid="legal-aid-precheck">
                {t('legalAid.runPrecheck')}
              </Button>
            </Form>
            {precheck.data && (
              <div style={{ marginTop: 16 }}>
                <EligibilityView result={precheck.data} />
                {precheck.data.result !== 'not_eligible' && (
                  <Button
                    type="primary"
                    style={{ marginTop: 16 }}
                    onClick={() => setStep(1)}
                    data-testid="legal-aid-continue"
                  >
                    {t('legalAid.continue')}
                  </Button>
                )}
              </div>
            )}
          </Card>
        )}
        {step === 1 && (
          <Card>
            {shownError(submit.error)}
            <Form<ApplicantValues> form={applicantForm} layout="vertical" name="legal-aid-apply" onFinish={apply}>
              <ApplicantFields idRequired />
              <Space>
                <Button onClick={() => setStep(0)}>{t('legalAid.step.precheck')}</Button>
                <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="legal-aid-submit">
                  {t('legalAid.submit')}
                </Button>
              </Space>
            </Form>
          </Card>
        )}
        {step === 2 && done && (
          <Card>
            <Result
              status="success"
              title={t('legalAid.doneTitle')}
              subTitle={
                <>
                  <div>
                    {t('legalAid.doneCode')}：
                    <Typography.Text strong copyable data-testid="legal-aid-code">
                      {done.code}
                    </Typography.Text>
                  </div>
                  <div data-testid="legal-aid-review-by">
                    {t('legalAid.doneReviewBy', { date: dayjs(done.reviewBy).subtract(1, 'day').format('YYYY-MM-DD') })}
                  </div>
                </>
              }
              extra={[
                <LinkButton key="track" to="/service/track">
                  {t('legalAid.doneTrack')}
                </LinkButton>,
                <Button key="again" onClick={again}>
                  {t('legalAid.again')}
                </Button>,
              ]}
            />
            <EligibilityView result={done.eligibility} />
          </Card>
        )}
      </div>
    </PortalLayout>
  );
}
