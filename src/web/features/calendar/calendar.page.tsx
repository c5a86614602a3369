import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarYearRange } from '../../../shared/domain/calendar';
import type { CalendarDay } from '../../../shared/schemas/calendar.schema';
import { QueryError } from '../../components/query-error';
import { useCalendarYear } from './calendar.api';
import { CalendarDayModal } from './calendar-day.modal';
import { CalendarMonth } from './calendar-month';

const months = Array.from({ length: 12 }, (_, i) => i + 1);
const yearOptions = Array.from({ length: calendarYearRange.max - calendarYearRange.min + 1 }, (_, i) => {
  const year = calendarYearRange.min + i;
  return { value: year, label: String(year) };
});

/** 工作日历: the year's holidays and make-up workdays, edited day by day by an administrator. */
export function CalendarPage() {
  const { t } = useTranslation();
  const today = dayjs().format('YYYY-MM-DD');
  const [year, setYear] = useState(() => dayjs().year());
  const [picked, setPicked] = useState<string | null>(null);
  const calendar = useCalendarYear(year);

  const days = useMemo(
    () => new Map<string, CalendarDay>((calendar.data?.days ?? []).map((d) => [d.date, d])),
    [calendar.data],
  );
  const view = calendar.data;
  const holidays = view?.days.filter((d) => d.kind === 'holiday').length ?? 0;
  const workdays = view?.days.filter((d) => d.kind === 'workday').length ?? 0;
  const hasProvisional = view?.days.some((d) => d.provisional) ?? false;
  const changeYear = (next: number) => setYear(Math.min(calendarYearRange.max, Math.max(calendarYearRange.min, next)));

  return (
    <>
      <Typography.Title level={3}>{t('calendar.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
      <Flex wrap gap={16} align="center" style={{ marginBottom: 16 }}>
        <Space.Compact>
          <Button
            icon={<LeftOutlined />}
            aria-label={t('calendar.previousYear')}
            onClick={() => changeYear(year - 1)}
            data-testid="calendar-prev-year"
          />
          <Select
            showSearch
            value={year}
            options={yearOptions}
            onChange={changeYear}
            aria-label={t('calendar.year')}
            style={{ width: 100 }}
            data-testid="calendar-year"
          />
          <Button
            icon={<RightOutlined />}
            aria-label={t('calendar.nextYear')}
            onClick={() => changeYear(year + 1)}
            data-testid="calendar-next-year"
          />
        </Space.Compact>
        <Space size={4} wrap>
          <Tag>{t('calendar.legend.weekend')}</Tag>
          <Tag color="red">{t('calendar.legend.holiday')}</Tag>
          <Tag color="blue">
            {t('calendar.legend.workday')} · {t('calendar.workdayMark')}
          </Tag>
          <Tag color="warning" variant="outlined" style={{ borderStyle: 'dashed' }}>
            {t('calendar.legend.provisional')}
          </Tag>
        </Space>
        {view && (
          <Typography.Text type="secondary" data-testid="calendar-count">
            {t('calendar.daysCount', { holidays, workdays })}
          </Typography.Text>
        )}
      </Flex>
      {calendar.error && <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />}
      {view && hasProvisional && (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.provisionalYear', { year: view.year })}
          style={{ marginBottom: 16 }}
          data-testid="calendar-provisional"
        />
      )}
      {view && view.days.length === 0 && (
        <Alert type="info" showIcon title={t('calendar.emptyYear', { year: view.year })} style={{ marginBottom: 16 }} />
      )}
      <Spin spinning={calendar.isFetching}>
        <Row gutter={[16, 16]} data-testid="calendar-grid">
          {months.map((month) => (
            <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
              <Card size="small">
                <CalendarMonth year={year} month={month} days={days} today={today} onPick={setPicked} />
              </Card>
            </Col>
          ))}
        </Row>
      </Spin>
      <CalendarDayModal date={picked} day={picked ? days.get(picked) : undefined} onClose={() => setPicked(null)} />
    </>
  );
}
