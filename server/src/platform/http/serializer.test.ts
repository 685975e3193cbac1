import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseJsonSchema, responseSerializer } from './serializer';

const Person = z.object({
  id: z.uuid(),
  name: z.string(),
  phone: z.string().nullable(),
  seenAt: z.iso.datetime().nullable(),
  roles: z.array(z.object({ role: z.enum(['agent', 'owner']), desk: z.uuid().nullable() })),
  data: z.record(z.string(), z.unknown()),
});

async function appWith(check: boolean, body: unknown) {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer({ check }));
  app.get('/person', { schema: { response: { 200: Person } } }, () => Promise.resolve(body as z.infer<typeof Person>));
  await app.ready();
  return app;
}

const person = {
  id: '2f1d3c1e-8a7b-4c5d-9e0f-1a2b3c4d5e6f',
  name: 'Sutinah',
  phone: null,
  seenAt: '2026-11-23T17:21:31.036Z',
  roles: [{ role: 'agent', desk: null }],
  data: { note: 'x', n: 1 },
};

describe('responseSerializer', () => {
  it('writes what zod would, and only the properties the schema declares', async () => {
    for (const check of [false, true]) {
      const app = await appWith(check, { ...person, passwordHash: 'secret', roles: [{ role: 'agent', desk: null, internal: true }] });
      const res = await app.inject({ method: 'GET', url: '/person' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(person);
      expect(res.body).not.toContain('secret');
      expect(res.body).not.toContain('internal');
    }
  });

  it('refuses, when checking, a response zod refuses', async () => {
    const app = await appWith(true, { ...person, id: 'not-a-uuid' });
    expect((await app.inject({ method: 'GET', url: '/person' })).statusCode).toBe(500);
  });

  it('folds zod’s nullable unions of plain types into type lists', () => {
    const schema = responseJsonSchema(Person) as { properties: Record<string, { type?: unknown; anyOf?: unknown }> };
    expect(schema.properties.phone?.type).toEqual(['string', 'null']);
    expect(schema.properties.seenAt?.type).toEqual(['string', 'null']);
    expect(schema.properties.phone?.anyOf).toBeUndefined();
  });
});
