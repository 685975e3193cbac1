import { z } from 'zod';
import { formatDateTimeLong, type Language } from './format';

const ref = { number: z.string(), title: z.string() };
const withText = z.object({ ...ref, text: z.string() });

interface Words<P> {
  title(p: P): string;
  body(p: P, at: (iso: string) => string): string;
}

/** One notice: the parameters it stores and its words in each language. */
function notice<S extends z.ZodType>(schema: S, words: Record<Language, Words<z.output<S>>>) {
  return {
    schema,
    render(params: unknown, language: Language, at: (iso: string) => string): { title: string; body: string } | null {
      const parsed = schema.safeParse(params);
      if (!parsed.success) return null;
      const w = words[language];
      return { title: w.title(parsed.data), body: w.body(parsed.data, at) };
    },
  };
}

const text = (p: { text: string }) => p.text;
const title = (p: { title: string }) => p.title;

/**
 * Every notice the server sends (in-app and e-mail) is stored as one of these codes with its
 * parameters and put into words only when a person reads it, in their language and zone.
 */
const CATALOG = {
  'ticket.new': notice(z.object({ ...ref, priority: z.string(), service: z.string(), respondBy: z.string() }), {
    id: {
      title: (p) => `${p.number} ${p.priority}: ${p.title}`,
      body: (p, at) => `Tiket baru untuk layanan ${p.service}. Tanggapi sebelum ${at(p.respondBy)}.`,
    },
    en: {
      title: (p) => `${p.number} ${p.priority}: ${p.title}`,
      body: (p, at) => `New ticket for ${p.service}. Respond by ${at(p.respondBy)}.`,
    },
  }),
  'ticket.approval_needed': notice(z.object({ ...ref, priority: z.string(), service: z.string(), respondBy: z.string() }), {
    id: {
      title: (p) => `${p.number} ${p.priority}: ${p.title}`,
      body: (p, at) => `Permintaan untuk layanan ${p.service} menunggu persetujuan. Tanggapi sebelum ${at(p.respondBy)}.`,
    },
    en: {
      title: (p) => `${p.number} ${p.priority}: ${p.title}`,
      body: (p, at) => `A request for ${p.service} awaits approval. Respond by ${at(p.respondBy)}.`,
    },
  }),
  'ticket.assigned': notice(z.object(ref), {
    id: { title: (p) => `${p.number} ditugaskan kepada Anda`, body: title },
    en: { title: (p) => `${p.number} was assigned to you`, body: title },
  }),
  'ticket.reporter_replied': notice(withText, {
    id: { title: (p) => `${p.number}: tanggapan pelapor`, body: text },
    en: { title: (p) => `${p.number}: the reporter replied`, body: text },
  }),
  'ticket.agent_replied': notice(withText, {
    id: { title: (p) => `${p.number}: pesan dari petugas`, body: text },
    en: { title: (p) => `${p.number}: a message from the service desk`, body: text },
  }),
  'ticket.waiting_user': notice(withText, {
    id: { title: (p) => `${p.number}: petugas menunggu tanggapan Anda`, body: text },
    en: { title: (p) => `${p.number}: the service desk awaits your reply`, body: text },
  }),
  'ticket.escalated_tier': notice(withText, {
    id: { title: (p) => `${p.number} dieskalasi ke Service Desk Tier 2`, body: text },
    en: { title: (p) => `${p.number} was escalated to Service Desk Tier 2`, body: text },
  }),
  'ticket.escalated_line': notice(withText, {
    id: { title: (p) => `${p.number} dieskalasi ke Administrator Infrastruktur dan Aplikasi`, body: text },
    en: { title: (p) => `${p.number} was escalated to the Infrastructure and Application Administrator`, body: text },
  }),
  'ticket.escalated_level': notice(z.object({ ...ref, text: z.string(), level: z.number().int() }), {
    id: { title: (p) => `${p.number} dieskalasi ke level ${p.level}`, body: text },
    en: { title: (p) => `${p.number} was escalated to level ${p.level}`, body: text },
  }),
  'ticket.sla_warning': notice(z.object({ ...ref, level: z.number().int() }), {
    id: { title: (p) => `${p.number} eskalasi level ${p.level}: target hampir melewati batas waktu`, body: title },
    en: { title: (p) => `${p.number} escalated to level ${p.level}: its target is about to be missed`, body: title },
  }),
  'ticket.sla_breach': notice(z.object({ ...ref, level: z.number().int() }), {
    id: { title: (p) => `${p.number} eskalasi level ${p.level}: target melewati batas waktu`, body: title },
    en: { title: (p) => `${p.number} escalated to level ${p.level}: its target was missed`, body: title },
  }),
  'ticket.approved': notice(z.object(ref), {
    id: { title: (p) => `${p.number} disetujui`, body: title },
    en: { title: (p) => `${p.number} was approved`, body: title },
  }),
  'ticket.rejected': notice(withText, {
    id: { title: (p) => `${p.number} ditolak`, body: text },
    en: { title: (p) => `${p.number} was rejected`, body: text },
  }),
  'ticket.resolved': notice(z.object({ ...ref, text: z.string(), trackingCode: z.string().nullable() }), {
    id: {
      title: (p) => `${p.number} telah diselesaikan — mohon konfirmasi`,
      body: (p) =>
        `${p.text}\n\nMohon konfirmasi penyelesaian dan isi survei kepuasan${p.trackingCode ? ` dengan kode pelacakan ${p.trackingCode}` : ''}.`,
    },
    en: {
      title: (p) => `${p.number} was resolved — please confirm`,
      body: (p) =>
        `${p.text}\n\nPlease confirm the resolution and answer the survey${p.trackingCode ? ` with tracking code ${p.trackingCode}` : ''}.`,
    },
  }),
  'ticket.unsatisfied': notice(withText, {
    id: { title: (p) => `${p.number}: pelapor tidak puas`, body: text },
    en: { title: (p) => `${p.number}: the reporter is not satisfied`, body: text },
  }),
  // Nobody can move it (issue 17, item 5): the Koordinator Service Desk takes over.
  'ticket.no_one_to_act': notice(z.object({ ...ref, service: z.string(), reason: z.enum(['desk', 'approval']), pd: z.string() }), {
    id: {
      title: (p) => `${p.number}: tidak ada petugas layanan — mohon ditangani`,
      body: (p) =>
        p.reason === 'desk'
          ? `Tiket layanan ${p.service} masuk ke Service Desk ${p.pd} yang belum memiliki petugas layanan. Ambil atau tugaskan tiket ini.`
          : `Permintaan layanan ${p.service} menunggu persetujuan, tetapi ${p.pd} belum memiliki pejabat pemberi persetujuan. Minta Administrator Pemda menetapkannya.`,
    },
    en: {
      title: (p) => `${p.number}: nobody to act — please take it`,
      body: (p) =>
        p.reason === 'desk'
          ? `A ticket for ${p.service} reached the service desk of ${p.pd}, which has no agents. Take it or assign it.`
          : `A request for ${p.service} awaits approval, but ${p.pd} has no approver. Ask the Pemda's administrator to name one.`,
    },
  }),
  // The daily staffing check to administrators (item 5).
  'staffing.gaps': notice(
    z.object({ desks: z.number().int(), approvals: z.number().int(), waiting: z.number().int(), pds: z.array(z.string()) }),
    {
      id: {
        title: (p) => `Pemeriksaan petugas layanan: ${p.desks} Service Desk dan ${p.approvals} langkah persetujuan tanpa petugas`,
        body: (p) =>
          `Perangkat Daerah: ${p.pds.join(', ')}.${p.waiting > 0 ? ` ${p.waiting} tiket terbuka menunggu di sana.` : ''} ` +
          'Tetapkan petugas di halaman Pengguna & Peran.',
      },
      en: {
        title: (p) => `Staffing check: ${p.desks} service desks and ${p.approvals} approval steps with nobody to act`,
        body: (p) =>
          `Perangkat Daerah: ${p.pds.join(', ')}.${p.waiting > 0 ? ` ${p.waiting} open tickets wait there.` : ''} ` +
          'Give them staff on the Users & roles page.',
      },
    },
  ),
  'record.assigned': notice(z.object(ref), {
    id: { title: (p) => `${p.number} ditugaskan kepada Anda`, body: title },
    en: { title: (p) => `${p.number} was assigned to you`, body: title },
  }),
  'record.commented': notice(withText, {
    id: { title: (p) => `${p.number}: komentar baru`, body: text },
    en: { title: (p) => `${p.number}: new comment`, body: text },
  }),
  'record.status_changed': notice(z.object({ ...ref, status: z.string() }), {
    id: { title: (p) => `${p.number}: status berubah`, body: title },
    en: { title: (p) => `${p.number}: status changed`, body: title },
  }),
  'approval.requested': notice(z.object(ref), {
    id: { title: (p) => `${p.number} menunggu persetujuan Anda`, body: title },
    en: { title: (p) => `${p.number} awaits your approval`, body: title },
  }),
  legacy: notice(z.object({ title: z.string(), body: z.string() }), {
    id: { title: (p) => p.title, body: (p) => p.body },
    en: { title: (p) => p.title, body: (p) => p.body },
  }),
};

export type NoticeCode = keyof typeof CATALOG;
/** A notice as the server stores it: its code and the parameters that code declares. */
export type Notice = { [C in NoticeCode]: { code: C; params: z.input<(typeof CATALOG)[C]['schema']> } }[NoticeCode];

const isNoticeCode = (code: string): code is NoticeCode => Object.hasOwn(CATALOG, code);

/** A stored notice in words for one reader; one whose parameters no longer fit reads as its code. */
export function renderNotice(code: string, params: unknown, language: Language, timeZone: string): { title: string; body: string } {
  const at = (iso: string) => formatDateTimeLong(iso, language, timeZone);
  return (isNoticeCode(code) ? CATALOG[code].render(params, language, at) : null) ?? { title: code, body: '' };
}
