import { App, Button, Drawer, Flex, Form, Popconfirm, Skeleton, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, UpdateAccountInput } from '../../../shared/schemas/account.schema';
import { isApiError } from '../../api/api-error';
import { applyFieldErrors, useErrorMessage } from '../../components/error-message';
import { QueryError } from '../../components/query-error';
import { useAccount, useResetPassword, useUpdateAccount } from './account.api';
import { AccountFormFields, type AccountFormValues, accountFormFields } from './account-form-fields';
import { AccountStatusTag } from './account-status-tag';

interface AccountEditDrawerProps {
  accountId: number | null;
  rootCode: string;
  onClose: () => void;
  onTemporaryPassword: (password: string | null) => void;
}

function formValuesOf(account: Account): AccountFormValues {
  return {
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    scopeDivisionCode: account.scope.code,
    phone: '',
    organizationId: account.organizationId,
  };
}

/**
 * Only what changed is sent: the server ends the account's sessions when its roles or scope are in the request.
 */
function changesOf(account: Account, values: AccountFormValues): Omit<UpdateAccountInput, 'version'> {
  const changes: Omit<UpdateAccountInput, 'version'> = {};
  const displayName = values.displayName.trim();
  if (displayName !== account.displayName) changes.displayName = displayName;
  const sameRoles =
    values.roles.length === account.roles.length && values.roles.every((role) => account.roles.includes(role));
  if (!sameRoles) changes.roles = values.roles;
  if (values.scopeDivisionCode !== account.scope.code) changes.scopeDivisionCode = values.scopeDivisionCode;
  const organizationId = values.organizationId ?? null;
  if (organizationId !== account.organizationId) changes.organizationId = organizationId;
  const phone = values.phone?.trim();
  if (phone) changes.phone = phone;
  return changes;
}

export function AccountEditDrawer({ accountId, rootCode, onClose, onTemporaryPassword }: AccountEditDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer open={accountId !== null} onClose={onClose} size={560} destroyOnHidden title={t('common.edit')}>
      {accountId !== null && (
        <AccountEditor
          accountId={accountId}
          rootCode={rootCode}
          onClose={onClose}
          onTemporaryPassword={onTemporaryPassword}
        />
      )}
    </Drawer>
  );
}

function AccountEditor({
  accountId,
  rootCode,
  onClose,
  onTemporaryPassword,
}: AccountEditDrawerProps & { accountId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const [form] = Form.useForm<AccountFormValues>();
  const account = useAccount(accountId);
  const update = useUpdateAccount(accountId);
  const reset = useResetPassword(accountId);

  const current = account.data;
  useEffect(() => {
    if (current) form.setFieldsValue(formValuesOf(current));
  }, [current, form]);

  const handleError = (error: unknown) => {
    if (isApiError(error, 'version_conflict')) {
      message.warning(t('account.versionConflict'));
      void account.refetch();
      return;
    }
    if (!applyFieldErrors(form, error, t, accountFormFields)) message.error(errorText(error));
  };

  /** Resolves to whether the change was saved; failures are shown here. */
  const patch = (changes: Omit<UpdateAccountInput, 'version'>, done: string): Promise<boolean> => {
    if (!current) return Promise.resolve(false);
    return update.mutateAsync({ version: current.version, ...changes }).then(
      () => {
        message.success(done);
        return true;
      },
      (error: unknown) => {
        handleError(error);
        return false;
      },
    );
  };

  const save = (values: AccountFormValues) => {
    if (!current) return;
    const changes = changesOf(current, values);
    if (Object.keys(changes).length === 0) {
      message.info(t('account.saved'));
      return;
    }
    void patch(changes, t('account.saved')).then((saved) => saved && form.setFieldValue('phone', ''));
  };

  if (account.error) return <QueryError error={account.error} onRetry={() => void account.refetch()} />;
  if (!current) return <Skeleton active />;

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <span>{t('account.editTitle', { name: `${current.displayName}（${current.username}）` })}</span>
        <AccountStatusTag account={current} />
      </Flex>
      <Form form={form} layout="vertical" name="account-edit" onFinish={save}>
        <AccountFormFields
          mode="edit"
          rootCode={rootCode}
          scopeLabel={current.scope.name}
          organizationLabel={current.organizationName}
          phoneMasked={current.phoneMasked}
        />
        <Flex justify="space-between" wrap gap={8}>
          <Space>
            <Popconfirm
              title={current.isDisabled ? t('account.enableConfirm') : t('account.disableConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                patch(
                  { isDisabled: !current.isDisabled },
                  current.isDisabled ? t('account.enabled') : t('account.disabled'),
                )
              }
            >
              <Button danger={!current.isDisabled} data-testid="account-toggle-disabled">
                {current.isDisabled ? t('account.enable') : t('account.disable')}
              </Button>
            </Popconfirm>
            <Popconfirm
              title={t('account.resetConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                reset.mutateAsync().then(
                  (result) => onTemporaryPassword(result.temporaryPassword),
                  (error) => message.error(errorText(error)),
                )
              }
            >
              <Button loading={reset.isPending} data-testid="account-reset-password">
                {t('account.resetPassword')}
              </Button>
            </Popconfirm>
          </Space>
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="account-save">
              {t('common.save')}
            </Button>
          </Space>
        </Flex>
      </Form>
    </>
  );
}
