import { CheckOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Result, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { phonePattern } from '../../../shared/domain/mask';
import type { WorkOrderKind } from '../../../shared/domain/work-order';
import type { WorkOrder } from '../../../shared/schemas/work-order.schema';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/error-message';
import { useCurrentUser } from '../auth/current-user';
import { useDebouncedValue } from '../knowledge/use-debounced-value';
import { showFieldErrors } from '../work-order/work-order.errors';
import {
  DescriptionField,
  DivisionField,
  KindField,
  LegalDomainField,
  NameField,
  PhoneField,
} from '../work-order/work-order-matter.fields';
import { type DuplicateQuery, useDuplicates, useRecordCallOrder } from './hotline.api';
import { HotlineDuplicates } from './hotline-duplicates';

interface ConsultationValues {
  kind: WorkOrderKind;
  legalDomain?: string;
  description: string;
  divisionCode?: string;
  phone: string;
  name?: string;
  answer?: string;
}

const formFields = ['kind', 'legalDomain', 'description', 'divisionCode', 'phone', 'name', 'answer'] as const;
/** Fewer characters say too little to compare with earlier matters. */
export const duplicateMinLength = 8;

const optional = (value: string | undefined) => value?.trim() || undefined;

/** The duplicate check's question, or null while the description is too short or the phone not a number yet. */
function duplicateQueryOf(values: {
  kind?: WorkOrderKind;
  phone?: string;
  description?: string;
}): DuplicateQuery | null {
  const description = values.description?.trim() ?? '';
  const phone = values.phone?.trim() ?? '';
  if (!values.kind || description.length < duplicateMinLength || !phonePattern.test(phone)) return null;
  return { kind: values.kind, phone, description: description.slice(0, 2000) };
}

interface HotlineOrderFormProps {
  callId: number;
  callerNumber: string;
  citizenName: string | null;
  recorded: WorkOrder | null;
  onRecorded: (order: WorkOrder) => void;
  /** What the agent writes, for the knowledge panel beside the form. */
  onTyping: (description: string, legalDomain: string | undefined) => void;
}

/**
 * The call's consultation: what, where, who. 当场答复 records it answered (with the answer);
 * 转派工单 records it for dispatch. Similar open matters of the same caller show as a warning.
 */
export function HotlineOrderForm({
  callId,
  callerNumber,
  citizenName,
  recorded,
  onRecorded,
  onTyping,
}: HotlineOrderFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorMessage();
  const [form] = Form.useForm<ConsultationValues>();
  const record = useRecordCallOrder(callId);

  const kind = Form.useWatch('kind', form);
  const phone = Form.useWatch('phone', form);
  const description = Form.useWatch('description', form);
  // A string, so an unchanged question keeps its identity between renders.
  const asked = useDebouncedValue(JSON.stringify(duplicateQueryOf({ kind, phone, description })), 500);
  const duplicateQuery = JSON.parse(asked) as DuplicateQuery | null;
  const duplicates = useDuplicates(duplicateQuery);

  const send = async (withAnswer: boolean) => {
    if (record.isPending) return;
    let values: ConsultationValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const answer = optional(values.answer);
    if (withAnswer && !answer) {
      form.setFields([{ name: 'answer', errors: [t('hotline.form.answerRequired')] }]);
      return;
    }
    if (!values.divisionCode) return;
    record.mutate(
      {
        kind: values.kind,
        channel: 'hotline',
        priority: 'normal',
        legalDomain: values.legalDomain,
        description: values.description.trim(),
        divisionCode: values.divisionCode,
        phone: values.phone.trim(),
        name: optional(values.name),
        answer: withAnswer ? answer : undefined,
      },
      {
        onSuccess: onRecorded,
        onError: (error) => showFieldErrors(form, error, t, formFields),
      },
    );
  };

  if (recorded) {
    const answered = recorded.status === 'answered';
    return (
      <Card size="small" data-testid="hotline-recorded" data-status={recorded.status}>
        <Result
          status="success"
          title={answered ? t('hotline.form.answered') : t('hotline.form.forwarded')}
          subTitle={
            <Link to={`/work-orders/${recorded.id}`} target="_blank" rel="noopener" data-testid="hotline-recorded-code">
              {recorded.code}
            </Link>
          }
        />
      </Card>
    );
  }

  const fieldErrors = isApiError(record.error) && record.error.errors.length > 0;
  return (
    <Card size="small" title={t('hotline.form.title')} data-testid="hotline-form">
      {record.error && !fieldErrors && (
        <Alert type="error" showIcon title={errorText(record.error)} style={{ marginBottom: 12 }} />
      )}
      {duplicateQuery && <HotlineDuplicates items={duplicates.data ?? []} />}
      <Form<ConsultationValues>
        form={form}
        layout="vertical"
        name="hotline-order"
        initialValues={{ kind: 'consultation', phone: callerNumber, name: citizenName ?? undefined }}
        onValuesChange={(_, all) => onTyping(all.description ?? '', all.legalDomain)}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <KindField testId="hotline" />
          </Col>
          <Col xs={24} md={12}>
            <LegalDomainField testId="hotline" />
          </Col>
        </Row>
        <DescriptionField testId="hotline" rows={4} placeholder={t('hotline.form.descriptionPlaceholder')} />
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <DivisionField testId="hotline" rootCode={me.scope.code} />
          </Col>
          <Col xs={24} md={8}>
            <PhoneField testId="hotline" extra={t('hotline.form.phoneHint')} />
          </Col>
          <Col xs={24} md={8}>
            <NameField testId="hotline" />
          </Col>
        </Row>
        <Form.Item name="answer" label={t('hotline.form.answer')} extra={t('hotline.form.answerHint')}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="hotline-answer" />
        </Form.Item>
        <Space wrap>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={record.isPending}
            onClick={() => void send(true)}
            data-testid="hotline-answer-now"
          >
            {t('hotline.form.answerNow')}
          </Button>
          <Button
            icon={<SendOutlined />}
            loading={record.isPending}
            onClick={() => void send(false)}
            data-testid="hotline-forward"
          >
            {t('hotline.form.forward')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
