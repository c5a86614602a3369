import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './deps';
import { authPlugin } from './http/auth';
import { registerErrorHandling, sendProblem } from './http/error-handler';
import { registerSecurityHeaders } from './http/security-headers';
import { isApiPath, registerWebApp } from './http/web';
import { accountRoutes } from './modules/account/account.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { divisionRoutes } from './modules/division/division.routes';
import { healthRoutes } from './modules/health/health.routes';
import { hotlineRoutes } from './modules/hotline/hotline.routes';
import { knowledgeRoutes } from './modules/knowledge/knowledge.routes';
import { publicLegalAidRoutes } from './modules/legal-aid/legal-aid.public-routes';
import { legalAidApplicationRoutes } from './modules/legal-aid/legal-aid-application.routes';
import { legalAidAssignmentRoutes } from './modules/legal-aid/legal-aid-assignment.routes';
import { legalAidRuleRoutes } from './modules/legal-aid/legal-aid-rule.routes';
import { publicLegalDomainRoutes } from './modules/legal-domain/legal-domain.public-routes';
import { legalDomainRoutes } from './modules/legal-domain/legal-domain.routes';
import { organizationRoutes } from './modules/organization/organization.routes';
import { routingRoutes } from './modules/routing/routing.routes';
import type { SettableClock } from './modules/test-control/test-control.clock';
import { testControlRoutes } from './modules/test-control/test-control.routes';
import { citizenRoutes } from './modules/work-order/citizen.routes';
import { publicWorkOrderRoutes } from './modules/work-order/work-order.public-routes';
import { workOrderRoutes } from './modules/work-order/work-order.routes';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Directory of the built web app; omitted or missing means API only. */
  webDir?: string;
  /** The clock behind deps.clock, for the test-control routes; required when config.testControls is on. */
  testClock?: SettableClock;
}

/** Builds the whole HTTP app without listening, so tests drive it with inject(). */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  if (deps.config.testControls && !options.testClock)
    throw new Error('FATONG_TEST_CONTROLS is on but the app was built without its settable clock');
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 256 * 1024,
    trustProxy: true,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  // A JSON API: any other body type answers 415 rather than reaching a handler as a string.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie);
  registerSecurityHeaders(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Fatong 法通 API',
        version: '1',
        description: 'Public legal services platform. Errors are application/problem+json with a stable `code`.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'fatong_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(authPlugin, { deps });
  await app.register(healthRoutes(deps));
  await app.register(
    async (api) => {
      await api.register(divisionRoutes(deps));
      await api.register(authRoutes(deps));
      await api.register(accountRoutes(deps));
      await api.register(organizationRoutes(deps));
      await api.register(auditRoutes(deps));
      await api.register(calendarRoutes(deps));
      await api.register(knowledgeRoutes(deps));
      await api.register(workOrderRoutes(deps));
      await api.register(citizenRoutes(deps));
      await api.register(hotlineRoutes(deps));
      await api.register(routingRoutes(deps));
      await api.register(legalDomainRoutes(deps));
      await api.register(legalAidRuleRoutes(deps));
      await api.register(legalAidApplicationRoutes(deps));
      await api.register(legalAidAssignmentRoutes(deps));
      await api.register(publicWorkOrderRoutes(deps));
      await api.register(publicLegalDomainRoutes(deps));
      await api.register(publicLegalAidRoutes(deps));
      // Test-only routes exist only with the flag: otherwise these paths are unknown (404).
      if (deps.config.testControls && options.testClock) await api.register(testControlRoutes(deps, options.testClock));
    },
    { prefix: '/api/v1' },
  );

  const hasWeb = options.webDir ? await registerWebApp(app, options.webDir) : false;
  app.setNotFoundHandler((request, reply) => {
    // A missing hashed asset is a 404, not the app shell: a browser would try to run HTML as a script.
    const isPage = !isApiPath(request.url) && !request.url.startsWith('/assets/');
    if (hasWeb && (request.method === 'GET' || request.method === 'HEAD') && isPage) {
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`);
  });

  return app;
}
