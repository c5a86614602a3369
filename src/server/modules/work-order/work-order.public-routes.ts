import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  publicCodeParamSchema,
  publicCreateWorkOrderSchema,
  publicLookupQuerySchema,
  publicRateSchema,
  publicWorkOrderSchema,
} from '../../../shared/schemas/work-order.schema';
import type { AppDeps } from '../../deps';
import { ratePublicWorkOrder } from './work-order.rating';
import * as service from './work-order.service';

export const idempotencyHeaderSchema = z
  .object({
    'idempotency-key': z
      .string()
      .min(8)
      .max(100)
      .regex(/^[A-Za-z0-9_.:-]+$/, 'must be 8-100 letters, digits or _.:-')
      .optional(),
  })
  .passthrough();

/** The citizen's side: no account, the phone number is the key to one's own orders. */
export function publicWorkOrderRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['public'];

    app.post(
      '/public/work-orders',
      {
        schema: {
          tags,
          summary: 'Submit a request from the portal or a kiosk; an Idempotency-Key header makes a retry safe',
          headers: idempotencyHeaderSchema,
          body: publicCreateWorkOrderSchema,
          response: { 201: publicWorkOrderSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.createPublicWorkOrder(deps, request.body, request.headers['idempotency-key']);
      },
    );

    app.get(
      '/public/work-orders/:code',
      {
        schema: {
          tags,
          summary: 'Track an order by its code and the phone number it was submitted with',
          params: publicCodeParamSchema,
          querystring: publicLookupQuerySchema,
          response: { 200: publicWorkOrderSchema },
        },
      },
      async (request) => service.getPublicWorkOrder(deps, request.params.code, request.query.phone),
    );

    app.post(
      '/public/work-orders/:code/rating',
      {
        schema: {
          tags,
          summary: 'Rate a resolved order 1-5; 1-2 reopens it',
          params: publicCodeParamSchema,
          body: publicRateSchema,
          response: { 200: publicWorkOrderSchema },
        },
      },
      async (request) => ratePublicWorkOrder(deps, request.params.code, request.body),
    );
  };
}
