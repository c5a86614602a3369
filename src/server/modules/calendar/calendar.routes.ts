import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarDayParamSchema,
  calendarDaySchema,
  calendarYearViewSchema,
  deadlineQuerySchema,
  deadlineSchema,
  listCalendarDaysQuerySchema,
  setCalendarDaySchema,
} from '../../../shared/schemas/calendar.schema';
import { okSchema } from '../../../shared/schemas/common.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import * as service from './calendar.service';

/** The working-day calendar (工作日历): every staff member reads it, administrators edit it. */
export function calendarRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor());
    const tags = ['calendar'];
    const manage = requireActor('calendar.manage');

    app.get(
      '/calendar/days',
      {
        schema: {
          tags,
          summary: 'Holidays and make-up workdays (调休上班) of a year; weekends without a row rest',
          querystring: listCalendarDaysQuerySchema,
          response: { 200: calendarYearViewSchema },
        },
      },
      async (request) => service.listYear(deps, request.query),
    );

    app.put(
      '/calendar/days/:date',
      {
        onRequest: manage,
        schema: {
          tags,
          summary: 'Make a day a holiday or a make-up workday (audited)',
          params: calendarDayParamSchema,
          body: setCalendarDaySchema,
          response: { 200: calendarDaySchema },
        },
      },
      async (request) => service.setDay(deps, actorOf(request), request.params.date, request.body, request.ip),
    );

    app.delete(
      '/calendar/days/:date',
      {
        onRequest: manage,
        schema: {
          tags,
          summary: 'Return a day to its weekday default (audited)',
          params: calendarDayParamSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => service.clearDay(deps, actorOf(request), request.params.date, request.ip),
    );

    app.get(
      '/calendar/deadline',
      {
        schema: {
          tags,
          summary: 'The deadline of n working days from an instant (24:00 Asia/Shanghai of the last one)',
          querystring: deadlineQuerySchema,
          response: { 200: deadlineSchema },
        },
      },
      async (request) => service.computeDeadline(deps, request.query),
    );
  };
}
