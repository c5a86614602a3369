import { Alert, Button, Progress, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AssignmentCandidateView } from '../../../shared/schemas/legal-aid-assignment.schema';
import { useErrorMessage } from '../../components/error-message';
import { QueryError } from '../../components/query-error';
import { useAssignLegalAid, useAssignmentCandidates } from './legal-aid.api';

const percent = (permille: number | null) => (permille === null ? 0 : permille / 10);

/** 指派 on the review card of a granted case: the aid pool with the conflict check, the suggested pick, the lawyers' share. */
export function LegalAidAssignmentSection({ workOrderId }: { workOrderId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const query = useAssignmentCandidates(workOrderId, true);
  const assign = useAssignLegalAid(workOrderId);
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const view = query.data;
  const suggested = view?.suggestion?.professionalId;
  const share = view?.lawyerShare;
  const target = percent(share?.targetPermille ?? 400);
  const submit = (professionalId?: number) => {
    if (view) assign.mutate({ ...(professionalId !== undefined && { professionalId }), version: view.version });
  };

  return (
    <div data-testid="legal-aid-assignment" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('legalAid.assignment.title')}</Typography.Title>
      {view?.current && (
        <Alert
          type="success"
          showIcon
          data-testid="legal-aid-assignee"
          style={{ marginBottom: 12 }}
          title={t('legalAid.assignment.current', {
            name: view.current.name,
            organization: view.current.organizationName,
            via: t(`legalAid.assignment.via.${view.current.via}`),
            at: dayjs(view.current.assignedAt).format('YYYY-MM-DD HH:mm'),
          })}
        />
      )}
      {view && !view.assignable && (
        <Typography.Text type="secondary">{t('legalAid.assignment.notGranted')}</Typography.Text>
      )}
      {view?.assignable && (
        <>
          <Typography.Paragraph type="secondary">{t('legalAid.assignment.hint')}</Typography.Paragraph>
          {share && (
            <Space align="center" style={{ marginBottom: 12 }} data-testid="legal-aid-lawyer-share">
              <Typography.Text>{t('legalAid.assignment.lawyerShare')}</Typography.Text>
              {share.totalCases === 0 ? (
                <Typography.Text type="secondary">{t('legalAid.assignment.noCases')}</Typography.Text>
              ) : (
                <Progress
                  style={{ width: 200 }}
                  percent={percent(share.sharePermille)}
                  success={{ percent: Math.min(target, percent(share.sharePermille)) }}
                  status={share.met ? 'normal' : 'exception'}
                  format={() => `${percent(share.sharePermille)}% (${share.lawyerCases}/${share.totalCases})`}
                />
              )}
              <Typography.Text type="secondary">{t('legalAid.assignment.shareTarget', { target })}</Typography.Text>
            </Space>
          )}
          {view.suggestion ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={view.suggestion.explanation}
              data-testid="legal-aid-suggestion"
              action={
                <Button
                  type="primary"
                  size="small"
                  loading={assign.isPending}
                  onClick={() => submit()}
                  data-testid="legal-aid-assign-suggested"
                >
                  {t('legalAid.assignment.assignSuggested')}
                </Button>
              }
            />
          ) : (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('legalAid.assignment.noCandidate')} />
          )}
          {!view.nonLawyerOutlook.keepsTarget && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="legal-aid-share-warning"
              title={t('legalAid.assignment.nonLawyerWarning', {
                after: percent(view.nonLawyerOutlook.after.sharePermille),
                target,
              })}
            />
          )}
          {assign.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(assign.error)} />}
        </>
      )}
      {view && (
        <Table<AssignmentCandidateView>
          size="small"
          rowKey="professionalId"
          pagination={false}
          dataSource={view.candidates}
          data-testid="legal-aid-candidates"
          onRow={(row) => ({
            'data-testid': `legal-aid-candidate-${row.professionalId}`,
            'data-suggested': row.professionalId === suggested ? 'true' : 'false',
            style: row.professionalId === suggested ? { background: 'rgba(22, 119, 255, 0.08)' } : undefined,
          })}
          columns={[
            {
              title: t('legalAid.assignment.kind'),
              key: 'kind',
              render: (_, row) => (
                <Space size={4} wrap>
                  {t(`legalAid.assignment.handlerKind.${row.kind}`)}
                  {row.onDuty && <Tag color="gold">{t('legalAid.assignment.duty')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('legalAid.assignment.name'),
              key: 'name',
              render: (_, row) => (
                <Space size={4}>
                  {row.name}
                  {row.professionalId === suggested && <Tag color="blue">{t('legalAid.assignment.suggested')}</Tag>}
                  {row.professionalId === view.current?.professionalId && (
                    <Tag color="green">{t('legalAid.assignment.assigned')}</Tag>
                  )}
                </Space>
              ),
            },
            { title: t('legalAid.assignment.organization'), dataIndex: 'organizationName', render: (v) => v ?? '—' },
            { title: t('legalAid.assignment.openCases'), dataIndex: 'openCases', align: 'right' },
            {
              title: t('legalAid.assignment.conflict'),
              key: 'conflict',
              render: (_, row) =>
                row.eligible ? (
                  <Typography.Text type="success">✓ {t('legalAid.assignment.noConflict')}</Typography.Text>
                ) : (
                  <div data-testid="legal-aid-candidate-skip">
                    <Typography.Text type="danger">
                      ✗ {row.skipReason && t(`legalAid.assignment.skip.${row.skipReason}`)}
                    </Typography.Text>
                    {row.details.map((d) => (
                      <Typography.Paragraph key={d} type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
                        {d}
                      </Typography.Paragraph>
                    ))}
                  </div>
                ),
            },
            ...(view.assignable
              ? [
                  {
                    title: '',
                    key: 'assign',
                    render: (_: unknown, row: AssignmentCandidateView) => (
                      <Button
                        size="small"
                        disabled={!row.eligible || row.professionalId === view.current?.professionalId}
                        loading={assign.isPending && assign.variables?.professionalId === row.professionalId}
                        onClick={() => submit(row.professionalId)}
                        data-testid={`legal-aid-assign-${row.professionalId}`}
                      >
                        {t('legalAid.assignment.assignThis')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </div>
  );
}
