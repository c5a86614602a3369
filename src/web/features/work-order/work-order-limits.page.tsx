import { Alert, App, Button, Card, Flex, Form, type FormRule, InputNumber, Skeleton, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type DeadlineLimits, type WorkOrderKind, workOrderKinds } from '../../../shared/domain/work-order';
import { ApiError } from '../../api/api-error';
import { fieldErrorText, useErrorMessage } from '../../components/error-message';
import { QueryError } from '../../components/query-error';
import { can } from '../auth/auth.hooks';
import { useCurrentUser } from '../auth/current-user';
import { useDeadlineLimits, useSaveDeadlineLimits } from './work-order.api';

// The bounds of deadlineLimitsSchema, so the form refuses what the server would.
const bounds = {
  acceptWorkingDays: { min: 1, max: 30 },
  urgentAcceptHours: { min: 1, max: 72 },
  resolveWorkingDays: { min: 1, max: 365 },
} as const;

function rules(t: TFunction, { min, max }: { min: number; max: number }): FormRule[] {
  const message = t('workOrder.limits.range', { min, max });
  return [
    { required: true, message },
    { type: 'integer', min, max, message },
  ];
}

type LimitPath = ['acceptWorkingDays'] | ['urgentAcceptHours'] | ['resolveWorkingDays', WorkOrderKind];

const isKind = (value: string | undefined): value is WorkOrderKind => workOrderKinds.includes(value as WorkOrderKind);

/** `body.resolveWorkingDays.mediation` → ['resolveWorkingDays', 'mediation'], when the form has that field. */
function formPathOf(field: string): LimitPath | undefined {
  const [top, kind] = field.replace(/^body\./, '').split('.');
  if (top === 'acceptWorkingDays' || top === 'urgentAcceptHours') return [top];
  if (top === 'resolveWorkingDays' && isKind(kind)) return [top, kind];
  return undefined;
}

/** 办理时限: the limits deadlines are counted from; administrators change them, others read them. */
export function WorkOrderLimitsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const canEdit = can(useCurrentUser(), 'calendar.manage');
  const limits = useDeadlineLimits();
  const save = useSaveDeadlineLimits();
  const [form] = Form.useForm<DeadlineLimits>();

  // What the server holds (at first, after a save, or when re-read) replaces what the form shows.
  useEffect(() => {
    if (limits.data) form.setFieldsValue(limits.data);
  }, [limits.data, form]);

  const failed = (error: unknown) => {
    const placed =
      error instanceof ApiError
        ? error.errors.flatMap((fieldError) => {
            const name = formPathOf(fieldError.field);
            return name ? [{ name, errors: [fieldErrorText(t, fieldError)] }] : [];
          })
        : [];
    form.setFields(placed);
    if (placed.length === 0) message.error(errorText(error));
  };

  if (limits.error) return <QueryError error={limits.error} onRetry={() => void limits.refetch()} />;

  const unit = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

  return (
    <>
      <Typography.Title level={3}>{t('workOrder.limits.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('workOrder.limits.intro')}</Typography.Paragraph>
      {!canEdit && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('workOrder.limits.readOnly')}
          data-testid="limits-read-only"
        />
      )}
      {!limits.data ? (
        <Skeleton active />
      ) : (
        <Form<DeadlineLimits>
          form={form}
          layout="vertical"
          disabled={!canEdit || save.isPending}
          initialValues={limits.data}
          style={{ maxWidth: 880 }}
          onFinish={(values) =>
            save.mutate(values, {
              onSuccess: () => message.success(t('workOrder.limits.saved')),
              onError: failed,
            })
          }
          data-testid="limits-form"
        >
          <Card size="small" title={t('workOrder.limits.accept')} style={{ marginBottom: 16 }}>
            <Flex gap={24} wrap>
              <Form.Item
                name="acceptWorkingDays"
                label={t('workOrder.limits.acceptWorkingDays')}
                extra={t('workOrder.limits.acceptWorkingDaysHelp')}
                rules={rules(t, bounds.acceptWorkingDays)}
              >
                <InputNumber
                  precision={0}
                  style={{ width: 200 }}
                  suffix={unit(t('workOrder.limits.workingDays'))}
                  data-testid="limits-accept-days"
                />
              </Form.Item>
              <Form.Item
                name="urgentAcceptHours"
                label={t('workOrder.limits.urgentAcceptHours')}
                extra={t('workOrder.limits.urgentAcceptHoursHelp')}
                rules={rules(t, bounds.urgentAcceptHours)}
              >
                <InputNumber
                  precision={0}
                  style={{ width: 200 }}
                  suffix={unit(t('workOrder.limits.hours'))}
                  data-testid="limits-urgent-hours"
                />
              </Form.Item>
            </Flex>
          </Card>
          <Card size="small" title={t('workOrder.limits.resolve')} style={{ marginBottom: 16 }}>
            <Table<{ kind: WorkOrderKind }>
              rowKey="kind"
              size="small"
              pagination={false}
              dataSource={workOrderKinds.map((kind) => ({ kind }))}
              data-testid="limits-table"
              columns={[
                {
                  key: 'kind',
                  title: t('workOrder.limits.kind'),
                  render: (_, row) => t(`enum.serviceKind.${row.kind}`),
                },
                {
                  key: 'resolve',
                  title: t('workOrder.limits.resolveWorkingDays'),
                  width: 260,
                  render: (_, row) => (
                    <Form.Item
                      name={['resolveWorkingDays', row.kind]}
                      rules={rules(t, bounds.resolveWorkingDays)}
                      style={{ marginBottom: 0 }}
                    >
                      <InputNumber
                        precision={0}
                        style={{ width: 200 }}
                        suffix={unit(t('workOrder.limits.workingDays'))}
                        aria-label={t(`enum.serviceKind.${row.kind}`)}
                        data-testid={`limits-resolve-${row.kind}`}
                      />
                    </Form.Item>
                  ),
                },
              ]}
            />
          </Card>
          {canEdit && (
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="limits-save">
                {t('common.save')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  form.setFieldsValue(limits.data);
                }}
                data-testid="limits-reset"
              >
                {t('common.reset')}
              </Button>
            </Flex>
          )}
        </Form>
      )}
    </>
  );
}
