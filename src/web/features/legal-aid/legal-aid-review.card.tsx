import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Radio, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectionAnswer } from '../../../shared/domain/legal-aid.application';
import { formatYuan } from '../../../shared/domain/money';
import type { LegalAidApplicationView } from '../../../shared/schemas/legal-aid-application.schema';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/error-message';
import { QueryError } from '../../components/query-error';
import { can } from '../auth/auth.hooks';
import { useCurrentUser } from '../auth/current-user';
import { decisionLetterUrl, useLegalAidApplication, useLegalAidStep } from './legal-aid.api';
import { LegalAidAssignmentSection } from './legal-aid-assignment.section';
import { EligibilityView } from './legal-aid-facts.fields';

const confirmTestId = { 'data-testid': 'legal-aid-confirm' };

type Dialog = 'grant' | 'refuse' | 'object' | 'answer_objection';

const at = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');
/** A deadline is 00:00 of the day after its last day: people read the last day. */
const lastDay = (iso: string) => dayjs(iso).subtract(1, 'day').format('YYYY-MM-DD');

/** 法律援助审查 on a legal_aid order: facts, the means test on receipt, the deadline, the decision, letter and objection. */
export function LegalAidReviewCard({ workOrderId }: { workOrderId: number }) {
  const { t } = useTranslation();
  const application = useLegalAidApplication(workOrderId, true);
  const canAssign = can(useCurrentUser(), 'legal_aid.assign');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  if (isApiError(application.error, 'not_found')) return null;
  if (application.error) return <QueryError error={application.error} onRetry={() => void application.refetch()} />;
  const a = application.data;
  if (!a) return <Card size="small" loading title={t('legalAid.card.title')} style={{ marginBottom: 16 }} />;
  const overdue = !a.decision && dayjs().isAfter(dayjs(a.reviewBy));
  const buttons: Dialog[] = a.actions.flatMap((name): Dialog[] => (name === 'decide' ? ['grant', 'refuse'] : [name]));

  return (
    <Card
      size="small"
      title={t('legalAid.card.title')}
      style={{ marginBottom: 16 }}
      data-testid="legal-aid-review"
      data-decision={a.decision?.decision ?? 'none'}
      extra={
        <Space wrap>
          {buttons.map((name) => (
            <Button
              key={name}
              size="small"
              type={name === 'grant' || name === 'answer_objection' ? 'primary' : 'default'}
              danger={name === 'refuse'}
              onClick={() => setDialog(name)}
              data-testid={`legal-aid-${name}`}
            >
              {t(`legalAid.action.${name}`)}
            </Button>
          ))}
          {a.decision && (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={decisionLetterUrl(workOrderId)}
              data-testid="legal-aid-letter"
            >
              {t('legalAid.card.letter')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} title={t('legalAid.card.facts')}>
        <Descriptions.Item label={t('legalAid.field.name')}>{a.applicant.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('legalAid.field.householdSize')}>
          {t('legalAid.card.household', { size: a.householdSize, income: formatYuan(a.monthlyHouseholdIncomeFen) })}
          {a.assetsFen !== null && `，${t('legalAid.card.assets', { assets: formatYuan(a.assetsFen) })}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('legalAid.field.matterCategory')}>{a.matterCategory}</Descriptions.Item>
        <Descriptions.Item label={t('legalAid.field.opposingParty')}>
          {a.opposingParty ?? t('legalAid.card.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('legalAid.field.documents')} span={2}>
          {a.documents.length === 0
            ? t('legalAid.card.none')
            : a.documents.map((d) => <Tag key={d}>{t(`legalAid.documents.${d}`)}</Tag>)}
        </Descriptions.Item>
        <Descriptions.Item label={t('legalAid.card.received')}>{at(a.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('legalAid.card.reviewBy')}>
          <span data-testid="legal-aid-review-by">{lastDay(a.reviewBy)}</span>
          {overdue && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              {t('legalAid.card.overdue')}
            </Tag>
          )}
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5}>{t('legalAid.card.eligibility')}</Typography.Title>
      <EligibilityView result={a.eligibility} />

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('legalAid.card.decision')}
      </Typography.Title>
      {a.decision ? (
        <Descriptions size="small" column={1} data-testid="legal-aid-decision">
          <Descriptions.Item label={t('legalAid.card.decision')}>
            <Tag color={a.decision.decision === 'grant' ? 'success' : 'error'}>
              {t(`legalAid.decision.${a.decision.decision}`)}
            </Tag>
            {at(a.decision.decidedAt)} {a.decision.decidedByName}
          </Descriptions.Item>
          <Descriptions.Item label={t('legalAid.card.letterNumber')}>
            <span data-testid="legal-aid-letter-number">{a.decision.letterNumber}</span>
          </Descriptions.Item>
          {a.decision.reasons && (
            <Descriptions.Item label={t('legalAid.card.reasons')}>{a.decision.reasons}</Descriptions.Item>
          )}
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t('legalAid.card.undecided')}</Typography.Text>
      )}

      {a.objection && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('legalAid.card.objection')}
          </Typography.Title>
          <Descriptions size="small" column={1} data-testid="legal-aid-objection">
            <Descriptions.Item label={t('legalAid.modal.objectionReason')}>
              {a.objection.reason}（{t(`legalAid.card.objectionBy.${a.objection.by}`)}，{at(a.objection.at)}）
            </Descriptions.Item>
            <Descriptions.Item label={t('legalAid.card.answerBy')}>{lastDay(a.objection.answerBy)}</Descriptions.Item>
            {a.objection.answer && (
              <Descriptions.Item label={t('legalAid.modal.answer')}>
                {t(`legalAid.card.answer.${a.objection.answer}`)}：{a.objection.answerReasons}
              </Descriptions.Item>
            )}
          </Descriptions>
        </>
      )}

      {canAssign && a.decision?.decision === 'grant' && <LegalAidAssignmentSection workOrderId={workOrderId} />}

      {dialog && <StepModal key={dialog} application={a} dialog={dialog} onClose={() => setDialog(null)} />}
    </Card>
  );
}

interface StepValues {
  reasons?: string;
  answer?: ObjectionAnswer;
}

function StepModal({
  application,
  dialog,
  onClose,
}: {
  application: LegalAidApplicationView;
  dialog: Dialog;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const [form] = Form.useForm<StepValues>();
  const step = useLegalAidStep(application.workOrderId);
  const reasonsRequired = dialog !== 'grant';

  const onFinish = (values: StepValues) => {
    const reasons = values.reasons?.trim() || undefined;
    const version = application.version;
    const input =
      dialog === 'grant' || dialog === 'refuse'
        ? ({ kind: 'decision', input: { decision: dialog, reasons, version } } as const)
        : dialog === 'object'
          ? ({ kind: 'objection', input: { reason: reasons ?? '' } } as const)
          : ({
              kind: 'answer',
              input: { answer: values.answer ?? 'uphold', reasons: reasons ?? '', version },
            } as const);
    step.mutate(input, { onSuccess: onClose });
  };

  return (
    <Modal
      open
      title={t(`legalAid.action.${dialog}`)}
      okText={t('legalAid.modal.confirm')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={step.isPending}
      okButtonProps={{ danger: dialog === 'refuse', ...confirmTestId }}
      destroyOnHidden
    >
      {step.error && <Alert type="error" showIcon title={errorText(step.error)} style={{ marginBottom: 12 }} />}
      <Form<StepValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ answer: 'uphold' }}>
        {dialog === 'answer_objection' && (
          <Form.Item name="answer" label={t('legalAid.modal.answer')}>
            <Radio.Group
              options={(['uphold', 'overturn'] as const).map((v) => ({
                value: v,
                label: t(`legalAid.card.answer.${v}`),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reasons"
          label={dialog === 'object' ? t('legalAid.modal.objectionReason') : t('legalAid.modal.reasons')}
          rules={
            reasonsRequired ? [{ required: true, whitespace: true, message: t('legalAid.modal.reasonsRequired') }] : []
          }
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="legal-aid-reasons" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
