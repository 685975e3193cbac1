import {
  checkRoleScope,
  PEMDA_ADMIN_ROLE,
  scopeCovers,
  type RoleAssignmentCreate,
  type User,
  type UserCreate,
  type UserQuery,
  type UserUpdate,
} from '@sigap/core';
import { type Kysely, sql } from 'kysely';
import { auditActorOf, recordAudit } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/auth/password';
import { SessionStore, forgetUser } from '../../platform/auth/sessions';
import type { Database } from '../../platform/db/schema';
import type { RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { PerangkatDaerahRepository } from '../organisation';
import { UserRepository } from './users.repository';

export class UserService {
  constructor(private readonly db: Kysely<Database>) {}

  listUsers(ctx: RequestContext, query: UserQuery) {
    return new UserRepository(this.db)
      .list(ctx.actor.pemdaId, query, ctx.scope)
      .then((page) => ({ ...page, page: query.page, pageSize: query.pageSize }));
  }

  async getUser(ctx: RequestContext, id: string): Promise<User> {
    const user = await new UserRepository(this.db).find(ctx.actor.pemdaId, id);
    // Outside the reader's scope reads as absent: no hint that the person exists.
    if (!user || !scopeCovers(ctx.scope, user.perangkatDaerahId)) throw new ProblemError('resource.not_found');
    return user;
  }

  async createUser(trx: Kysely<Database>, ctx: RequestContext, input: UserCreate): Promise<User> {
    const users = new UserRepository(trx);
    await this.checkHomePd(trx, ctx, input.perangkatDaerahId);
    const id = await users.insert({
      pemda_id: ctx.actor.pemdaId,
      name: input.name,
      email: input.email,
      nip: input.nip,
      phone: input.phone,
      perangkat_daerah_id: input.perangkatDaerahId,
      password_hash: await hashPassword(input.password),
    });
    for (const role of input.roles) {
      await this.checkRole(trx, ctx, role);
      await users.insertRole(ctx.actor.pemdaId, id, role.role, role.perangkatDaerahId);
    }
    const after = await this.mustFind(users, ctx, id);
    await recordAudit(trx, auditActorOf(ctx), { action: 'user.create', entityType: 'user', entityId: id, after });
    return after;
  }

  updateUser(ctx: RequestContext, id: string, input: UserUpdate): Promise<User> {
    return this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const before = await this.mustFind(users, ctx, id);
      await this.checkHomePd(trx, ctx, input.perangkatDaerahId);
      if (before.active && !input.active) await this.keepOneAdmin(trx, ctx, id);
      const updated = await users.update(ctx.actor.pemdaId, id, input.version, {
        name: input.name,
        email: input.email,
        nip: input.nip,
        phone: input.phone,
        perangkat_daerah_id: input.perangkatDaerahId,
        active: input.active,
      });
      if (!updated) throw new ProblemError('conflict.version');
      if (!input.active) await new SessionStore(trx).revokeAllFor(trx, id);
      forgetUser(id);
      const after = await this.mustFind(users, ctx, id);
      await recordAudit(trx, auditActorOf(ctx), { action: 'user.update', entityType: 'user', entityId: id, before, after });
      return after;
    });
  }

  resetPassword(ctx: RequestContext, id: string, password: string): Promise<void> {
    return this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      await this.mustFind(users, ctx, id);
      await users.setPassword(id, await hashPassword(password));
      await new SessionStore(trx).revokeAllFor(trx, id);
      await recordAudit(trx, auditActorOf(ctx), { action: 'user.password_reset', entityType: 'user', entityId: id });
    });
  }

  addRole(ctx: RequestContext, userId: string, input: RoleAssignmentCreate): Promise<User> {
    return this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      await this.mustFind(users, ctx, userId);
      await this.checkRole(trx, ctx, input);
      const assignmentId = await users.insertRole(ctx.actor.pemdaId, userId, input.role, input.perangkatDaerahId);
      forgetUser(userId);
      const after = await this.mustFind(users, ctx, userId);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'user.role_add',
        entityType: 'user',
        entityId: userId,
        after: { assignmentId, ...input },
      });
      return after;
    });
  }

  removeRole(ctx: RequestContext, userId: string, assignmentId: string): Promise<User> {
    return this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const assignment = await users.findRole(ctx.actor.pemdaId, userId, assignmentId);
      if (!assignment) throw new ProblemError('resource.not_found');
      if (assignment.role === PEMDA_ADMIN_ROLE) await this.keepOneAdmin(trx, ctx, userId);
      await users.deleteRole(assignmentId);
      forgetUser(userId);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'user.role_remove',
        entityType: 'user',
        entityId: userId,
        before: { assignmentId, role: assignment.role, perangkatDaerahId: assignment.perangkat_daerah_id },
      });
      return this.mustFind(users, ctx, userId);
    });
  }

  private async mustFind(users: UserRepository, ctx: RequestContext, id: string): Promise<User> {
    const user = await users.find(ctx.actor.pemdaId, id);
    if (!user) throw new ProblemError('resource.not_found');
    return user;
  }

  private async checkHomePd(trx: Kysely<Database>, ctx: RequestContext, pdId: string | null) {
    if (pdId && !(await new PerangkatDaerahRepository(trx).find(ctx.actor.pemdaId, pdId))) {
      throw new ProblemError('validation.failed', [{ path: 'perangkatDaerahId', message: 'Perangkat Daerah tidak ditemukan.' }]);
    }
  }

  private async checkRole(trx: Kysely<Database>, ctx: RequestContext, input: RoleAssignmentCreate) {
    let isDiskominfo = false;
    if (input.perangkatDaerahId) {
      const pd = await new PerangkatDaerahRepository(trx).find(ctx.actor.pemdaId, input.perangkatDaerahId);
      if (!pd) throw new ProblemError('validation.failed', [{ path: 'perangkatDaerahId', message: 'Perangkat Daerah tidak ditemukan.' }]);
      isDiskominfo = pd.is_diskominfo;
    }
    const violation = checkRoleScope(input.role, { perangkatDaerahId: input.perangkatDaerahId, isDiskominfo });
    if (violation) throw new ProblemError(violation);
  }

  /** Refuses to take away the last active Pemda administrator (serialised per Pemda). */
  private async keepOneAdmin(trx: Kysely<Database>, ctx: RequestContext, userId: string) {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`admins:${ctx.actor.pemdaId}`}, 0))`.execute(trx);
    const admins = await new UserRepository(trx).activeAdminIds(ctx.actor.pemdaId);
    if (admins.length === 1 && admins[0] === userId) throw new ProblemError('role.last_admin');
  }
}
