import { PERMISSIONS, can, type LoginRequest, type Me, type Permission } from '@sigap/core';
import type { Kysely } from 'kysely';
import { auditActorOf, recordAudit } from '../../platform/audit/audit';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { SessionStore } from '../../platform/auth/sessions';
import type { Database } from '../../platform/db/schema';
import type { Actor, RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { PemdaRepository, toPemda } from '../organisation';
import { UserRepository } from './users.repository';
import { failureDelayMs, isAccountLocked, type RecentFailures } from './auth.rules';

const ATTEMPT_WINDOW_MS = 15 * 60 * 1000;

export interface LoginOrigin {
  ip: string;
  userAgent: string | undefined;
  requestId: string;
}

export class AuthService {
  constructor(private readonly db: Kysely<Database>) {}

  async login(input: LoginRequest, origin: LoginOrigin): Promise<{ token: string; expiresAt: Date; me: Me }> {
    const recent = await this.recentFailures(input.email, origin.ip);
    if (isAccountLocked(recent)) throw new ProblemError('auth.rate_limited');
    const users = new UserRepository(this.db);
    const credentials = await users.findCredentials(input.email);
    const valid = await verifyPassword(credentials?.password_hash ?? null, input.password);
    await this.db.insertInto('login_attempt').values({ email: input.email, ip: origin.ip, succeeded: valid }).execute();
    if (!credentials || !valid) {
      // A busy address's failures wait before their answer; its correct passwords never do.
      const delay = failureDelayMs(recent.failuresFromIp);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      throw new ProblemError('auth.invalid_credentials');
    }
    if (!credentials.active) throw new ProblemError('auth.account_inactive');
    if ((await new PemdaRepository(this.db).find(credentials.pemda_id))?.status === 'suspended')
      throw new ProblemError('auth.pemda_suspended');

    const sessions = new SessionStore(this.db);
    const session = await this.db.transaction().execute(async (trx) => {
      const created = await new SessionStore(trx).create(trx, {
        userId: credentials.id,
        pemdaId: credentials.pemda_id,
        ip: origin.ip,
        userAgent: origin.userAgent,
      });
      await recordAudit(
        trx,
        { pemdaId: credentials.pemda_id, actorId: credentials.id, actorName: credentials.name, requestId: origin.requestId },
        { action: 'auth.login', entityType: 'user', entityId: credentials.id, after: { ip: origin.ip } },
      );
      return created;
    });
    const actor = await sessions.actorFor(session.token);
    if (!actor) throw new ProblemError('auth.unauthenticated');
    return { token: session.token, expiresAt: session.expiresAt, me: await this.me(actor) };
  }

  /** Failed logins in the window: of this account (from anywhere), and from this address (for any account). */
  private async recentFailures(email: string, ip: string): Promise<RecentFailures> {
    const since = new Date(Date.now() - ATTEMPT_WINDOW_MS);
    const counts = await this.db
      .selectFrom('login_attempt')
      .select((eb) => [
        eb.fn.countAll<number>().filterWhere('email', '=', email).as('by_email'),
        eb.fn.countAll<number>().filterWhere('ip', '=', ip).as('by_ip'),
      ])
      .where('succeeded', '=', false)
      .where('attempted_at', '>', since)
      .where((eb) => eb.or([eb('email', '=', email), eb('ip', '=', ip)]))
      .executeTakeFirstOrThrow();
    return { failuresForEmail: counts.by_email, failuresFromIp: counts.by_ip };
  }

  async me(actor: Actor): Promise<Me> {
    const [user, pemda] = await Promise.all([
      new UserRepository(this.db).find(actor.pemdaId, actor.userId),
      new PemdaRepository(this.db).find(actor.pemdaId),
    ]);
    if (!user || !pemda) throw new ProblemError('auth.unauthenticated');
    const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(actor.assignments, p));
    return { user, pemda: toPemda(pemda), permissions, csrfToken: actor.csrfToken };
  }

  logout(ctx: RequestContext): Promise<void> {
    return this.db.transaction().execute(async (trx) => {
      await new SessionStore(trx).revoke(trx, ctx.actor.sessionId);
      await recordAudit(trx, auditActorOf(ctx), { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.userId });
    });
  }

  /** Changes one's own password and signs out every other session. */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
    const users = new UserRepository(this.db);
    const stored = await users.passwordHashOf(ctx.actor.userId);
    if (!stored || !(await verifyPassword(stored.password_hash, currentPassword))) throw new ProblemError('auth.wrong_password');
    const newHash = await hashPassword(newPassword);
    await this.db.transaction().execute(async (trx) => {
      await new UserRepository(trx).setPassword(ctx.actor.userId, newHash);
      await new SessionStore(trx).revokeAllFor(trx, ctx.actor.userId, ctx.actor.sessionId);
      await recordAudit(trx, auditActorOf(ctx), { action: 'auth.password_change', entityType: 'user', entityId: ctx.actor.userId });
    });
  }
}
