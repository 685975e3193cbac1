import { formatDateTimeLong } from '@sigap/core';
import { breakTextIntoLines, PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** What a work order (*Surat Perintah Melaksanakan Pekerjaan*, Bantul SOP A.3/B.3) says. */
export interface WorkOrder {
  number: string;
  pemdaName: string;
  providerPdName: string;
  ticket: { number: string; title: string; description: string; serviceName: string; priority: string; kindLabel: string };
  executor: 'technical_team' | 'vendor';
  executorName: string;
  plan: string;
  deliveryDays: number;
  dueAt: Date | null;
  issuedBy: string;
  issuedAt: Date;
  timeZone: string;
}

const EXECUTOR = { technical_team: 'Tim Teknis', vendor: 'Rekanan Penyedia Barang dan Jasa' } as const;
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const SIZE = 11;
const LEADING = 15;

/** Writes lines top to bottom, starting a new page when one is full. */
class Writer {
  private page: PDFPage;
  private y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.page = doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  /** Text the standard font cannot encode (WinAnsi) is shown as "?" rather than failing the order. */
  private encodable(text: string, font: PDFFont): string {
    const known = new Set(font.getCharacterSet());
    return text
      .normalize('NFC')
      .replace(/\t/g, ' ')
      .replace(/./gsu, (c) => (known.has(c.codePointAt(0) ?? 0) ? c : '?'));
  }

  text(text: string, options: { bold?: boolean; size?: number; center?: boolean; indent?: number } = {}) {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const size = options.size ?? SIZE;
    const indent = options.indent ?? 0;
    const width = A4.width - 2 * MARGIN - indent;
    for (const paragraph of text.split(/\r?\n/)) {
      const lines = breakTextIntoLines(this.encodable(paragraph, font), [' ', '-'], width, (t) => font.widthOfTextAtSize(t, size));
      for (const line of lines.length ? lines : ['']) {
        if (this.y < MARGIN + LEADING) {
          this.page = this.doc.addPage([A4.width, A4.height]);
          this.y = A4.height - MARGIN;
        }
        const x = options.center ? (A4.width - font.widthOfTextAtSize(line, size)) / 2 : MARGIN + indent;
        this.page.drawText(line, { x, y: this.y, size, font });
        this.y -= size > SIZE ? size + 6 : LEADING;
      }
    }
  }

  gap(lines = 1) {
    this.y -= LEADING * lines;
  }

  rule() {
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 8 }, end: { x: A4.width - MARGIN, y: this.y + 8 }, thickness: 1 });
    this.gap(0.5);
  }
}

/** The work order as a PDF (A4), dates in Bahasa Indonesia in the Pemda's zone. */
export async function workOrderPdf(order: WorkOrder): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Surat Perintah Melaksanakan Pekerjaan ${order.number}`);
  doc.setSubject(`${order.ticket.number} — ${order.ticket.title}`);
  doc.setAuthor(order.issuedBy);
  doc.setKeywords(['SPMK', order.number, order.ticket.number]);
  doc.setCreator('Sigap — Sistem Aplikasi Manajemen Layanan SPBE');
  doc.setProducer('Sigap');
  doc.setLanguage('id-ID');
  doc.setCreationDate(order.issuedAt);
  doc.setModificationDate(order.issuedAt);
  const w = new Writer(doc, {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  });
  const when = (at: Date) => formatDateTimeLong(at, 'id', order.timeZone);

  w.text(`PEMERINTAH ${order.pemdaName.toUpperCase()}`, { bold: true, size: 13, center: true });
  w.text(order.providerPdName.toUpperCase(), { bold: true, center: true });
  w.rule();
  w.gap();
  w.text('SURAT PERINTAH MELAKSANAKAN PEKERJAAN', { bold: true, size: 13, center: true });
  w.text(`Nomor: ${order.number}`, { center: true });
  w.gap();
  w.text(`Dalam rangka penanganan tiket ${order.ticket.number} sesuai SOP Manajemen Layanan SPBE, dengan ini diperintahkan kepada:`);
  w.gap(0.5);
  w.text(`Pelaksana: ${EXECUTOR[order.executor]}`, { indent: 16 });
  w.text(`Nama: ${order.executorName}`, { indent: 16 });
  w.gap(0.5);
  w.text('untuk melaksanakan pekerjaan berikut:');
  w.gap(0.5);
  w.text(`Tiket: ${order.ticket.number} (${order.ticket.kindLabel})`, { indent: 16 });
  w.text(`Judul: ${order.ticket.title}`, { indent: 16 });
  w.text(`Layanan: ${order.ticket.serviceName}`, { indent: 16 });
  w.text(`Prioritas: ${order.ticket.priority}`, { indent: 16 });
  w.text(`Uraian: ${order.ticket.description.slice(0, 1500)}`, { indent: 16 });
  w.gap(0.5);
  w.text('Rencana kerja:', { bold: true });
  w.text(order.plan, { indent: 16 });
  w.gap(0.5);
  w.text(`Jangka waktu pelaksanaan: ${order.deliveryDays} hari kerja` + (order.dueAt ? `, paling lambat ${when(order.dueAt)}.` : '.'));
  w.text('Hasil pelaksanaan dilaporkan melalui tiket ini sebagai laporan pelaksanaan pekerjaan.');
  w.gap(2);
  w.text(`Dikeluarkan pada ${when(order.issuedAt)}`);
  w.text('Yang memerintahkan,');
  w.gap(2);
  w.text(order.issuedBy, { bold: true });
  return doc.save();
}
