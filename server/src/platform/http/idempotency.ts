import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import { canonicalJson } from '../audit/hash-chain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contextOf } from './context';
import { ProblemError } from './problem';

/** Header schema for create endpoints. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{8,100}$/, { error: 'Idempotency-Key harus 8–100 karakter ASCII tanpa spasi.' })
    .optional(),
});

/**
 * Runs a create use case at most once per (user, key): a retry with the same key and body
 * gets the first response back; the same key with another body is refused. Runs inside
 * the caller's transaction, so the key and the created rows commit or roll back together.
 */
export async function idempotent<T>(
  trx: Kysely<Database>,
  userId: string,
  key: string | undefined,
  body: unknown,
  run: () => Promise<T>,
): Promise<{ value: T; replayed: boolean }> {
  if (!key) return { value: await run(), replayed: false };
  const requestHash = createHash('sha256').update(canonicalJson(body)).digest('hex');
  const inserted = await trx
    .insertInto('idempotency_key')
    .values({ user_id: userId, key, request_hash: requestHash, response: null })
    .onConflict((oc) => oc.doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) {
    const value = await run();
    await trx
      .updateTable('idempotency_key')
      .set({ response: JSON.stringify(value) })
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .execute();
    return { value, replayed: false };
  }
  const existing = await trx
    .selectFrom('idempotency_key')
    .select(['request_hash', 'response'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  if (existing.request_hash !== requestHash) throw new ProblemError('idempotency.mismatch');
  return { value: existing.response as T, replayed: true };
}

/** Route helper: runs a create use case in a transaction, once per Idempotency-Key, and answers 201. */
export async function createOnce<T>(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
  run: (trx: Kysely<Database>) => Promise<T>,
) {
  const ctx = contextOf(request);
  const header = request.headers['idempotency-key'];
  const key = typeof header === 'string' ? header : undefined;
  const { value, replayed } = await db.transaction().execute((trx) => idempotent(trx, ctx.actor.userId, key, request.body, () => run(trx)));
  if (replayed) reply.header('idempotency-replayed', 'true');
  return reply.code(201).send(value);
}
