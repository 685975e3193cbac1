import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { ProblemError } from '../../platform/http/problem';
import { PemdaRepository } from './organisation.repository';

/**
 * Refuses work for a suspended Pemda from outside a session (its public portal: a new report, a
 * reporter's action by tracking code), naming the Pemda. Its users have no session at all while it is.
 */
export async function refuseWhenSuspended(db: Kysely<Database>, pemdaId: string): Promise<void> {
  const pemda = await new PemdaRepository(db).find(pemdaId);
  if (pemda?.status === 'suspended') {
    throw new ProblemError(
      'pemda.suspended',
      undefined,
      `${pemda.name} sedang ditangguhkan di Sigap, sehingga aduan dan tanggapan baru belum dapat diterima. Sampaikan aduan Anda langsung kepada ${pemda.name}.`,
    );
  }
}
