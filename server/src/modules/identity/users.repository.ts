import { PEMDA_ADMIN_ROLE, type PermissionScope, type RoleAssignment, type RoleCode, type User, type UserQuery } from '@sigap/core';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { AppUserTable, Database } from '../../platform/db/schema';
import { containsPattern } from '../../platform/db/like';

const USER_COLUMNS = [
  'u.id',
  'u.name',
  'u.email',
  'u.nip',
  'u.phone',
  'u.perangkat_daerah_id',
  'pd.name as perangkat_daerah_name',
  'u.active',
  'u.version',
  'u.updated_at',
] as const;

type UserRow = {
  id: string;
  name: string;
  email: string;
  nip: string | null;
  phone: string | null;
  perangkat_daerah_id: string | null;
  perangkat_daerah_name: string | null;
  active: boolean;
  version: number;
  updated_at: Date;
};

function toUser(row: UserRow, roles: RoleAssignment[]): User {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    nip: row.nip,
    phone: row.phone,
    perangkatDaerahId: row.perangkat_daerah_id,
    perangkatDaerahName: row.perangkat_daerah_name,
    active: row.active,
    roles,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private selectUsers(pemdaId: string) {
    return this.db
      .selectFrom('app_user as u')
      .leftJoin('perangkat_daerah as pd', 'pd.id', 'u.perangkat_daerah_id')
      .where('u.pemda_id', '=', pemdaId);
  }

  async list(pemdaId: string, query: UserQuery, scope: PermissionScope): Promise<{ items: User[]; total: number }> {
    let base = this.selectUsers(pemdaId);
    if (scope !== 'all') {
      const pdIds = scope === 'none' ? [] : scope.perangkatDaerahIds;
      if (pdIds.length === 0) return { items: [], total: 0 };
      base = base.where('u.perangkat_daerah_id', 'in', pdIds);
    }
    if (query.q) {
      const like = containsPattern(query.q);
      base = base.where((eb) => eb.or([eb('u.name', 'ilike', like), eb('u.email', 'ilike', like), eb('u.nip', 'like', like)]));
    }
    if (query.perangkatDaerahId) base = base.where('u.perangkat_daerah_id', '=', query.perangkatDaerahId);
    if (query.active !== undefined) base = base.where('u.active', '=', query.active);
    if (query.role) {
      const role = query.role;
      base = base.where((eb) =>
        eb.exists(eb.selectFrom('role_assignment as ra').select('ra.id').whereRef('ra.user_id', '=', 'u.id').where('ra.role', '=', role)),
      );
    }
    const [rows, count] = await Promise.all([
      base
        .select(USER_COLUMNS)
        .orderBy((eb) => eb.fn('lower', ['u.name']))
        .orderBy('u.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    const roles = await this.rolesOf(rows.map((r) => r.id));
    return { items: rows.map((r) => toUser(r, roles.get(r.id) ?? [])), total: count.n };
  }

  async find(pemdaId: string, id: string): Promise<User | undefined> {
    const row = await this.selectUsers(pemdaId).select(USER_COLUMNS).where('u.id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const roles = await this.rolesOf([row.id]);
    return toUser(row, roles.get(row.id) ?? []);
  }

  /** Role assignments of many users in one query. */
  async rolesOf(userIds: string[]): Promise<Map<string, RoleAssignment[]>> {
    const result = new Map<string, RoleAssignment[]>();
    if (userIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('role_assignment as ra')
      .leftJoin('perangkat_daerah as pd', 'pd.id', 'ra.perangkat_daerah_id')
      .select(['ra.id', 'ra.user_id', 'ra.role', 'ra.perangkat_daerah_id', 'pd.name as perangkat_daerah_name'])
      .where('ra.user_id', 'in', userIds)
      .orderBy('ra.created_at')
      .orderBy('ra.id')
      .execute();
    for (const r of rows) {
      const list = result.get(r.user_id) ?? [];
      list.push({
        id: r.id,
        role: r.role as RoleCode,
        perangkatDaerahId: r.perangkat_daerah_id,
        perangkatDaerahName: r.perangkat_daerah_name,
      });
      result.set(r.user_id, list);
    }
    return result;
  }

  findCredentials(email: string) {
    return this.db
      .selectFrom('app_user')
      .select(['id', 'pemda_id', 'name', 'active', 'password_hash'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
      .executeTakeFirst();
  }

  passwordHashOf(id: string) {
    return this.db.selectFrom('app_user').select('password_hash').where('id', '=', id).executeTakeFirst();
  }

  async insert(values: Insertable<AppUserTable>): Promise<string> {
    const row = await this.db.insertInto('app_user').values(values).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  /** Optimistic update; false when `version` is stale. */
  async update(pemdaId: string, id: string, version: number, values: Updateable<AppUserTable>): Promise<boolean> {
    const result = await this.db
      .updateTable('app_user')
      .set({ ...values, version: version + 1, updated_at: new Date() })
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setPassword(id: string, passwordHash: string) {
    await this.db
      .updateTable('app_user')
      .set((eb) => ({
        password_hash: passwordHash,
        password_changed_at: new Date(),
        updated_at: new Date(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
  }

  async insertRole(pemdaId: string, userId: string, role: RoleCode, perangkatDaerahId: string | null): Promise<string> {
    const row = await this.db
      .insertInto('role_assignment')
      .values({ pemda_id: pemdaId, user_id: userId, role, perangkat_daerah_id: perangkatDaerahId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  findRole(pemdaId: string, userId: string, assignmentId: string) {
    return this.db
      .selectFrom('role_assignment')
      .selectAll()
      .where('pemda_id', '=', pemdaId)
      .where('user_id', '=', userId)
      .where('id', '=', assignmentId)
      .executeTakeFirst();
  }

  async deleteRole(id: string) {
    await this.db.deleteFrom('role_assignment').where('id', '=', id).execute();
  }

  /** Active holders of the Pemda administrator role. */
  async activeAdminIds(pemdaId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('role_assignment as ra')
      .innerJoin('app_user as u', 'u.id', 'ra.user_id')
      .select('u.id')
      .where('ra.pemda_id', '=', pemdaId)
      .where('ra.role', '=', PEMDA_ADMIN_ROLE)
      .where('u.active', '=', true)
      .execute();
    return rows.map((r) => r.id);
  }
}
