import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  SIGAP_DATA_DIR: z.string().default(path.join(process.cwd(), 'data')),
  DATABASE_URL: z.url().optional(),
  SIGAP_DEMO: z.enum(['0', '1']).optional(),
  SIGAP_WEB_DIST: z.string().default(path.join(repoRoot, 'web', 'dist')),
  SIGAP_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SIGAP_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  SIGAP_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//)
    .optional(),
  SIGAP_MAIL_FROM: z.string().default('Sigap <sigap@localhost>'),
  SIGAP_JOBS: z.enum(['0', '1']).default('1'),
  SIGAP_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  SIGAP_CHECK_RESPONSES: z.enum(['0', '1']).default('0'),
  SIGAP_METRICS_TOKEN: z.string().min(16).optional(),
  SIGAP_AUDIT_ANCHOR_DIR: z.string().min(1).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Seed the demo Pemda when the database is empty. */
  demo: boolean;
  webDist: string;
  logLevel: z.infer<typeof Env>['SIGAP_LOG_LEVEL'];
  trustProxy: boolean;
  /** Without it, e-mails wait in the outbox until a mail server is configured. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Run the background jobs (escalation, auto-close, outbox) in this process. */
  jobs: boolean;
  /** Server processes sharing the port (PostgreSQL only). */
  workers: number;
  /** Parse every response with its zod schema too, as the tests do (ADR 0005). */
  checkResponses: boolean;
  /** Bearer token Prometheus sends to `/metrics`; without it only direct loopback requests may scrape. */
  metricsToken: string | undefined;
  /** Where the audit trail's signed checkpoints are written, outside the database (platform/audit/anchor-store.ts). */
  auditAnchorDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = Env.parse(env);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.SIGAP_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    // The embedded database is the try-it-out setting, so it gets demo data unless told otherwise.
    demo: e.SIGAP_DEMO ? e.SIGAP_DEMO === '1' : !e.DATABASE_URL,
    webDist: e.SIGAP_WEB_DIST,
    logLevel: e.SIGAP_LOG_LEVEL,
    trustProxy: e.SIGAP_TRUST_PROXY === '1',
    smtpUrl: e.SIGAP_SMTP_URL,
    mailFrom: e.SIGAP_MAIL_FROM,
    jobs: e.SIGAP_JOBS === '1',
    workers: e.SIGAP_WORKERS,
    checkResponses: e.SIGAP_CHECK_RESPONSES === '1',
    metricsToken: e.SIGAP_METRICS_TOKEN,
    auditAnchorDir: path.resolve(e.SIGAP_AUDIT_ANCHOR_DIR ?? path.join(e.SIGAP_DATA_DIR, 'audit-anchors')),
  };
}
