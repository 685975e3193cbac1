import { renderNotice, type Language, type Notice } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { insertRows } from '../db/insert-rows';
import { uuidv7 } from '../db/uuid7';
import { writeTogether } from '../db/write-together';
import type { MailMessage } from '../mail/mailer';
import { emailWrite, enqueueEmails } from '../mail/outbox';

/** Someone to tell: their address and the language their e-mail is written in. */
export interface Recipient {
  id: string;
  email: string;
  language: Language;
}

/** Where a notice is about and where its readers' clocks stand. */
export interface NoticeSubject {
  pemdaId: string;
  recordId: string | null;
  timeZone: string;
}

/** One user's in-app copy of a notice; ids are time-ordered (platform/db/uuid7.ts). */
function notificationRow(subject: NoticeSubject, userId: string, notice: Notice) {
  return {
    id: uuidv7(),
    pemda_id: subject.pemdaId,
    user_id: userId,
    record_id: subject.recordId,
    code: notice.code,
    params: JSON.stringify(notice.params),
  };
}

/** One e-mail per language to every distinct address of it (none when there is no address). */
function emailsTo(recipients: readonly { email: string; language: Language }[], notice: Notice, timeZone: string): MailMessage[] {
  const byLanguage = new Map<Language, Set<string>>();
  for (const r of recipients) {
    const set = byLanguage.get(r.language) ?? new Set<string>();
    set.add(r.email);
    byLanguage.set(r.language, set);
  }
  return [...byLanguage].map(([language, to]) => {
    const words = renderNotice(notice.code, notice.params, language, timeZone);
    return { to: [...to], subject: `[Sigap] ${words.title}`, text: words.body };
  });
}

/**
 * The writes that tell known, active recipients (and any extra addresses, written to in Bahasa
 * Indonesia) something: built, not run, so the caller can send them with its other writes in one
 * round trip (writeTogether). In-app notices are put into words when read, in the reader's language.
 */
export function noticeWrites(
  trx: Kysely<Database>,
  subject: NoticeSubject,
  recipients: readonly Recipient[],
  notice: Notice,
  extraEmails: readonly string[] = [],
) {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  const addresses = [...unique, ...extraEmails.map((email) => ({ email, language: 'id' as const }))];
  return [
    unique.length > 0
      ? insertRows(
          trx,
          'notification',
          unique.map((u) => notificationRow(subject, u.id, notice)),
        )
      : null,
    emailWrite(trx, subject.pemdaId, emailsTo(addresses, notice, subject.timeZone)),
  ];
}

/** Active users among `userIds`, as recipients. */
export function recipientsAmong(db: Kysely<Database>, pemdaId: string, userIds: readonly string[]): Promise<Recipient[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('app_user')
    .select(['id', 'email', 'language'])
    .where('pemda_id', '=', pemdaId)
    .where('id', 'in', unique)
    .where('active', '=', true)
    .execute();
}

/** Tells people something, in the caller's transaction: in-app for each user, and e-mail. */
export async function notify(
  trx: Kysely<Database>,
  subject: NoticeSubject,
  userIds: readonly string[],
  notice: Notice,
  extraEmails: readonly string[] = [],
) {
  const recipients = await recipientsAmong(trx, subject.pemdaId, userIds);
  await writeTogether(trx, noticeWrites(trx, subject, recipients, notice, extraEmails));
}

/** Many notices at once (jobs): one lookup of the recipients and one insert per table per chunk. */
export async function notifyMany(
  trx: Kysely<Database>,
  pemdaId: string,
  timeZone: string,
  deliveries: readonly { userIds: readonly string[]; recordId: string | null; notice: Notice }[],
) {
  const recipients = await recipientsAmong(
    trx,
    pemdaId,
    deliveries.flatMap((d) => d.userIds),
  );
  const byId = new Map(recipients.map((r) => [r.id, r]));
  const rows = deliveries.flatMap((d) =>
    [...new Set(d.userIds)]
      .filter((id) => byId.has(id))
      .map((id) => notificationRow({ pemdaId, recordId: d.recordId, timeZone }, id, d.notice)),
  );
  // Stay well below PostgreSQL's 65,535 bind parameters per statement.
  for (let i = 0; i < rows.length; i += 2_000)
    await trx
      .insertInto('notification')
      .values(rows.slice(i, i + 2_000))
      .execute();
  const emails = deliveries.flatMap((d) =>
    emailsTo(
      d.userIds.flatMap((id) => byId.get(id) ?? []),
      d.notice,
      timeZone,
    ),
  );
  for (let i = 0; i < emails.length; i += 5_000) await enqueueEmails(trx, pemdaId, emails.slice(i, i + 5_000));
}

/** A Pemda's time zone, for notices written outside a request that already knows it. */
export async function pemdaTimeZone(db: Kysely<Database>, pemdaId: string): Promise<string> {
  const row = await db.selectFrom('pemda').select('time_zone').where('id', '=', pemdaId).executeTakeFirstOrThrow();
  return row.time_zone;
}
