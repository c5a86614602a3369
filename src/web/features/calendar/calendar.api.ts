import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarDay, CalendarYearView, SetCalendarDayInput } from '../../../shared/schemas/calendar.schema';
import { api } from '../../api/client';

const calendarKey = ['calendar'] as const;

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...calendarKey, 'year', year],
    queryFn: ({ signal }) => api.get<CalendarYearView>('/api/v1/calendar/days', { year }, signal),
  });
}

function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: calendarKey });
}

export function useSetCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: ({ date, ...input }: SetCalendarDayInput & { date: string }) =>
      api.put<CalendarDay>(`/api/v1/calendar/days/${date}`, input),
    onSuccess: () => invalidate(),
  });
}

export function useClearCalendarDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (date: string) => api.delete<{ ok: true }>(`/api/v1/calendar/days/${date}`),
    onSuccess: () => invalidate(),
  });
}
