import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DivisionLevel } from '../../../shared/domain/division';

const levelColor: Record<DivisionLevel, string> = {
  province: 'red',
  city: 'volcano',
  county: 'blue',
  township: 'cyan',
  village: 'green',
};

export function DivisionLevelTag({ level }: { level: DivisionLevel }) {
  const { t } = useTranslation();
  return <Tag color={levelColor[level]}>{t(`enum.divisionLevel.${level}`)}</Tag>;
}
