import type { Role } from '../../shared/domain/role';
import { advisorTownshipCode, DEMO_CITY_CODE, mediatorTownshipCode, renchengCode } from './demo-city.figures';

/**
 * The demo accounts: one per role, each scoped to the division that role works in. They
 * share one password, which the start banner prints, so anyone trying the demo can log in.
 */

export const DEMO_PASSWORD = 'Fatong@2026';

export interface DemoAccount {
  username: string;
  role: Role;
  /** The division code the account sees (its data scope). */
  scope: string;
  scopeName: string;
  displayName: string;
  /** What the account is for, in Chinese, for the README and the start banner. */
  title: string;
}

/** What the seed reports for an account it created: enough to log in and know what to expect. */
export type DemoAccountSummary = Pick<DemoAccount, 'username' | 'role' | 'scope'>;

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'agent',
    role: 'hotline_agent',
    scope: DEMO_CITY_CODE,
    scopeName: '济宁市',
    displayName: '王敏',
    title: '12348 热线坐席',
  },
  {
    username: 'clerk',
    role: 'window_clerk',
    scope: renchengCode,
    scopeName: '任城区',
    displayName: '李娜',
    title: '任城区公共法律服务中心窗口工作人员',
  },
  {
    username: 'dispatcher',
    role: 'dispatcher',
    scope: DEMO_CITY_CODE,
    scopeName: '济宁市',
    displayName: '张伟',
    title: '市公共法律服务中心派单员',
  },
  {
    username: 'lawyer',
    role: 'lawyer',
    scope: renchengCode,
    scopeName: '任城区',
    displayName: '孔德明',
    title: '任城区执业律师',
  },
  {
    username: 'mediator',
    role: 'mediator',
    scope: mediatorTownshipCode,
    scopeName: '任城区古槐街道',
    displayName: '刘桂兰',
    title: '古槐街道人民调解员',
  },
  {
    username: 'advisor',
    role: 'village_legal_advisor',
    scope: advisorTownshipCode,
    scopeName: '任城区长沟镇',
    displayName: '孟庆国',
    title: '长沟镇村（居）法律顾问',
  },
  {
    username: 'supervisor',
    role: 'supervisor',
    scope: DEMO_CITY_CODE,
    scopeName: '济宁市',
    displayName: '陈静',
    title: '市司法局督办人员',
  },
  {
    username: 'leader',
    role: 'leader',
    scope: DEMO_CITY_CODE,
    scopeName: '济宁市',
    displayName: '孔祥瑞',
    title: '市司法局领导',
  },
  {
    username: 'finance',
    role: 'finance_officer',
    scope: DEMO_CITY_CODE,
    scopeName: '济宁市',
    displayName: '赵丽',
    title: '市司法局财务人员（办案补贴）',
  },
  {
    username: 'admin_rc',
    role: 'admin',
    scope: renchengCode,
    scopeName: '任城区',
    displayName: '孙强',
    title: '任城区系统管理员',
  },
];
