import type { DeploymentRoleCode } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';

/** The deployment's operator accounts (super-administrators); they belong to no Pemda. */
export class OperatorRepository {
  constructor(private readonly db: Kysely<Database>) {}

  findCredentials(email: string) {
    return this.db
      .selectFrom('operator_account')
      .select(['id', 'name', 'active', 'password_hash'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
      .executeTakeFirst();
  }

  passwordHashOf(id: string) {
    return this.db.selectFrom('operator_account').select('password_hash').where('id', '=', id).executeTakeFirst();
  }

  async emailTaken(email: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('operator_account')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(values: { name: string; email: string; role: DeploymentRoleCode; password_hash: string }): Promise<string> {
    const row = await this.db.insertInto('operator_account').values(values).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  async setPassword(id: string, passwordHash: string): Promise<void> {
    const now = new Date();
    await this.db
      .updateTable('operator_account')
      .set((eb) => ({ password_hash: passwordHash, password_changed_at: now, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }
}

/** Sign-in attempts, in the table Pemda users' attempts go to: one address's failures count together. */
export class LoginAttemptRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.db.insertInto('login_attempt').values({ email, ip, succeeded }).execute();
  }

  async failuresSince(email: string, ip: string, since: Date) {
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
}
