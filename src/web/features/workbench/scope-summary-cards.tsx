import { Card, Col, Empty, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DivisionLevel, divisionLevels } from '../../../shared/domain/division';
import { organizationKinds, professionalKinds } from '../../../shared/domain/organization';
import type { ScopeSummary } from '../../../shared/schemas/organization.schema';

const span = { xs: 12, sm: 8, lg: 6, xxl: 4 } as const;

function StatCard({ title, value, testId }: { title: string; value: number; testId: string }) {
  return (
    <Col {...span}>
      <Card size="small" data-testid={testId}>
        <Statistic title={title} value={value} />
      </Card>
    </Col>
  );
}

/** Real counts in the caller's scope, straight from /api/v1/scope/summary. */
const countedLevels = ['county', 'township', 'village'] as const;

/** The scope's own level and those under it: a township holds no counties. */
function levelsFrom(scopeLevel: DivisionLevel) {
  return countedLevels.filter((level) => divisionLevels.indexOf(level) >= divisionLevels.indexOf(scopeLevel));
}

export function ScopeSummaryCards({ summary, scopeLevel }: { summary: ScopeSummary; scopeLevel: DivisionLevel }) {
  const { t } = useTranslation();
  // In the glossary's order, whatever order the server answers in.
  const organizations = organizationKinds.flatMap((kind) =>
    summary.organizations.filter((row) => row.kind === kind && row.count > 0),
  );
  const professionals = professionalKinds.flatMap((kind) =>
    summary.professionals.filter((row) => row.kind === kind && row.count > 0),
  );
  return (
    <>
      <Card size="small" title={t('workbench.divisionsTitle')} style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          {levelsFrom(scopeLevel).map((level) => (
            <StatCard
              key={level}
              title={t(`enum.divisionLevel.${level}`)}
              value={summary.divisions[level]}
              testId={`stat-${level}`}
            />
          ))}
          <StatCard title={t('workbench.accounts')} value={summary.accounts} testId="stat-accounts" />
        </Row>
      </Card>
      <Card size="small" title={t('workbench.organizationsTitle')} style={{ marginBottom: 16 }}>
        {organizations.length === 0 ? (
          <Empty description={t('workbench.noneInScope')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Row gutter={[12, 12]}>
            {organizations.map((row) => (
              <StatCard
                key={row.kind}
                title={t(`enum.organizationKind.${row.kind}`)}
                value={row.count}
                testId={`stat-org-${row.kind}`}
              />
            ))}
          </Row>
        )}
      </Card>
      <Card size="small" title={t('workbench.professionalsTitle')} style={{ marginBottom: 16 }}>
        {professionals.length === 0 ? (
          <Empty description={t('workbench.noneInScope')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Row gutter={[12, 12]}>
            {professionals.map((row) => (
              <StatCard
                key={row.kind}
                title={t(`enum.professionalKind.${row.kind}`)}
                value={row.count}
                testId={`stat-pro-${row.kind}`}
              />
            ))}
          </Row>
        )}
      </Card>
    </>
  );
}
