import { App, Button, Drawer, Flex, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { scopePrefix } from '../../../shared/domain/division';
import { type OrganizationKind, organizationKinds } from '../../../shared/domain/organization';
import { type WorkOrderKind, workOrderKinds } from '../../../shared/domain/work-order';
import type { CreateRoutingRule, RoutingRuleView } from '../../../shared/schemas/routing.schema';
import { isApiError } from '../../api/api-error';
import { applyFieldErrors, useErrorMessage } from '../../components/error-message';
import { useCurrentUser } from '../auth/current-user';
import { DivisionPicker } from '../division/division-picker';
import { LegalDomainSelect } from '../legal-domain/legal-domain-select';
import { DivisionPrefixName } from './division-prefix-name';
import { useCreateRoutingRule, useRefreshRoutingRules, useUpdateRoutingRule } from './routing.api';

export const startLevels = ['city', 'county', 'township', 'village'] as const;
type StartLevel = (typeof startLevels)[number];

interface RuleValues {
  kind?: WorkOrderKind | null;
  legalDomain?: string | null;
  divisionPrefix?: string;
  organizationKinds: OrganizationKind[];
  startLevel: StartLevel;
  priority: number;
  isActive: boolean;
  note?: string;
}

const ruleFields = [
  'kind',
  'legalDomain',
  'divisionPrefix',
  'organizationKinds',
  'startLevel',
  'priority',
  'isActive',
  'note',
] as const;

const blankRule: RuleValues = { organizationKinds: [], startLevel: 'village', priority: 100, isActive: true };

function valuesOf(rule: RoutingRuleView): RuleValues {
  return {
    kind: rule.kind,
    legalDomain: rule.legalDomain,
    divisionPrefix: rule.divisionPrefix ?? '',
    organizationKinds: rule.organizationKinds,
    startLevel: rule.startLevel,
    priority: rule.priority,
    isActive: rule.isActive,
    note: rule.note ?? '',
  };
}

function inputOf(values: RuleValues): CreateRoutingRule {
  return {
    kind: values.kind ?? null,
    legalDomain: values.legalDomain ?? null,
    divisionPrefix: values.divisionPrefix?.trim() || null,
    organizationKinds: values.organizationKinds,
    startLevel: values.startLevel,
    priority: values.priority,
    isActive: values.isActive,
    note: values.note?.trim() || null,
  };
}

interface RoutingRuleDrawerProps {
  open: boolean;
  /** The rule being edited (from the latest list); null to add one. */
  rule: RoutingRuleView | null;
  onClose: () => void;
}

/** Adds or changes one routing rule; a change carries the version shown and a 409 reloads it. */
export function RoutingRuleDrawer({ open, rule, onClose }: RoutingRuleDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      title={rule ? t('routing.admin.editTitle', { id: rule.id }) : t('routing.admin.createTitle')}
    >
      {open && <RoutingRuleForm rule={rule} onClose={onClose} />}
    </Drawer>
  );
}

function RoutingRuleForm({ rule, onClose }: { rule: RoutingRuleView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const me = useCurrentUser();
  const [form] = Form.useForm<RuleValues>();
  const create = useCreateRoutingRule();
  const update = useUpdateRoutingRule();
  const refresh = useRefreshRoutingRules();
  const prefix = Form.useWatch('divisionPrefix', form);

  // Someone else saved meanwhile: the reloaded rule replaces what the form shows.
  useEffect(() => {
    form.setFieldsValue(rule ? valuesOf(rule) : blankRule);
  }, [rule, form]);

  const failed = (error: unknown) => {
    if (isApiError(error, 'version_conflict')) {
      message.warning(t('routing.admin.versionConflict'));
      void refresh();
      return;
    }
    if (!applyFieldErrors(form, error, t, ruleFields)) message.error(errorText(error));
  };

  const save = (values: RuleValues) => {
    const input = inputOf(values);
    if (rule) {
      update.mutate(
        { id: rule.id, input: { version: rule.version, ...input } },
        {
          onSuccess: () => {
            message.success(t('routing.admin.saved'));
            onClose();
          },
          onError: failed,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: () => {
          message.success(t('routing.admin.created'));
          onClose();
        },
        onError: failed,
      });
    }
  };

  return (
    <Form<RuleValues> form={form} layout="vertical" name="routing-rule" onFinish={save} initialValues={blankRule}>
      <Form.Item name="kind" label={t('routing.field.kind')}>
        <Select
          allowClear
          placeholder={t('routing.any.kind')}
          options={workOrderKinds.map((kind) => ({ value: kind, label: t(`enum.serviceKind.${kind}`) }))}
          data-testid="routing-kind"
        />
      </Form.Item>
      <Form.Item name="legalDomain" label={t('routing.field.legalDomain')}>
        <LegalDomainSelect allowClear placeholder={t('routing.any.legalDomain')} data-testid="routing-legal-domain" />
      </Form.Item>
      <Form.Item
        label={t('routing.field.divisionPrefix')}
        extra={prefix?.trim() ? <DivisionPrefixName prefix={prefix.trim()} /> : t('routing.any.area')}
      >
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="divisionPrefix"
            noStyle
            rules={[{ pattern: /^\d{2,12}$/, message: t('routing.admin.prefixInvalid') }]}
          >
            <Input
              maxLength={12}
              inputMode="numeric"
              placeholder={t('routing.admin.prefixPlaceholder')}
              style={{ width: '45%' }}
              data-testid="routing-prefix"
            />
          </Form.Item>
          <DivisionPicker
            rootCode={me.scope.code}
            placeholder={t('routing.admin.pickDivision')}
            onChange={(code) => code && form.setFieldValue('divisionPrefix', scopePrefix(code))}
            style={{ width: '55%' }}
            data-testid="routing-division"
          />
        </Space.Compact>
      </Form.Item>
      <Form.Item
        name="organizationKinds"
        label={t('routing.field.organizationKinds')}
        extra={t('routing.admin.organizationKindsHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('routing.admin.organizationKindsRequired') }]}
      >
        <Select
          mode="multiple"
          options={organizationKinds.map((kind) => ({ value: kind, label: t(`enum.organizationKind.${kind}`) }))}
          data-testid="routing-organization-kinds"
        />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="startLevel"
          label={t('routing.field.startLevel')}
          extra={t('routing.admin.startLevelHint')}
          rules={[{ required: true }]}
          style={{ flex: '1 1 200px' }}
        >
          <Select
            options={startLevels.map((level) => ({ value: level, label: t(`enum.divisionLevel.${level}`) }))}
            data-testid="routing-start-level"
          />
        </Form.Item>
        <Form.Item
          name="priority"
          label={t('routing.field.priority')}
          extra={t('routing.admin.priorityHint')}
          rules={[{ required: true, type: 'integer', min: 0, max: 10_000 }]}
          style={{ flex: '1 1 160px' }}
        >
          <InputNumber min={0} max={10_000} precision={0} style={{ width: '100%' }} data-testid="routing-priority" />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('routing.field.note')} rules={[{ max: 200 }]}>
        <Input maxLength={200} showCount data-testid="routing-note" />
      </Form.Item>
      <Form.Item name="isActive" label={t('routing.field.isActive')} valuePropName="checked">
        <Switch data-testid="routing-is-active" />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={create.isPending || update.isPending}
          data-testid="routing-save"
        >
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
