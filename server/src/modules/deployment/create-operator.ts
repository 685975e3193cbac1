import { SUPER_ADMIN_ROLE, type OperatorCreate } from '@sigap/core';
import type { Kysely } from 'kysely';
import { recordDeploymentAudit } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/auth/password';
import type { Database } from '../../platform/db/schema';
import { ProblemError } from '../../platform/http/problem';
import { OperatorRepository } from './operators.repository';

/**
 * A super-administrator of the deployment (`npm run superadmin:create`, and the demo seed): belongs
 * to no Pemda. Recorded in the deployment's audit chain as done by the system; runs in the caller's
 * transaction when given one.
 */
export async function createSuperAdmin(db: Kysely<Database>, input: OperatorCreate): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  const create = async (trx: Kysely<Database>) => {
    const operators = new OperatorRepository(trx);
    if (await operators.emailTaken(input.email)) {
      throw new ProblemError('conflict.duplicate', [{ path: 'email', message: 'E-mail ini sudah dipakai administrator lain.' }]);
    }
    const id = await operators.insert({ name: input.name, email: input.email, role: SUPER_ADMIN_ROLE, password_hash: passwordHash });
    await recordDeploymentAudit(
      trx,
      { actorId: null, actorName: 'sistem', requestId: null },
      {
        action: 'operator.create',
        entityType: 'operator',
        entityId: id,
        after: { name: input.name, email: input.email, role: SUPER_ADMIN_ROLE },
      },
    );
    return id;
  };
  // The demo seed creates one inside its own transaction.
  return db.isTransaction ? create(db) : db.transaction().execute(create);
}
