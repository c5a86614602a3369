import { Alert, App, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type CalendarDayKind, isWeekend, weekdayOf } from '../../../shared/domain/calendar';
import type { CalendarDay } from '../../../shared/schemas/calendar.schema';
import { applyFieldErrors, useErrorMessage } from '../../components/error-message';
import { useClearCalendarDay, useSetCalendarDay } from './calendar.api';

type Choice = CalendarDayKind | 'default';
interface DayFormValues {
  kind: Choice;
  name: string;
}

interface CalendarDayModalProps {
  /** The day being edited; null closes the modal. */
  date: string | null;
  day: CalendarDay | undefined;
  onClose: () => void;
}

/** Sets one day to a holiday, a make-up workday, or back to its weekday default. */
export function CalendarDayModal({ date, day, onClose }: CalendarDayModalProps) {
  // A fresh editor per day: its form and its mutations' errors start clean.
  return date ? <DayEditor key={date} date={date} day={day} onClose={onClose} /> : null;
}

function DayEditor({ date, day, onClose }: CalendarDayModalProps & { date: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const [form] = Form.useForm<DayFormValues>();
  const setDay = useSetCalendarDay();
  const clearDay = useClearCalendarDay();
  const kind = Form.useWatch('kind', form);
  const weekend = isWeekend(date);

  const submit = (values: DayFormValues) => {
    if (values.kind === 'default') {
      if (!day) return onClose();
      clearDay.mutate(date, {
        onSuccess: () => {
          message.success(t('calendar.cleared'));
          onClose();
        },
      });
      return;
    }
    setDay.mutate(
      { date, kind: values.kind, name: values.name.trim() },
      {
        onSuccess: () => {
          message.success(t('calendar.saved'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error, t, ['kind', 'name']),
      },
    );
  };

  const error = setDay.error ?? clearDay.error;
  const weekday = t('calendar.weekdayNames').split(',')[(weekdayOf(date) + 6) % 7] ?? '';
  return (
    <Modal
      open
      title={t('calendar.dayTitle', { date, weekday })}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          loading={setDay.isPending || clearDay.isPending}
          onClick={() => form.submit()}
          data-testid="calendar-day-submit"
        >
          {t('common.save')}
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        name="calendar-day"
        initialValues={{ kind: day?.kind ?? 'default', name: day?.name ?? '' }}
        onFinish={submit}
        data-testid="calendar-day-form"
      >
        <Form.Item name="kind" label={t('calendar.kind')}>
          <Radio.Group>
            <Radio value="holiday" data-testid="calendar-kind-holiday">
              {t('calendar.kinds.holiday')}
            </Radio>
            <Radio value="workday" disabled={!weekend} data-testid="calendar-kind-workday">
              {t('calendar.kinds.workday')}
            </Radio>
            <Radio value="default" data-testid="calendar-kind-default">
              {t('calendar.kinds.default')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {!weekend && (
          <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
            {t('calendar.workdayWeekendOnly')}
          </Typography.Paragraph>
        )}
        {kind !== 'default' && (
          <Form.Item
            name="name"
            label={t('calendar.name')}
            rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }]}
          >
            <Input maxLength={30} placeholder={t('calendar.namePlaceholder')} data-testid="calendar-day-name" />
          </Form.Item>
        )}
      </Form>
      {day && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {day.updatedByName
            ? t('calendar.updatedBy', { name: day.updatedByName, at: dayjs(day.updatedAt).format('YYYY-MM-DD HH:mm') })
            : t('calendar.seeded')}
        </Typography.Text>
      )}
    </Modal>
  );
}
