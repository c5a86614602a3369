import type { LegalDomainMessages } from './legal-domain.zh-CN';

export const legalDomainEnUS: LegalDomainMessages = {
  menu: 'Legal domains',
  title: 'Legal domains',
  intro:
    'Knowledge articles, routing rules and work orders are classified by these legal domains. A domain in use cannot be deleted, only retired: it is no longer offered for new articles, rules and orders, and existing records keep it.',
  create: 'Add domain',
  createTitle: 'Add a legal domain',
  editTitle: 'Edit legal domain: {{name}}',
  field: {
    code: 'Code',
    nameZh: 'Chinese name',
    nameEn: 'English name',
    sortOrder: 'Order',
    isActive: 'State',
  },
  codeHelp: 'Lower-case English words joined by underscores, e.g. elder_care; it cannot be changed once saved',
  codeInvalid: 'Lower-case English words joined by underscores, e.g. elder_care',
  sortOrderHelp: 'Smaller numbers come first; leave empty to add it last',
  active: 'Active',
  retired: 'Retired',
  retire: 'Retire',
  retireConfirm:
    'A retired domain is no longer offered for new articles, rules and orders; existing records keep it. Retire "{{name}}"?',
  restore: 'Restore',
  created: 'Legal domain added',
  saved: 'Saved',
  retiredDone: 'Retired',
  restoredDone: 'Restored',
  retiredSuffix: ' (retired)',
};
