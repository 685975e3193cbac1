import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Operator } from '../http/context';
import { SESSION_IDLE_MS } from './sessions';

/** The deployment operators' own cookie: a Pemda session and an operator session never stand for each other. */
export const OPERATOR_COOKIE = 'sigap_operator';

const TOUCH_AFTER_MS = 5 * 60 * 1000;

/**
 * Sessions of the deployment's super-administrators (migration 0019), kept server-side like a Pemda
 * user's: the cookie carries a random token whose SHA-256 is the key. There are a handful of
 * operators and they call the API rarely, so every request reads the session (no cache): signing
 * out or deactivating an operator holds at once in every process.
 */
export class OperatorSessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  static idOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  async create(
    db: Kysely<Database>,
    input: { operatorId: string; ip: string; userAgent: string | undefined },
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    await db
      .insertInto('operator_session')
      .values({
        id: OperatorSessionStore.idOf(token),
        operator_id: input.operatorId,
        csrf_token: csrfToken,
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
        last_seen_at: now,
        expires_at: expiresAt,
      })
      .execute();
    return { token, csrfToken, expiresAt };
  }

  /** The operator behind a token, or null when the session is unknown, expired or the account inactive. */
  async operatorFor(token: string): Promise<Operator | null> {
    const sessionId = OperatorSessionStore.idOf(token);
    const row = await this.db
      .selectFrom('operator_session as s')
      .innerJoin('operator_account as o', 'o.id', 's.operator_id')
      .select(['s.id', 's.csrf_token', 's.last_seen_at', 'o.id as operator_id', 'o.name', 'o.email', 'o.role'])
      .where('s.id', '=', sessionId)
      .where('s.expires_at', '>', new Date())
      .where('o.active', '=', true)
      .executeTakeFirst();
    if (!row) return null;
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      const now = new Date();
      await this.db
        .updateTable('operator_session')
        .set({ last_seen_at: now, expires_at: new Date(now.getTime() + SESSION_IDLE_MS) })
        .where('id', '=', sessionId)
        .execute();
    }
    return {
      operatorId: row.operator_id,
      name: row.name,
      email: row.email,
      roles: [row.role],
      sessionId: row.id,
      csrfToken: row.csrf_token,
    };
  }

  async revoke(db: Kysely<Database>, sessionId: string) {
    await db.deleteFrom('operator_session').where('id', '=', sessionId).execute();
  }

  /** Signs an operator out everywhere except, optionally, the current session. */
  async revokeAllFor(db: Kysely<Database>, operatorId: string, exceptSessionId?: string) {
    let q = db.deleteFrom('operator_session').where('operator_id', '=', operatorId);
    if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
    await q.execute();
  }
}
