import { DEPLOYMENT_PERMISSIONS, canOperate, isDeploymentPermission, type LoginRequest, type OperatorMe } from '@sigap/core';
import type { Kysely } from 'kysely';
import { recordDeploymentAudit, type DeploymentAuditActor } from '../../platform/audit/audit';
import { OperatorSessionStore } from '../../platform/auth/operator-sessions';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import type { Database } from '../../platform/db/schema';
import type { Operator, OperatorContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { failureDelayMs, isAccountLocked } from '../identity';
import { LoginAttemptRepository, OperatorRepository } from './operators.repository';

const ATTEMPT_WINDOW_MS = 15 * 60 * 1000;

export interface LoginOrigin {
  ip: string;
  userAgent: string | undefined;
  requestId: string;
}

/** The deployment audit identity of a request's operator. */
export function operatorAuditActor(ctx: OperatorContext): DeploymentAuditActor {
  return { actorId: ctx.operator.operatorId, actorName: ctx.operator.name, requestId: ctx.requestId };
}

export function operatorMe(operator: Operator): OperatorMe {
  const permissions = Object.keys(DEPLOYMENT_PERMISSIONS).filter((p) => isDeploymentPermission(p) && canOperate(operator.roles, p));
  return {
    id: operator.operatorId,
    name: operator.name,
    email: operator.email,
    roles: operator.roles,
    permissions,
    csrfToken: operator.csrfToken,
  };
}

/** Signing a deployment operator in and out, apart from Pemda users (a cookie and a session table of their own). */
export class OperatorAuthService {
  constructor(private readonly db: Kysely<Database>) {}

  async login(input: LoginRequest, origin: LoginOrigin): Promise<{ token: string; me: OperatorMe }> {
    const attempts = new LoginAttemptRepository(this.db);
    // The same rule as Pemda users' sign-in: only the account's own failures refuse it; a busy
    // address's failures are slowed, never refused.
    const recent = await attempts.failuresSince(input.email, origin.ip, new Date(Date.now() - ATTEMPT_WINDOW_MS));
    if (isAccountLocked(recent)) throw new ProblemError('auth.rate_limited');
    const credentials = await new OperatorRepository(this.db).findCredentials(input.email);
    const valid = await verifyPassword(credentials?.password_hash ?? null, input.password);
    await attempts.record(input.email, origin.ip, valid);
    if (!credentials || !valid) {
      const delay = failureDelayMs(recent.failuresFromIp);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      throw new ProblemError('auth.invalid_credentials');
    }
    if (!credentials.active) throw new ProblemError('auth.account_inactive');

    const session = await this.db.transaction().execute(async (trx) => {
      const created = await new OperatorSessionStore(trx).create(trx, {
        operatorId: credentials.id,
        ip: origin.ip,
        userAgent: origin.userAgent,
      });
      await recordDeploymentAudit(
        trx,
        { actorId: credentials.id, actorName: credentials.name, requestId: origin.requestId },
        { action: 'operator.login', entityType: 'operator', entityId: credentials.id, after: { ip: origin.ip } },
      );
      return created;
    });
    const operator = await new OperatorSessionStore(this.db).operatorFor(session.token);
    if (!operator) throw new ProblemError('auth.unauthenticated');
    return { token: session.token, me: operatorMe(operator) };
  }

  logout(ctx: OperatorContext): Promise<void> {
    return this.db.transaction().execute(async (trx) => {
      await new OperatorSessionStore(trx).revoke(trx, ctx.operator.sessionId);
      await recordDeploymentAudit(trx, operatorAuditActor(ctx), {
        action: 'operator.logout',
        entityType: 'operator',
        entityId: ctx.operator.operatorId,
      });
    });
  }

  /** Changes one's own password and signs out every other session. */
  async changePassword(ctx: OperatorContext, currentPassword: string, newPassword: string): Promise<void> {
    const stored = await new OperatorRepository(this.db).passwordHashOf(ctx.operator.operatorId);
    if (!stored || !(await verifyPassword(stored.password_hash, currentPassword))) throw new ProblemError('auth.wrong_password');
    const newHash = await hashPassword(newPassword);
    await this.db.transaction().execute(async (trx) => {
      await new OperatorRepository(trx).setPassword(ctx.operator.operatorId, newHash);
      await new OperatorSessionStore(trx).revokeAllFor(trx, ctx.operator.operatorId, ctx.operator.sessionId);
      await recordDeploymentAudit(trx, operatorAuditActor(ctx), {
        action: 'operator.password_change',
        entityType: 'operator',
        entityId: ctx.operator.operatorId,
      });
    });
  }
}
