import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { insertRows } from '../../platform/db/insert-rows';
import { uuidv7 } from '../../platform/db/uuid7';
import { writeTogether } from '../../platform/db/write-together';
import type { MailMessage } from '../../platform/mail/mailer';
import { emailWrite, enqueueEmails } from '../../platform/mail/outbox';

export interface Notice {
  kind: string;
  title: string;
  body: string;
  ticketId: string | null;
}

/** One user's in-app copy of a notice; ids are time-ordered (platform/db/uuid7.ts). */
function notificationRow(pemdaId: string, userId: string, notice: Notice) {
  return {
    id: uuidv7(),
    pemda_id: pemdaId,
    user_id: userId,
    ticket_id: notice.ticketId,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
  };
}

/**
 * Tells people something, in the caller's transaction: an in-app notification for each user,
 * and one e-mail (through the outbox) to all their addresses and the extra ones.
 */
export async function notify(trx: Kysely<Database>, pemdaId: string, userIds: string[], notice: Notice, extraEmails: string[] = []) {
  const unique = [...new Set(userIds)];
  const users = unique.length
    ? await trx
        .selectFrom('app_user')
        .select(['id', 'email'])
        .where('pemda_id', '=', pemdaId)
        .where('id', 'in', unique)
        .where('active', '=', true)
        .execute()
    : [];
  await writeTogether(trx, notificationWrites(trx, pemdaId, users, notice, extraEmails));
}

/** One e-mail of a notice to every distinct address (none when there is no address). */
function emailTo(addresses: string[], notice: Notice): MailMessage[] {
  const to = [...new Set(addresses)];
  return to.length === 0 ? [] : [{ to, subject: `[Sigap] ${notice.title}`, text: notice.body }];
}

/** Someone to tell, with the address their e-mail goes to. */
export interface Recipient {
  id: string;
  email: string;
}

/**
 * The writes that tell known, active recipients (and any extra addresses) something: built, not
 * run, so the caller can send them with its other writes in one round trip (writeTogether).
 */
export function notificationWrites(
  trx: Kysely<Database>,
  pemdaId: string,
  recipients: Recipient[],
  notice: Notice,
  extraEmails: string[] = [],
) {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  return [
    unique.length > 0
      ? insertRows(
          trx,
          'notification',
          unique.map((u) => notificationRow(pemdaId, u.id, notice)),
        )
      : null,
    emailWrite(trx, pemdaId, emailTo([...unique.map((u) => u.email), ...extraEmails], notice)),
  ];
}

/** Active holders of any of `roles` in any of the PDs (or Pemda-wide), with the role and PD they hold it in. */
export function roleHoldings(db: Kysely<Database>, pemdaId: string, roles: readonly string[], perangkatDaerahIds: string[]) {
  return db
    .selectFrom('role_assignment as ra')
    .innerJoin('app_user as u', 'u.id', 'ra.user_id')
    .select(['u.id', 'u.email', 'ra.role', 'ra.perangkat_daerah_id'])
    .where('ra.pemda_id', '=', pemdaId)
    .where('ra.role', 'in', [...roles])
    .where('u.active', '=', true)
    .where((eb) => eb.or([eb('ra.perangkat_daerah_id', 'in', perangkatDaerahIds), eb('ra.perangkat_daerah_id', 'is', null)]))
    .execute();
}

/** Many notices at once (jobs): one lookup of the recipients and one insert per table. */
export async function notifyMany(trx: Kysely<Database>, pemdaId: string, deliveries: { userIds: string[]; notice: Notice }[]) {
  const everyone = [...new Set(deliveries.flatMap((d) => d.userIds))];
  if (everyone.length === 0) return;
  const users = await trx
    .selectFrom('app_user')
    .select(['id', 'email'])
    .where('pemda_id', '=', pemdaId)
    .where('id', 'in', everyone)
    .where('active', '=', true)
    .execute();
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  const rows = deliveries.flatMap((d) =>
    [...new Set(d.userIds)].filter((id) => emailOf.has(id)).map((id) => notificationRow(pemdaId, id, d.notice)),
  );
  // Stay well below PostgreSQL's 65,535 bind parameters per statement.
  for (let i = 0; i < rows.length; i += 2_000)
    await trx
      .insertInto('notification')
      .values(rows.slice(i, i + 2_000))
      .execute();
  const emails = deliveries.flatMap((d) =>
    emailTo(
      d.userIds.map((id) => emailOf.get(id)).filter((e): e is string => !!e),
      d.notice,
    ),
  );
  for (let i = 0; i < emails.length; i += 5_000) await enqueueEmails(trx, pemdaId, emails.slice(i, i + 5_000));
}

/**
 * Active people holding any of `roles` in one of the PDs or Pemda-wide; with no PDs given,
 * every holder in the Pemda.
 */
export function roleHoldersQuery(db: Kysely<Database>, pemdaId: string, roles: readonly string[], perangkatDaerahIds: string[] | null) {
  let q = db
    .selectFrom('role_assignment as ra')
    .innerJoin('app_user as u', 'u.id', 'ra.user_id')
    .select(['u.id', 'u.name'])
    .distinct()
    .where('ra.pemda_id', '=', pemdaId)
    .where('ra.role', 'in', [...roles])
    .where('u.active', '=', true);
  if (perangkatDaerahIds)
    q = q.where((eb) => eb.or([eb('ra.perangkat_daerah_id', 'in', perangkatDaerahIds), eb('ra.perangkat_daerah_id', 'is', null)]));
  return q;
}

/** Ids of the active holders of any of `roles` in a PD (or Pemda-wide). */
export async function roleHolders(
  db: Kysely<Database>,
  pemdaId: string,
  roles: readonly string[],
  perangkatDaerahId: string | null,
): Promise<string[]> {
  if (roles.length === 0) return [];
  return (await roleHoldersQuery(db, pemdaId, roles, perangkatDaerahId ? [perangkatDaerahId] : null).execute()).map((r) => r.id);
}
