import { createHash, randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { RoleCode } from '@sigap/core';
import type { Database } from '../db/schema';
import type { Actor } from '../http/context';

export const SESSION_COOKIE = 'sigap_session';

/**
 * Recently resolved sessions, so most requests skip the lookup. Local writes (logout, password,
 * deactivation, role changes) drop entries at once; another process sees them within CACHE_MS.
 */
const CACHE_MS = 5_000;
const CACHE_MAX = 10_000;
const actors = new Map<string, { actor: Actor; until: number }>();

/** Forgets every cached session of a user (after their roles or status change). */
export function forgetUser(userId: string) {
  for (const [id, entry] of actors) if (entry.actor.userId === userId) actors.delete(id);
}

/** Forgets every cached session of a Pemda's users (after the Pemda is suspended). */
export function forgetPemda(pemdaId: string) {
  for (const [id, entry] of actors) if (entry.actor.pemdaId === pemdaId) actors.delete(id);
}

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;

/** Sessions live server-side; the cookie carries only a random token whose hash is the key. */
export class SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  static idOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  async create(
    db: Kysely<Database>,
    input: { userId: string; pemdaId: string; ip: string; userAgent: string | undefined },
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    await db
      .insertInto('session')
      .values({
        id: SessionStore.idOf(token),
        user_id: input.userId,
        pemda_id: input.pemdaId,
        csrf_token: csrfToken,
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
        last_seen_at: now,
        expires_at: expiresAt,
      })
      .execute();
    return { token, csrfToken, expiresAt };
  }

  /** The actor behind a session token, or null when the session is unknown, expired or the user inactive. */
  async actorFor(token: string): Promise<Actor | null> {
    const sessionId = SessionStore.idOf(token);
    const cached = actors.get(sessionId);
    if (cached && cached.until > Date.now()) return cached.actor;
    // One round trip per request: the session, its user and the user's roles.
    const row = await this.db
      .selectFrom('session as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      // A suspended Pemda's users have no session (migration 0019).
      .innerJoin('pemda as p', (join) => join.onRef('p.id', '=', 'u.pemda_id').on('p.status', '=', 'active'))
      .select([
        's.id',
        's.csrf_token',
        's.last_seen_at',
        'u.id as user_id',
        'u.pemda_id',
        'u.name',
        'u.email',
        'u.phone',
        'u.nip',
        'u.perangkat_daerah_id',
      ])
      .select((eb) =>
        eb
          .selectFrom('role_assignment as ra')
          .select(
            sql<
              { role: string; perangkat_daerah_id: string | null }[]
            >`coalesce(json_agg(json_build_object('role', ra.role, 'perangkat_daerah_id', ra.perangkat_daerah_id)), '[]')`.as('r'),
          )
          .whereRef('ra.user_id', '=', 'u.id')
          .as('roles'),
      )
      .where('s.id', '=', sessionId)
      .where('s.expires_at', '>', new Date())
      .where('u.active', '=', true)
      .executeTakeFirst();
    if (!row) return null;
    const assignments = row.roles ?? [];
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) await this.touch(sessionId);
    const actor: Actor = {
      userId: row.user_id,
      pemdaId: row.pemda_id,
      name: row.name,
      email: row.email,
      phone: row.phone,
      nip: row.nip,
      perangkatDaerahId: row.perangkat_daerah_id,
      sessionId: row.id,
      csrfToken: row.csrf_token,
      assignments: assignments.map((a) => ({ role: a.role as RoleCode, perangkatDaerahId: a.perangkat_daerah_id })),
    };
    const oldest = actors.size >= CACHE_MAX ? actors.keys().next() : null;
    if (oldest && !oldest.done) actors.delete(oldest.value);
    actors.set(sessionId, { actor, until: Date.now() + CACHE_MS });
    return actor;
  }

  private async touch(sessionId: string) {
    const now = new Date();
    await this.db
      .updateTable('session')
      .set({ last_seen_at: now, expires_at: new Date(now.getTime() + SESSION_IDLE_MS) })
      .where('id', '=', sessionId)
      .execute();
  }

  async revoke(db: Kysely<Database>, sessionId: string) {
    actors.delete(sessionId);
    await db.deleteFrom('session').where('id', '=', sessionId).execute();
  }

  /** Signs every user of a Pemda out (the Pemda is suspended). */
  async revokeAllOfPemda(db: Kysely<Database>, pemdaId: string) {
    forgetPemda(pemdaId);
    await db.deleteFrom('session').where('pemda_id', '=', pemdaId).execute();
  }

  /** Signs a user out everywhere except, optionally, the current session. */
  async revokeAllFor(db: Kysely<Database>, userId: string, exceptSessionId?: string) {
    forgetUser(userId);
    let q = db.deleteFrom('session').where('user_id', '=', userId);
    if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
    await q.execute();
  }
}
