import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { calendarEnUS } from './calendar.en-US';
import { type CalendarMessages, calendarZhCN } from './calendar.zh-CN';
import { enUS } from './en-US';
import { hotlineFeaturesEnUS } from './hotline.en-US';
import { type HotlineFeatureMessages, hotlineFeaturesZhCN } from './hotline.zh-CN';
import { knowledgeEnUS } from './knowledge.en-US';
import { type KnowledgeMessages, knowledgeZhCN } from './knowledge.zh-CN';
import { legalAidEnUS } from './legal-aid.en-US';
import { type LegalAidMessages, legalAidZhCN } from './legal-aid.zh-CN';
import { legalDomainEnUS } from './legal-domain.en-US';
import { type LegalDomainMessages, legalDomainZhCN } from './legal-domain.zh-CN';
import { workOrderEnUS } from './work-order.en-US';
import { type WorkOrderMessages, workOrderZhCN } from './work-order.zh-CN';
import { type Messages, zhCN } from './zh-CN';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'fatong.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: Messages & {
        calendar: CalendarMessages;
        workOrder: WorkOrderMessages;
        knowledge: KnowledgeMessages;
        legalDomain: LegalDomainMessages;
        legalAid: LegalAidMessages;
      } & HotlineFeatureMessages;
    };
  }
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyLanguage(language: Language): void {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = language;
  document.title = (language === 'zh-CN' ? zhCN : enUS).app.title;
}

const initial = storedLanguage();
applyLanguage(initial);

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': {
      translation: {
        ...zhCN,
        calendar: calendarZhCN,
        workOrder: workOrderZhCN,
        knowledge: knowledgeZhCN,
        legalDomain: legalDomainZhCN,
        legalAid: legalAidZhCN,
        ...hotlineFeaturesZhCN,
      },
    },
    'en-US': {
      translation: {
        ...enUS,
        calendar: calendarEnUS,
        workOrder: workOrderEnUS,
        knowledge: knowledgeEnUS,
        legalDomain: legalDomainEnUS,
        legalAid: legalAidEnUS,
        ...hotlineFeaturesEnUS,
      },
    },
  },
  lng: initial,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): Language {
  return i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLanguage(language);
  await i18n.changeLanguage(language);
}

export { i18n };
