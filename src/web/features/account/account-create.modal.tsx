import { Alert, App, Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, useErrorMessage } from '../../components/error-message';
import { useCreateAccount } from './account.api';
import { AccountFormFields, type AccountFormValues, accountFormFields } from './account-form-fields';

interface AccountCreateModalProps {
  open: boolean;
  rootCode: string;
  onClose: () => void;
  onCreated: (temporaryPassword: string | null) => void;
}

export function AccountCreateModal({ open, rootCode, onClose, onCreated }: AccountCreateModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const [form] = Form.useForm<AccountFormValues>();
  const create = useCreateAccount();

  const submit = (values: AccountFormValues) => {
    create.mutate(
      {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        roles: values.roles,
        scopeDivisionCode: values.scopeDivisionCode,
        phone: values.phone?.trim() || null,
        organizationId: values.organizationId ?? null,
      },
      {
        onSuccess: (result) => {
          message.success(t('account.created'));
          form.resetFields();
          create.reset();
          onCreated(result.temporaryPassword);
        },
        onError: (error) => applyFieldErrors(form, error, t, accountFormFields),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('account.createTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          loading={create.isPending}
          onClick={() => form.submit()}
          data-testid="account-create-submit"
        >
          {t('account.createSubmit')}
        </Button>,
      ]}
    >
      {create.error && <Alert type="error" showIcon title={errorText(create.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" name="account-create" onFinish={submit}>
        <AccountFormFields mode="create" rootCode={rootCode} />
      </Form>
    </Modal>
  );
}
