import type { CalendarMessages } from './calendar.zh-CN';

export const calendarEnUS: CalendarMessages = {
  menu: 'Working-day calendar',
  title: 'Working-day calendar',
  intro:
    'Monday to Friday are working days, weekends rest; the days marked here override that: holidays rest, make-up workdays work. Work-order deadlines count working days.',
  year: 'Year',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  provisionalYear:
    'The {{year}} arrangement is not published yet (provisional): these holidays are computed from the national holiday regulations, without make-up days. Correct them day by day once it is published.',
  emptyYear: '{{year}} has no holidays entered yet; deadlines count weekends only.',
  legend: {
    weekend: 'Weekend',
    holiday: 'Holiday',
    workday: 'Make-up workday',
    provisional: 'Provisional',
  },
  workdayMark: 'Work',
  provisionalMark: 'TBC',
  weekdayNames: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun',
  dayTitle: '{{date}} ({{weekday}})',
  kind: 'Kind',
  kinds: {
    holiday: 'Holiday (rest)',
    workday: 'Make-up workday',
    default: 'Default (by weekday)',
  },
  name: 'Name',
  namePlaceholder: 'e.g. Spring Festival',
  nameRequired: 'Enter a name',
  workdayWeekendOnly: 'A make-up workday must be a Saturday or a Sunday',
  updatedBy: 'Last changed by {{name}}, {{at}}',
  seeded: 'From the official calendar data',
  saved: 'Saved',
  cleared: 'Back to the default',
  daysCount: '{{holidays}} holidays, {{workdays}} make-up workdays',
};
