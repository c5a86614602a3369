import { theme } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { isWeekend, weekdayOf } from '../../../shared/domain/calendar';
import type { CalendarDay } from '../../../shared/schemas/calendar.schema';

interface CalendarMonthProps {
  year: number;
  /** 1–12 */
  month: number;
  days: ReadonlyMap<string, CalendarDay>;
  today: string;
  onPick: (date: string) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One month, Monday first: weekends grey, holidays red with their name, make-up workdays blue (班). */
export function CalendarMonth({ year, month, days, today, onPick }: CalendarMonthProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const first = `${year}-${pad(month)}-01`;
  const count = dayjs(first).daysInMonth();
  // Monday = 0 … Sunday = 6.
  const leading = (weekdayOf(first) + 6) % 7;
  const weekdayNames = t('calendar.weekdayNames').split(',');

  const cellStyle = (date: string, day: CalendarDay | undefined): CSSProperties => {
    const base: CSSProperties = {
      height: 46,
      padding: '2px 0',
      border: `1px solid transparent`,
      borderRadius: token.borderRadiusSM,
      background: 'transparent',
      color: token.colorText,
      cursor: 'pointer',
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'flex-start',
      overflow: 'hidden',
      font: 'inherit',
    };
    if (day?.kind === 'holiday') {
      Object.assign(base, { background: token.colorErrorBg, color: token.colorError });
    } else if (day?.kind === 'workday') {
      Object.assign(base, { background: token.colorPrimaryBg, color: token.colorPrimary });
    } else if (isWeekend(date)) {
      Object.assign(base, { color: token.colorTextTertiary, background: token.colorFillQuaternary });
    }
    if (day?.provisional) base.border = `1px dashed ${token.colorWarning}`;
    if (date === today) base.outline = `2px solid ${token.colorPrimaryBorder}`;
    return base;
  };

  return (
    <div data-testid={`calendar-month-${month}`}>
      <div style={{ fontWeight: 600, marginBottom: 6 }}>{dayjs(first).format('MMMM')}</div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, fontSize: 12 }}>
        {weekdayNames.map((name) => (
          <div key={name} style={{ textAlign: 'center', color: token.colorTextSecondary }}>
            {name}
          </div>
        ))}
        {Array.from({ length: leading }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed blank cells before the 1st.
          <div key={`blank-${i}`} />
        ))}
        {Array.from({ length: count }, (_, i) => {
          const date = `${year}-${pad(month)}-${pad(i + 1)}`;
          const day = days.get(date);
          const weekday = weekdayNames[(weekdayOf(date) + 6) % 7] ?? '';
          const label = day?.kind === 'workday' ? t('calendar.workdayMark') : (day?.name ?? '');
          const description = [
            t('calendar.dayTitle', { date, weekday }),
            day ? `${t(`calendar.legend.${day.kind}`)}${day.name ? ` · ${day.name}` : ''}` : '',
            day?.provisional ? t('calendar.legend.provisional') : '',
          ]
            .filter(Boolean)
            .join(' · ');
          return (
            <button
              key={date}
              type="button"
              title={description}
              aria-label={description}
              data-testid={`calendar-day-${date}`}
              data-kind={day?.kind ?? (isWeekend(date) ? 'weekend' : 'weekday')}
              data-provisional={day?.provisional ? 'true' : undefined}
              style={cellStyle(date, day)}
              onClick={() => onPick(date)}
            >
              <span style={{ fontSize: 13, lineHeight: '18px' }}>{i + 1}</span>
              <span
                style={{
                  fontSize: 10,
                  lineHeight: '12px',
                  maxWidth: '100%',
                  whiteSpace: 'nowrap',
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                }}
              >
                {label}
              </span>
              {day?.provisional && (
                <span style={{ fontSize: 9, lineHeight: '10px', color: token.colorWarning }}>
                  {t('calendar.provisionalMark')}
                </span>
              )}
            </button>
          );
        })}
      </div>
    </div>
  );
}
