/** Strings of the 法律领域 administration and the domain pickers, merged into the resources under `legalDomain` (see index.ts). */
export const legalDomainZhCN = {
  menu: '法律领域',
  title: '法律领域',
  intro:
    '知识库问答、分派规则和工单都按这里的法律领域分类。已被使用的领域不能删除，只能停用：停用后不再供新的问答、规则和工单选择，已有记录保留原领域。',
  create: '新增领域',
  createTitle: '新增法律领域',
  editTitle: '编辑法律领域：{{name}}',
  field: {
    code: '代码',
    nameZh: '中文名称',
    nameEn: '英文名称',
    sortOrder: '排序',
    isActive: '状态',
  },
  codeHelp: '英文小写单词，以下划线连接，如 elder_care；保存后不能修改',
  codeInvalid: '请输入英文小写单词，以下划线连接，如 elder_care',
  sortOrderHelp: '数值小的排在前面；不填则排在最后',
  active: '启用',
  retired: '已停用',
  retire: '停用',
  retireConfirm: '停用后不再供新的问答、规则和工单选择，已有记录保留该领域。确定停用“{{name}}”吗？',
  restore: '恢复',
  created: '已新增法律领域',
  saved: '已保存',
  retiredDone: '已停用',
  restoredDone: '已恢复',
  /** After the name of a retired domain a record still carries. */
  retiredSuffix: '（已停用）',
};
export type LegalDomainMessages = typeof legalDomainZhCN;
