import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadConfig } from '../src/config';

// What CI cannot run (no base images can be pulled here) but can read: the Dockerfile and the
// compose file say what the container-steps check assumes. The steps themselves run in
// `npm test` (scripts/container-steps.mjs check).
const root = path.resolve(import.meta.dirname, '../..');
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8').split('\n');
const compose = z
  .object({
    services: z.record(
      z.string(),
      z.object({
        image: z.string().optional(),
        build: z.string().optional(),
        environment: z.record(z.string(), z.string()).optional(),
        volumes: z.array(z.string()).optional(),
        depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
        healthcheck: z.object({ test: z.array(z.string()) }).optional(),
      }),
    ),
  })
  .parse(parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')));

/** Compose's `${NAME:-default}` with nothing set: the default. */
const withDefaults = (value: string) => value.replace(/\$\{\w+:-([^}]*)\}/g, '$1');

describe('container recipe', () => {
  it('builds on the official Node.js 20 Debian slim image in two stages, through the container-steps script', () => {
    const from = dockerfile.filter((l) => l.startsWith('FROM '));
    expect(from).toHaveLength(2);
    expect(from.every((l) => /^FROM node:20-[a-z]+-slim AS \w+$/.test(l))).toBe(true);
    expect(dockerfile).toContain('RUN node scripts/container-steps.mjs build /src /app');
  });

  it('runs as a user other than root, keeps its data in a volume and checks its own readiness', () => {
    const runtime = dockerfile.slice(dockerfile.findLastIndex((l) => l.startsWith('FROM ')));
    const user = runtime.find((l) => l.startsWith('USER '));
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)\b/);
    expect(runtime).toContain('ENV SIGAP_DATA_DIR=/data');
    expect(runtime).toContain('VOLUME /data');
    expect(runtime.some((l) => l.startsWith('HEALTHCHECK ') && l.includes('container-steps.mjs", "health"'))).toBe(true);
    const cmd = runtime.find((l) => l.startsWith('CMD '));
    expect(cmd && z.array(z.string()).parse(JSON.parse(cmd.slice(4)))).toEqual(['node', '--import', 'tsx', 'server/src/main.ts']);
  });

  it('composes Sigap with PostgreSQL and a mail catcher, in a configuration Sigap accepts', () => {
    const { sigap, db, mail } = compose.services;
    expect(sigap?.build).toBe('.');
    expect(db?.image).toMatch(/^postgres:15/);
    expect(db?.healthcheck?.test).toContain('pg_isready');
    expect(mail?.image).toMatch(/^axllent\/mailpit/);
    expect(sigap?.depends_on?.db?.condition).toBe('service_healthy');
    expect(sigap?.volumes).toContain('sigap-data:/data');
    const env = Object.fromEntries(Object.entries(sigap?.environment ?? {}).map(([k, v]) => [k, withDefaults(v)]));
    const config = loadConfig({ ...env, SIGAP_DATA_DIR: '/data' });
    expect(new URL(config.databaseUrl ?? '').host).toBe('db:5432');
    expect(config.smtpUrl).toBe('smtp://mail:1025');
  });
});
