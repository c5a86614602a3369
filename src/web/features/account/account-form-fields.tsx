import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { phonePattern } from '../../../shared/domain/mask';
import { roles } from '../../../shared/domain/role';
import { OrganizationSelect } from '../directory/organization-select';
import { DivisionPicker } from '../division/division-picker';

export interface AccountFormValues {
  username: string;
  displayName: string;
  roles: (typeof roles)[number][];
  scopeDivisionCode: string;
  phone?: string;
  organizationId?: number | null;
}

export const accountFormFields = [
  'username',
  'displayName',
  'roles',
  'scopeDivisionCode',
  'phone',
  'organizationId',
] as const;

interface AccountFormFieldsProps {
  mode: 'create' | 'edit';
  /** The admin's own scope: the top of the division picker. */
  rootCode: string;
  scopeLabel?: string;
  organizationLabel?: string | null;
  phoneMasked?: string | null;
}

/** The fields shared by the create modal and the edit drawer. */
export function AccountFormFields({
  mode,
  rootCode,
  scopeLabel,
  organizationLabel,
  phoneMasked,
}: AccountFormFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {mode === 'create' && (
        <Form.Item
          name="username"
          label={t('account.username')}
          extra={t('account.usernameHint')}
          rules={[
            { required: true, whitespace: true, message: t('account.required') },
            { pattern: /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, message: t('account.usernameHint') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="displayName"
        label={t('account.displayName')}
        rules={[{ required: true, whitespace: true, max: 50, message: t('account.required') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('account.roles')}
        rules={[{ required: true, message: t('account.rolesRequired') }]}
      >
        <Select
          mode="multiple"
          allowClear
          // Ten options: no virtual list, so every option is in the page with role="option".
          virtual={false}
          options={roles.map((role) => ({ value: role, label: t(`enum.role.${role}`) }))}
          optionFilterProp="label"
          data-testid="account-roles"
        />
      </Form.Item>
      <Form.Item
        name="scopeDivisionCode"
        label={t('account.scope')}
        rules={[{ required: true, message: t('account.scopeRequired') }]}
      >
        <DivisionPicker rootCode={rootCode} valueLabel={scopeLabel} data-testid="account-scope" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('account.phone')}
        rules={[{ pattern: phonePattern, message: t('error.field.invalid_format') }]}
      >
        <Input
          autoComplete="off"
          inputMode="tel"
          placeholder={mode === 'edit' && phoneMasked ? t('account.phoneKeep', { masked: phoneMasked }) : undefined}
        />
      </Form.Item>
      <Form.Item name="organizationId" label={t('account.organization')}>
        <OrganizationSelect valueLabel={organizationLabel} />
      </Form.Item>
    </>
  );
}
