/** Strings of the 工作日历 page, merged into the resources under `calendar` (see index.ts). */
export const calendarZhCN = {
  menu: '工作日历',
  title: '工作日历',
  intro:
    '周一至周五为工作日，周六、周日休息；下表中的日期覆盖默认：法定节假日休息，调休上班日上班。工单期限按工作日计算。',
  year: '年度',
  previousYear: '上一年',
  nextYear: '下一年',
  provisionalYear:
    '{{year}} 年的放假安排尚未公布（待公布）：所列假日按《全国年节及纪念日放假办法》推算，不含调休，公布后请逐日更正。',
  emptyYear: '{{year}} 年尚无任何节假日数据，期限只按周末计算。',
  legend: {
    weekend: '周末',
    holiday: '节假日',
    workday: '调休上班',
    provisional: '待公布',
  },
  workdayMark: '班',
  provisionalMark: '待公布',
  /** Monday first, as Chinese calendars print them. */
  weekdayNames: '一,二,三,四,五,六,日',
  dayTitle: '{{date}}（星期{{weekday}}）',
  kind: '类型',
  kinds: {
    holiday: '节假日（休息）',
    workday: '调休上班',
    default: '默认（按星期）',
  },
  name: '名称',
  namePlaceholder: '如 春节、国庆节',
  nameRequired: '请填写名称',
  workdayWeekendOnly: '调休上班只能设在周六或周日',
  updatedBy: '最后修改：{{name}}，{{at}}',
  seeded: '来自官方日历数据',
  saved: '已保存',
  cleared: '已恢复默认',
  daysCount: '{{holidays}} 个节假日，{{workdays}} 个调休上班日',
};

export type CalendarMessages = typeof calendarZhCN;
