import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/schemas/account.schema';

export function AccountStatusTag({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {account.isDisabled ? (
        <Tag color="default">{t('enum.accountStatus.disabled')}</Tag>
      ) : (
        <Tag color="success">{t('enum.accountStatus.active')}</Tag>
      )}
      {account.mustChangePassword && <Tag color="warning">{t('account.mustChangePassword')}</Tag>}
      {account.isDemo && <Tag>{t('common.demo')}</Tag>}
    </Flex>
  );
}
