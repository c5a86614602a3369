import { Alert, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button';

/** Shows a temporary password the one time it exists; the server never returns it again. */
export function TemporaryPasswordModal({
  password,
  onClose,
}: {
  password: string | null | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={password !== undefined}
      title={t('account.temporaryPasswordTitle')}
      onCancel={onClose}
      onOk={onClose}
      okText={t('common.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
      // Above the edit drawer, which is open when a reset answers.
      zIndex={1100}
      destroyOnHidden
    >
      {password ? (
        <>
          <Alert type="warning" showIcon title={t('account.temporaryPasswordHint')} style={{ marginBottom: 16 }} />
          <Flex align="center" gap={12}>
            <Typography.Text code strong style={{ fontSize: 20 }} data-testid="temporary-password">
              {password}
            </Typography.Text>
            <CopyButton text={password} />
          </Flex>
        </>
      ) : (
        <Typography.Text>{t('account.temporaryPasswordNone')}</Typography.Text>
      )}
    </Modal>
  );
}
