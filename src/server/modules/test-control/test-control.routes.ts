import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setTestClockSchema, sweepResultSchema, testClockSchema } from '../../../shared/schemas/test-control.schema';
import type { AppDeps } from '../../deps';
import { sweepOverdueWorkOrders } from '../work-order/work-order.sweep';
import type { SettableClock } from './test-control.clock';

/**
 * Registered only with FATONG_TEST_CONTROLS=1 (which the configuration refuses in production):
 * without it these paths answer 404 like any unknown one. No login, so a browser test can
 * call them from a request context of its own, whoever its pages are logged in as.
 */
export function testControlRoutes(deps: AppDeps, clock: SettableClock): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['test-control'];

    app.put(
      '/test-control/clock',
      {
        schema: {
          tags,
          summary: 'Test only: move the server clock to an instant (time keeps flowing from there); null: real time',
          body: setTestClockSchema,
          response: { 200: testClockSchema },
        },
      },
      async (request) => {
        clock.set(request.body.now === null ? null : new Date(request.body.now));
        return { now: clock.now().toISOString(), offsetMs: clock.offsetMs() };
      },
    );

    // The job queue also sweeps every minute; this runs it at once, so a test need not wait.
    app.post(
      '/test-control/jobs/work-order-sweep',
      {
        schema: {
          tags,
          summary: 'Test only: run the overdue sweep now, on the server clock',
          response: { 200: sweepResultSchema },
        },
      },
      async () => sweepOverdueWorkOrders(deps),
    );
  };
}
