import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { LinkButton } from '../../components/link-button';
import { QueryError } from '../../components/query-error';
import { NotFoundResult } from '../../components/result-pages';
import { useOrganization } from './directory.api';
import { ProfessionalTable } from './professional-table';

/** One organisation and its people. Outside the user's scope the server answers 404, shown as "not found". */
export function OrganizationDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const organization = useOrganization(Number.isSafeInteger(id) && id > 0 ? id : null);

  if (!Number.isSafeInteger(id) || id <= 0 || isApiError(organization.error, 'not_found')) {
    return (
      <NotFoundResult
        home="/directory/organizations"
        homeLabel={t('directory.backToList')}
        detail={t('error.code.not_found')}
      />
    );
  }
  if (organization.error) {
    return <QueryError error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  const org = organization.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        loading={organization.isLoading}
        data-testid="organization-detail"
        title={
          org && (
            <Space>
              {org.name}
              <Tag color="blue">{t(`enum.organizationKind.${org.kind}`)}</Tag>
              {org.isDemo && <Tag>{t('common.demo')}</Tag>}
            </Space>
          )
        }
        extra={<LinkButton to="/directory/organizations">{t('directory.backToList')}</LinkButton>}
      >
        {org && (
          <Descriptions
            column={{ xs: 1, sm: 2 }}
            size="small"
            items={[
              { key: 'division', label: t('directory.division'), children: org.divisionName },
              { key: 'code', label: t('directory.divisionCode'), children: org.divisionCode },
              { key: 'address', label: t('directory.address'), children: org.address ?? '—' },
              { key: 'phone', label: t('directory.servicePhone'), children: org.servicePhone ?? '—' },
              { key: 'count', label: t('directory.professionalCount'), children: org.professionalCount },
            ]}
          />
        )}
      </Card>
      {org && (
        <>
          <Typography.Title level={4}>{t('directory.members')}</Typography.Title>
          <ProfessionalTable filters={{ organizationId: org.id }} />
        </>
      )}
    </Space>
  );
}
