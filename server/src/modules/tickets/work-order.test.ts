import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { workOrderPdf, type WorkOrder } from './work-order';

/** The text a page draws: its content streams inflated, each shown string (hex, WinAnsi) decoded. */
function pageText(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  return streams
    .filter((s) => s instanceof PDFRawStream)
    .map((s) => inflateSync(s.getContents()).toString('latin1'))
    .flatMap((ops) => [...ops.matchAll(/<([0-9A-Fa-f]*)> Tj/g)].map((m) => Buffer.from(m[1] ?? '', 'hex').toString('latin1')))
    .join('\n');
}

const order: WorkOrder = {
  number: 'SPMK/OPR-2026-000007/1',
  pemdaName: 'Kota Contoh',
  providerPdName: 'Dinas Komunikasi dan Informatika',
  ticket: {
    number: 'OPR-2026-000007',
    title: 'Pemeliharaan server VPS aplikasi kepegawaian',
    description: 'Pembaruan sistem operasi dan penggantian cakram yang rusak.',
    serviceName: 'Pusat Data dan Layanan VPS',
    priority: 'P4',
    kindLabel: 'Permohonan Pengoperasian Layanan',
  },
  executor: 'vendor',
  executorName: 'CV Data Nusantara',
  plan: 'Ganti cakram RAID pada host 2.\nPerbarui kernel dan mulai ulang VM pada jam sepi. Emoji 🚀 tidak dapat dicetak.',
  deliveryDays: 3,
  dueAt: new Date('2026-01-06T09:00:00Z'),
  issuedBy: 'Tier Dua Diskominfo',
  // Thursday 1 January 2026, 14:30 WIB.
  issuedAt: new Date('2026-01-01T07:30:00Z'),
  timeZone: 'Asia/Jakarta',
};

describe('the work order PDF (SPMK)', () => {
  it('names the order, the ticket, the executor and the plan, with Indonesian dates in the Pemda zone', async () => {
    const bytes = await workOrderPdf(order);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Surat Perintah Melaksanakan Pekerjaan SPMK/OPR-2026-000007/1');
    expect(doc.getSubject()).toContain('OPR-2026-000007');
    expect(doc.getPageCount()).toBe(1);
    const text = doc.getPages().map(pageText).join('\n');
    expect(text).toContain('SURAT PERINTAH MELAKSANAKAN PEKERJAAN');
    expect(text).toContain('Nomor: SPMK/OPR-2026-000007/1');
    expect(text).toContain('PEMERINTAH KOTA CONTOH');
    expect(text).toContain('Pelaksana: Rekanan Penyedia Barang dan Jasa');
    expect(text).toContain('Nama: CV Data Nusantara');
    expect(text).toContain('Ganti cakram RAID pada host 2.');
    expect(text).toContain('Dikeluarkan pada Kamis, 1 Januari 2026 · 14.30 WIB');
    expect(text).toContain('paling lambat Selasa, 6 Januari 2026 · 16.00 WIB');
    // A character the standard font cannot encode is replaced, not a failure.
    expect(text).toContain('Emoji ? tidak dapat dicetak.');
  });

  it('continues a long plan on further pages', async () => {
    const long = { ...order, plan: Array.from({ length: 120 }, (_, i) => `Langkah ${i + 1}: periksa dan catat hasilnya.`).join('\n') };
    const doc = await PDFDocument.load(await workOrderPdf(long));
    expect(doc.getPageCount()).toBeGreaterThan(1);
    expect(doc.getPages().map(pageText).join('\n')).toContain('Langkah 120: periksa dan catat hasilnya.');
  });
});
