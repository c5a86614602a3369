import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Form, type FormInstance, InputNumber, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { criminalDefenseCategory } from '../../../shared/domain/legal-aid.catalogue';
import { formatYuan } from '../../../shared/domain/money';
import type { EligibilityResultView, LegalAidPrecheck } from '../../../shared/schemas/legal-aid-eligibility.schema';
import { DivisionCascader } from '../division/division-cascader';
import { useLegalAidRules } from './legal-aid.api';

/** The facts of the means test as the form holds them: yuan, a division path. */
export interface FactsValues {
  divisionCode: string[];
  householdSize: number;
  monthlyIncomeYuan: number;
  assetsYuan?: number | null;
  matterCategory: string;
  exemptions?: string[];
  appointmentGrounds?: string[];
}

export const factFields = [
  'divisionCode',
  'householdSize',
  'monthlyHouseholdIncomeFen',
  'assetsFen',
  'matterCategory',
  'exemptions',
  'appointmentGrounds',
] as const;

const cityCode = '370800000000';
const toFen = (yuan: number) => Math.round(yuan * 100);

/** The facts in the API's terms (fen, the division chosen last). */
export function factsOf(values: FactsValues): LegalAidPrecheck {
  return {
    divisionCode: values.divisionCode.at(-1) ?? '',
    householdSize: values.householdSize,
    monthlyHouseholdIncomeFen: toFen(values.monthlyIncomeYuan),
    ...(values.assetsYuan != null && { assetsFen: toFen(values.assetsYuan) }),
    matterCategory: values.matterCategory,
    ...(values.exemptions?.length && { exemptions: values.exemptions }),
    ...(values.matterCategory === criminalDefenseCategory &&
      values.appointmentGrounds?.length && {
        appointmentGrounds: values.appointmentGrounds as LegalAidPrecheck['appointmentGrounds'],
      }),
  };
}

/** Residence, household, income, assets, matter, exemptions, appointment grounds: the categories come from the rules of the division chosen. */
export function LegalAidFactsFields({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const division = (Form.useWatch('divisionCode', form) as string[] | undefined)?.at(-1);
  const matter = Form.useWatch('matterCategory', form) as string | undefined;
  const rules = useLegalAidRules(division ?? cityCode);
  const required = [{ required: true, message: t('legalAid.required') }];
  return (
    <>
      <Form.Item
        name="divisionCode"
        label={t('legalAid.field.divisionCode')}
        rules={[{ required: true, type: 'array', min: 1, message: t('legalAid.required') }]}
      >
        <DivisionCascader data-testid="legal-aid-division" />
      </Form.Item>
      <Space wrap size="large">
        <Form.Item name="householdSize" label={t('legalAid.field.householdSize')} rules={required}>
          <InputNumber min={1} max={30} precision={0} data-testid="legal-aid-household" />
        </Form.Item>
        <Form.Item name="monthlyIncomeYuan" label={t('legalAid.field.monthlyIncomeYuan')} rules={required}>
          <InputNumber min={0} precision={2} style={{ width: 200 }} data-testid="legal-aid-income" />
        </Form.Item>
        <Form.Item name="assetsYuan" label={t('legalAid.field.assetsYuan')}>
          <InputNumber min={0} precision={2} style={{ width: 200 }} data-testid="legal-aid-assets" />
        </Form.Item>
      </Space>
      <Form.Item name="matterCategory" label={t('legalAid.field.matterCategory')} rules={required}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={rules.isLoading}
          options={rules.data?.matterCategories.map((m) => ({
            value: m.code,
            label: m.inScope ? m.nameZh : `${m.nameZh}${t('legalAid.notInScope')}`,
          }))}
          data-testid="legal-aid-matter"
        />
      </Form.Item>
      <Form.Item name="exemptions" label={t('legalAid.field.exemptions')}>
        <Select
          mode="multiple"
          allowClear
          options={rules.data?.exemptions.map((e) => ({ value: e.code, label: e.nameZh }))}
          data-testid="legal-aid-exemptions"
        />
      </Form.Item>
      {matter === criminalDefenseCategory && (
        <Form.Item name="appointmentGrounds" label={t('legalAid.field.appointmentGrounds')}>
          <Select
            mode="multiple"
            allowClear
            options={rules.data?.appointmentGrounds.map((g) => ({ value: g.code, label: g.nameZh }))}
            data-testid="legal-aid-grounds"
          />
        </Form.Item>
      )}
    </>
  );
}

const resultColor = { eligible: 'success', not_eligible: 'error', needs_review: 'warning' } as const;

/** A means-test result: the outcome, then each criterion ✓ or ✗ with its figures. */
export function EligibilityView({ result }: { result: EligibilityResultView }) {
  const { t } = useTranslation();
  return (
    <div data-testid="eligibility-result" data-result={result.result}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color={resultColor[result.result]} data-testid="eligibility-outcome">
          {t(`legalAid.result.${result.result}`)}
        </Tag>
        {result.thresholdPerCapitaFen !== null && (
          <Typography.Text type="secondary">
            {t('legalAid.threshold', {
              yuan: formatYuan(result.thresholdPerCapitaFen),
              version: `${result.ruleVersion.regionPrefix} · ${result.ruleVersion.effectiveFrom}`,
            })}
          </Typography.Text>
        )}
      </Space>
      <List
        size="small"
        bordered
        dataSource={result.criteria}
        renderItem={(c) => (
          <List.Item data-testid="criterion" data-criterion={c.id} data-passed={c.passed}>
            <Space align="start">
              {c.passed ? (
                <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="✓" />
              ) : (
                <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-label="✗" />
              )}
              <span>{c.detail}</span>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
