import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProfessionalKind, professionalKinds } from '../../../shared/domain/organization';
import { useCurrentUser } from '../auth/current-user';
import { DirectoryFilterBar, type DirectoryFilters } from './directory-filters';
import { ProfessionalTable } from './professional-table';

export function ProfessionalListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [filters, setFilters] = useState<DirectoryFilters<ProfessionalKind>>({});

  return (
    <>
      <Typography.Title level={3}>{t('directory.professionalsTitle')}</Typography.Title>
      <DirectoryFilterBar
        value={filters}
        onChange={setFilters}
        rootCode={me.scope.code}
        keywordPlaceholder={t('directory.keywordProfessional')}
        kinds={professionalKinds.map((kind) => ({ value: kind, label: t(`enum.professionalKind.${kind}`) }))}
      />
      <ProfessionalTable filters={filters} />
    </>
  );
}
