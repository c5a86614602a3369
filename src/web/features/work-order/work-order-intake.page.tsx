import { Alert, App, Button, Card, Col, Form, Input, Radio, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isValidIdNumber } from '../../../shared/domain/id-number';
import {
  type Channel,
  channels,
  type Priority,
  priorities,
  type WorkOrderKind,
} from '../../../shared/domain/work-order';
import type { Me } from '../../../shared/schemas/auth.schema';
import type { CreateWorkOrder } from '../../../shared/schemas/work-order.schema';
import { useErrorMessage } from '../../components/error-message';
import { useCurrentUser } from '../auth/current-user';
import { useCreateWorkOrder } from './work-order.api';
import { showFieldErrors } from './work-order.errors';
import {
  DescriptionField,
  DivisionField,
  KindField,
  LegalDomainField,
  NameField,
  PhoneField,
} from './work-order-matter.fields';

interface IntakeValues {
  kind: WorkOrderKind;
  legalDomain?: string;
  channel: Channel;
  priority: Priority;
  description: string;
  divisionCode: string;
  phone: string;
  name?: string;
  idNumber?: string;
  answerNow: boolean;
  answer?: string;
}

const intakeFields = [
  'kind',
  'legalDomain',
  'channel',
  'priority',
  'description',
  'divisionCode',
  'phone',
  'name',
  'idNumber',
  'answer',
] as const;

/** The channel a role usually takes requests on: the hotline seat or the service window. */
export function defaultChannelOf(me: Pick<Me, 'roles'>): Channel {
  if (me.roles.includes('hotline_agent')) return 'hotline';
  return 'window';
}

const optional = (value: string | undefined) => value?.trim() || undefined;

/** 综合受理 at a staffed channel: one form for any request, answered on the spot or sent on to dispatch. */
export function WorkOrderIntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const errorText = useErrorMessage();
  const [form] = Form.useForm<IntakeValues>();
  const create = useCreateWorkOrder();
  const answerNow = Form.useWatch('answerNow', form);

  const submit = (values: IntakeValues) => {
    const input: CreateWorkOrder = {
      kind: values.kind,
      channel: values.channel,
      priority: values.priority,
      description: values.description.trim(),
      divisionCode: values.divisionCode,
      phone: values.phone.trim(),
      legalDomain: values.legalDomain,
      name: optional(values.name),
      idNumber: optional(values.idNumber)?.toUpperCase(),
      answer: values.answerNow ? optional(values.answer) : undefined,
    };
    create.mutate(input, {
      onSuccess: (order) => {
        message.success(t('workOrder.intake.created', { code: order.code }));
        navigate(`/work-orders/${order.id}`);
      },
      onError: (error) => showFieldErrors(form, error, t, intakeFields),
    });
  };

  const hasFieldErrors = create.error && showsOnFields(create.error);

  return (
    <>
      <Typography.Title level={3}>{t('workOrder.intake.title')}</Typography.Title>
      <Card style={{ maxWidth: 880 }}>
        {create.error && !hasFieldErrors && (
          <Alert type="error" showIcon title={errorText(create.error)} style={{ marginBottom: 16 }} />
        )}
        <Form<IntakeValues>
          form={form}
          layout="vertical"
          name="work-order-intake"
          onFinish={submit}
          initialValues={{ kind: 'consultation', channel: defaultChannelOf(me), priority: 'normal', answerNow: false }}
          data-testid="intake-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <KindField testId="intake" />
            </Col>
            <Col xs={24} md={12}>
              <LegalDomainField testId="intake" />
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="channel" label={t('workOrder.field.channel')} rules={[{ required: true }]}>
                <Select
                  options={channels.map((channel) => ({ value: channel, label: t(`workOrder.channel.${channel}`) }))}
                  data-testid="intake-channel"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="priority" label={t('workOrder.field.priority')}>
                <Radio.Group
                  optionType="button"
                  options={priorities.map((priority) => ({
                    value: priority,
                    label: t(`workOrder.priority.${priority}`),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <DescriptionField testId="intake" rows={5} placeholder={t('workOrder.intake.descriptionPlaceholder')} />
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <DivisionField testId="intake" rootCode={me.scope.code} />
            </Col>
            <Col xs={24} md={12}>
              <PhoneField testId="intake" />
            </Col>
            <Col xs={24} md={12}>
              <NameField testId="intake" />
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="idNumber"
                label={t('workOrder.field.idNumber')}
                rules={[
                  {
                    validator: (_, value: string | undefined) =>
                      !value?.trim() || isValidIdNumber(value.trim().toUpperCase())
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('workOrder.intake.idNumberInvalid'))),
                  },
                ]}
              >
                <Input autoComplete="off" maxLength={18} data-testid="intake-id-number" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="answerNow"
            label={t('workOrder.intake.answerNow')}
            valuePropName="checked"
            extra={t('workOrder.intake.answerNowHint')}
          >
            <Switch data-testid="intake-answer-now" />
          </Form.Item>
          {answerNow && (
            <Form.Item
              name="answer"
              label={t('workOrder.intake.answer')}
              rules={[{ required: true, whitespace: true, message: t('workOrder.intake.required') }]}
            >
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="intake-answer" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="intake-submit">
            {t('workOrder.intake.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}

function showsOnFields(error: unknown): boolean {
  const errors = (error as { errors?: { field: string }[] }).errors ?? [];
  return errors.some((e) => intakeFields.some((field) => e.field === `body.${field}`));
}
