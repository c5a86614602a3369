import { SendOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phonePattern } from '../../../shared/domain/mask';
import { type publicChannels, type WorkOrderKind, workOrderKinds } from '../../../shared/domain/work-order';
import type { PublicCreateWorkOrder } from '../../../shared/schemas/work-order.schema';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/error-message';
import { DivisionCascader } from '../division/division-cascader';
import { PublicApplyDone } from './public-apply-done';
import { newIdempotencyKey, submitPublicWorkOrder } from './work-order.api';
import { showFieldErrors } from './work-order.errors';

interface ApplyValues {
  kind: WorkOrderKind;
  description: string;
  divisionCode: string[];
  phone: string;
  name?: string;
}

type PublicChannel = (typeof publicChannels)[number];

const applyFields = ['kind', 'description', 'divisionCode', 'phone', 'name'] as const;

export function kindOf(value: string | null): WorkOrderKind | undefined {
  return workOrderKinds.find((kind) => kind === value);
}

interface PublicApplyFormProps {
  /** Where the citizen is: the portal ('web') or a self-service terminal ('kiosk'). */
  channel: PublicChannel;
  initialKind?: WorkOrderKind | undefined;
  /**
   * A screen other people use after this one (a kiosk): the browser is asked not to remember
   * or suggest what was typed.
   */
  shared?: boolean;
  /** Follows the order inside the same screen instead of opening /service/track. */
  onTrack?: (code: string) => void;
}

/** The citizen's application: what, where, how to reach them. No account; the answer is a tracking code. */
export function PublicApplyForm({ channel, initialKind, shared = false, onTrack }: PublicApplyFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const [form] = Form.useForm<ApplyValues>();
  // One key per filled-in form: a double click or a retry after a lost answer finds the same order.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const submit = useMutation({
    mutationFn: (input: PublicCreateWorkOrder) => submitPublicWorkOrder(input, idempotencyKey),
  });
  const kind = Form.useWatch('kind', form) ?? initialKind;
  const isFeedback = kind === 'feedback';

  const onFinish = (values: ApplyValues) => {
    if (submit.isPending) return;
    const divisionCode = values.divisionCode.at(-1);
    if (!divisionCode) return;
    submit.mutate(
      {
        kind: values.kind,
        description: values.description.trim(),
        divisionCode,
        phone: values.phone.trim(),
        name: values.name?.trim() || undefined,
        channel,
      },
      {
        onError: (error) =>
          showFieldErrors(form, error, t, applyFields, {
            phone: t('workOrder.apply.phoneInvalid'),
            divisionCode: t('workOrder.apply.divisionRequired'),
          }),
      },
    );
  };

  const again = () => {
    form.resetFields();
    submit.reset();
    setIdempotencyKey(newIdempotencyKey());
  };

  const done = submit.data;
  const fieldErrorsShown = isApiError(submit.error) && submit.error.errors.length > 0;

  return (
    <>
      {done ? (
        <PublicApplyDone order={done} onAgain={again} onTrack={onTrack && (() => onTrack(done.code))} />
      ) : (
        <>
          <Typography.Title level={3} data-testid="apply-title">
            {isFeedback ? t('workOrder.apply.feedbackTitle') : t('workOrder.apply.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {isFeedback ? t('workOrder.apply.feedbackHint') : t('workOrder.apply.hint')}
          </Typography.Paragraph>
          <Card>
            {submit.error && !fieldErrorsShown && (
              <Alert type="error" showIcon title={errorText(submit.error)} style={{ marginBottom: 16 }} />
            )}
            <Form<ApplyValues>
              form={form}
              layout="vertical"
              name="public-apply"
              onFinish={onFinish}
              initialValues={{ kind: initialKind }}
              autoComplete={shared ? 'off' : undefined}
              size="large"
              data-testid="apply-form"
            >
              <Form.Item
                name="kind"
                label={t('workOrder.apply.kind')}
                rules={[{ required: true, message: t('workOrder.apply.kindRequired') }]}
              >
                <Select
                  options={workOrderKinds.map((k) => ({ value: k, label: t(`enum.serviceKind.${k}`) }))}
                  data-testid="apply-kind"
                />
              </Form.Item>
              <Form.Item
                name="description"
                label={t('workOrder.apply.description')}
                rules={[{ required: true, whitespace: true, message: t('workOrder.apply.descriptionRequired') }]}
              >
                <Input.TextArea
                  rows={6}
                  maxLength={2000}
                  showCount
                  placeholder={t('workOrder.apply.descriptionPlaceholder')}
                  data-testid="apply-description"
                />
              </Form.Item>
              <Form.Item
                name="divisionCode"
                label={t('workOrder.apply.division')}
                rules={[{ required: true, type: 'array', min: 1, message: t('workOrder.apply.divisionRequired') }]}
              >
                <DivisionCascader placeholder={t('workOrder.apply.divisionPlaceholder')} data-testid="apply-division" />
              </Form.Item>
              <Form.Item
                name="phone"
                label={t('workOrder.apply.phone')}
                rules={[
                  { required: true, whitespace: true, message: t('workOrder.apply.phoneRequired') },
                  { pattern: phonePattern, message: t('workOrder.apply.phoneInvalid') },
                ]}
                extra={t('workOrder.apply.privacy')}
              >
                <Input
                  type="tel"
                  inputMode="tel"
                  autoComplete={shared ? 'off' : 'tel'}
                  maxLength={20}
                  placeholder={t('workOrder.apply.phonePlaceholder')}
                  data-testid="apply-phone"
                />
              </Form.Item>
              <Form.Item name="name" label={t('workOrder.apply.name')} rules={[{ max: 50 }]}>
                <Input
                  autoComplete={shared ? 'off' : 'name'}
                  maxLength={50}
                  placeholder={t('workOrder.apply.namePlaceholder')}
                  data-testid="apply-name"
                />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                block
                icon={<SendOutlined />}
                loading={submit.isPending}
                data-testid="apply-submit"
              >
                {t('workOrder.apply.submit')}
              </Button>
            </Form>
          </Card>
        </>
      )}
    </>
  );
}
