import { EyeOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/error-message';
import { useRevealPhone } from './account.api';

/** A masked number; 查看 shows the whole one after saying that the server records the viewing. */
export function PhoneReveal({
  accountId,
  masked,
  canReveal,
}: {
  accountId: number;
  masked: string | null;
  canReveal: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const reveal = useRevealPhone();
  const [phone, setPhone] = useState<string | null>(null);

  if (!masked) return <Typography.Text type="secondary">—</Typography.Text>;
  if (phone) return <Typography.Text copyable>{phone}</Typography.Text>;
  return (
    <Space size={4}>
      <Typography.Text>{masked}</Typography.Text>
      {canReveal && (
        <Popconfirm
          title={t('account.revealConfirm')}
          description={t('account.revealAudited')}
          okText={t('common.view')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            reveal.mutateAsync(accountId).then(
              (result) => setPhone(result.phone ?? masked),
              () => {},
            )
          }
        >
          <Button
            type="link"
            size="small"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            title={t('account.revealAudited')}
            data-testid="reveal-phone"
          >
            {t('common.view')}
          </Button>
        </Popconfirm>
      )}
      {reveal.error && <Typography.Text type="danger">{errorText(reveal.error)}</Typography.Text>}
    </Space>
  );
}
