import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { registerGuard } from './platform/auth/guard';
import type { Access } from './platform/http/context';
import { SessionStore } from './platform/auth/sessions';
import { OperatorSessionStore } from './platform/auth/operator-sessions';
import { auditRoutes } from './platform/audit/audit.routes';
import { AuditChainer } from './platform/audit/chainer';
import type { AuditAnchors } from './platform/audit/anchor';
import type { Engine, PoolStats } from './platform/db/engine';
import { registerOperations } from './platform/ops/ops.routes';
import type { Database } from './platform/db/schema';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { warnOfUntrustedProxy } from './platform/http/proxy-warning';
import { SERVER_TIMEOUTS, type ServerTimeouts, serverTimeoutOptions } from './platform/http/server-timeouts';
import { openApiTransform } from './platform/http/openapi';
import { responseSerializer } from './platform/http/serializer';
import { frameworkErrorHandler, problemBody, registerProblemHandlers, sendProblem } from './platform/http/problem';
import { authRoutes, userRoutes } from './modules/identity';
import { calendarRoutes } from './modules/calendar';
import { catalogRoutes, publicCatalogRoutes } from './modules/catalog';
import { reportRoutes } from './modules/evaluation';
import { notificationRoutes } from './modules/notifications';
import { organisationRoutes } from './modules/organisation';
import { policyRoutes } from './modules/sla';
import { problemRecordPolicy, problemRoutes, ProblemService } from './modules/problems';
import { sopRoutes } from './modules/sop';
import { publicTicketRoutes, ticketRecordPolicy, ticketRoutes, TicketActionService } from './modules/tickets';
import { jobRoutes } from './modules/jobs';
import { deploymentAuditRoutes, operatorAuthRoutes, tenantRoutes } from './modules/deployment';
import { staffingRoutes } from './modules/staffing';
import { Approvals } from './platform/records/approvals';
import { RecordKinds } from './platform/records/registry';
import { recordRoutes } from './platform/records/records.routes';
import { RecordService } from './platform/records/records.service';
import { LocalSigner } from './platform/records/signer';
import { sigapJobs } from './jobs';
import type { JobRegistry } from './platform/jobs/registry';

export interface AppOptions {
  db: Kysely<Database>;
  engine: Engine;
  logLevel?: string;
  trustProxy?: boolean;
  /** Built web app to serve at `/`; skipped when absent. */
  webDist?: string;
  /** Where ticket attachments are stored. */
  attachmentsDir: string;
  /** Also parse every response with its zod schema and compare (tests; costs throughput). */
  checkResponses?: boolean;
  /** 32 bytes that seal users' signing keys at rest (platform/records/signing-secret.ts); random when absent (tests). */
  signingSecret?: Buffer;
  /** The declared background jobs (the jobs page lists them); by default Sigap's, without e-mail. */
  jobs?: JobRegistry;
  /** The database pool's state, for `/metrics`. */
  poolStats?: () => PoolStats;
  /** Bearer token for `/metrics` (`SIGAP_METRICS_TOKEN`); without it only direct loopback requests may scrape. */
  metricsToken?: string | undefined;
  /**
   * The audit trail's anchor outside the database (platform/audit/anchor.ts): signed checkpoints
   * that verification compares the chain with. Without it, verification checks the chain alone.
   */
  auditAnchors?: AuditAnchors;
  /** How long the server waits for clients (platform/http/server-timeouts.ts); Sigap's by default. */
  timeouts?: ServerTimeouts;
}

export const API_VERSION = '0.1.0';

export interface RegisteredRoute {
  method: string;
  url: string;
  /** Who may call it, as the route declares (the guard enforces it); undefined outside /api/v1. */
  access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route, as registered: the OpenAPI and fuzz tests walk this list. */
    registeredRoutes: RegisteredRoute[];
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: frameworkErrorHandler,
    ...serverTimeoutOptions(options.timeouts ?? SERVER_TIMEOUTS),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer({ check: options.checkResponses ?? false }));
  registerProblemHandlers(app);

  registerSecurityHeaders(app);
  warnOfUntrustedProxy(app, options.trustProxy ?? false);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Sigap API', description: 'Sistem Aplikasi Manajemen Layanan SPBE', version: API_VERSION },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sigap_session' } } },
      security: [{ session: [] }],
    },
    transform: openApiTransform,
  });

  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access: route.config?.access });
  });

  const sessions = new SessionStore(options.db);
  registerGuard(app, sessions, new OperatorSessionStore(options.db));

  // Writes append unchained audit records; link them into the chain once they have committed.
  const chainer = new AuditChainer(options.db, (err) => app.log.error({ err }, 'audit chaining failed'));
  chainer.start(1_000);
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) chainer.kick();
  });
  app.addHook('onClose', () => chainer.stop());

  const jobs = options.jobs ?? sigapJobs({ db: options.db, engine: options.engine, smtp: null });
  registerOperations(app, {
    db: options.db,
    engine: options.engine,
    version: API_VERSION,
    jobs,
    ...(options.poolStats ? { poolStats: options.poolStats } : {}),
    ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  // The record platform: every record kind registers who may see its records.
  const approvals = new Approvals(new LocalSigner(options.signingSecret ?? crypto.getRandomValues(Buffer.alloc(32))));
  const ticketActions = new TicketActionService(options.db, approvals, options.attachmentsDir);
  const problems = new ProblemService(options.db, approvals);
  const kinds = new RecordKinds().register(ticketRecordPolicy(ticketActions)).register(problemRecordPolicy());
  const records = new RecordService(options.db, kinds, approvals, options.attachmentsDir);

  await app.register(
    async (api) => {
      await api.register(authRoutes(options.db));
      await api.register(organisationRoutes(options.db));
      await api.register(userRoutes(options.db));
      await api.register(staffingRoutes(options.db));
      await api.register(auditRoutes(options.db, options.auditAnchors ?? null));
      await api.register(calendarRoutes(options.db));
      await api.register(policyRoutes(options.db));
      await api.register(sopRoutes(options.db));
      await api.register(catalogRoutes(options.db));
      await api.register(publicCatalogRoutes(options.db));
      await api.register(ticketRoutes(options.db, ticketActions));
      await api.register(publicTicketRoutes(options.db, ticketActions));
      await api.register(problemRoutes(problems, options.db));
      await api.register(recordRoutes(records));
      await api.register(notificationRoutes(options.db));
      await api.register(reportRoutes(options.db));
      await api.register(jobRoutes(options.db, jobs));
      // The deployment's super-administrators: the Pemda they administer, never a Pemda's data.
      await api.register(operatorAuthRoutes(options.db));
      await api.register(tenantRoutes(options.db));
      await api.register(deploymentAuditRoutes(options.db));
    },
    { prefix: '/api/v1' },
  );

  const webDist = options.webDist;
  const hasWeb = webDist !== undefined && fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    // HEAD is GET without the body (uptime checkers use it): the page answers both.
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api') && hasWeb;
    if (isPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return sendProblem(reply, problemBody('route.not_found', request));
  });

  return app;
}
