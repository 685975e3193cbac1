import { formatDateTimeLong, type Language } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { MailMessage } from '../mail/mailer';
import { enqueueEmails } from '../mail/outbox';
import { type AnchorBreak, type AuditAnchors, anchorAuditChain, latestCheckpoint } from './anchor';
import type { AuditCheckpoint } from './anchor-store';

/** Someone the checkpoint is e-mailed to (the Pemda's auditors), in their language. */
export interface CheckpointRecipient {
  email: string;
  language: Language;
}

interface Words {
  subject(pemda: string): string;
  body(p: { pemda: string; seq: number; hash: string; at: string }): string;
  alertSubject(pemda: string): string;
  alertBody(p: { pemda: string; seq: number; at: string; reason: AnchorBreak['reason'] }): string;
}

const WORDS: Record<Language, Words> = {
  id: {
    subject: (pemda) => `[Sigap] Titik jangkar jejak audit ${pemda}`,
    body: (p) =>
      [
        `Titik jangkar rantai hash jejak audit ${p.pemda} per ${p.at}: catatan #${p.seq}, hash ${p.hash}.`,
        '',
        'Simpan e-mail ini. Bila kelak rantai di basis data lebih pendek dari catatan ini, atau hash catatan',
        'tersebut berbeda, jejak audit telah dihapus atau ditulis ulang. Titik jangkar di bawah ditandatangani',
        '(Ed25519) atas JSON-nya tanpa "signature", dengan kunci di luar basis data; kunci publiknya dilampirkan.',
      ].join('\n'),
    alertSubject: (pemda) => `[Sigap] PERINGATAN: jejak audit ${pemda} tidak cocok dengan titik jangkarnya`,
    alertBody: (p) =>
      [
        `Rantai hash jejak audit ${p.pemda} tidak lagi memuat titik jangkar #${p.seq} (${p.at}): ` +
          (p.reason === 'truncated' ? 'catatan terbaru telah dihapus.' : 'catatan telah diubah dan hash-nya dihitung ulang.'),
        'Periksa keutuhan di Sigap (Jejak Audit → Periksa keutuhan) dan bandingkan dengan e-mail titik jangkar sebelumnya.',
      ].join('\n'),
  },
  en: {
    subject: (pemda) => `[Sigap] Audit trail checkpoint for ${pemda}`,
    body: (p) =>
      [
        `Checkpoint of the audit trail hash chain of ${p.pemda} as of ${p.at}: record #${p.seq}, hash ${p.hash}.`,
        '',
        'Keep this e-mail. If the chain in the database is ever shorter than this record, or that record has',
        'another hash, the audit trail has been cut or rewritten. The checkpoint below is signed (Ed25519) over',
        'its JSON without "signature", with a key kept outside the database; its public key is attached.',
      ].join('\n'),
    alertSubject: (pemda) => `[Sigap] WARNING: the audit trail of ${pemda} contradicts its checkpoint`,
    alertBody: (p) =>
      [
        `The audit trail hash chain of ${p.pemda} no longer holds checkpoint #${p.seq} (${p.at}): ` +
          (p.reason === 'truncated' ? 'its newest records were deleted.' : 'records were changed and their hashes recomputed.'),
        'Verify the trail in Sigap (Audit trail → Verify integrity) and compare it with earlier checkpoint e-mails.',
      ].join('\n'),
  },
};

interface PemdaWords {
  name: string;
  timeZone: string;
  publicKeyPem: string;
}

function messageFor(language: Language, to: string[], c: AuditCheckpoint, pemda: PemdaWords): MailMessage {
  const w = WORDS[language];
  const text = w.body({ pemda: pemda.name, seq: c.seq, hash: c.hash, at: formatDateTimeLong(c.at, language, pemda.timeZone) });
  return { to, subject: w.subject(pemda.name), text: `${text}\n\n${JSON.stringify(c)}\n\n${pemda.publicKeyPem}` };
}

function alertFor(language: Language, to: string[], broken: AnchorBreak, pemda: PemdaWords): MailMessage {
  const w = WORDS[language];
  const c = broken.checkpoint;
  const text = w.alertBody({
    pemda: pemda.name,
    seq: c.seq,
    at: formatDateTimeLong(c.at, language, pemda.timeZone),
    reason: broken.reason,
  });
  return { to, subject: w.alertSubject(pemda.name), text: `${text}\n\n${JSON.stringify(c)}\n\n${pemda.publicKeyPem}` };
}

/**
 * E-mails the Pemda's newest checkpoint (taking one first when the chain moved) to its auditors
 * through the outbox: a second copy of the anchor, in mailboxes the database's administrators do
 * not control. When the chain no longer holds the newest checkpoint, they get a warning instead.
 * One e-mail per language; nothing when the chain is empty or nobody receives it.
 */
export async function mailAuditCheckpoint(
  db: Kysely<Database>,
  pemdaId: string,
  anchors: AuditAnchors,
  recipients: readonly CheckpointRecipient[],
  now = new Date(),
): Promise<{ mailed: number; alerts: number }> {
  const { broken } = await anchorAuditChain(db, pemdaId, anchors, now);
  const latest = broken ? null : await latestCheckpoint(pemdaId, anchors);
  if (recipients.length === 0 || (!broken && !latest)) return { mailed: 0, alerts: 0 };
  const row = await db.selectFrom('pemda').select(['name', 'time_zone']).where('id', '=', pemdaId).executeTakeFirstOrThrow();
  const pemda = { name: row.name, timeZone: row.time_zone, publicKeyPem: anchors.key.publicKeyPem };
  const compose = (language: Language, to: string[]) =>
    broken ? alertFor(language, to, broken, pemda) : latest && messageFor(language, to, latest, pemda);
  const byLanguage = new Map<Language, Set<string>>();
  for (const r of recipients) byLanguage.set(r.language, (byLanguage.get(r.language) ?? new Set()).add(r.email));
  const messages = [...byLanguage].flatMap(([language, to]) => compose(language, [...to]) ?? []);
  await enqueueEmails(db, pemdaId, messages);
  return broken ? { mailed: 0, alerts: recipients.length } : { mailed: recipients.length, alerts: 0 };
}
