import type { RecordLink, TimelineEvent } from '@sigap/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWith, textOf } from '../../test/render';
import { Timeline } from './Timeline';

const at = '2026-03-02T03:04:00.000Z';
let nextId = 1;
function entry(type: TimelineEvent['type'], data: unknown, more: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id: nextId++, at, actorName: 'Yuni Astuti', type, visibility: 'public', body: null, data, ...more };
}

const PROBLEM = '0b7f0a52-8d55-4a5e-9d62-2b0f2a0b0001';
const events: TimelineEvent[] = [
  entry('created', { priority: 'P2', tier: 1, status: 'new' }),
  entry('link_added', { recordId: PROBLEM, number: 'PRB-2026-000001', linkType: 'caused_by' }, { visibility: 'internal' }),
  entry('approval_decided', { step: 1, decision: 'approved', signatureId: 'sig-1' }),
  entry('reopened', { unsatisfied: true }),
  entry('sla_warning', { level: 2, automatic: true }),
  entry('sla_breach', { level: 3, automatic: false }),
  entry('auto_closed', null),
  entry('known_error_published', null, { body: 'Mulai ulang layanan surel.' }),
  entry('analysed', { field: 'cause' }, { visibility: 'internal' }),
  entry('comment', null, { visibility: 'internal', body: 'Cek log server dulu.' }),
  entry('comment', null, { body: 'Sedang kami periksa.' }),
];

function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected element not found');
  return value;
}

const items = () => screen.getAllByTestId('timeline-item');
const item = (type: string) => items().filter((i) => i.dataset.type === type);

describe('Timeline', () => {
  it('says every entry in Bahasa Indonesia from its type and data', async () => {
    await renderWith(<Timeline events={events} timeZone="Asia/Jakarta" />);
    expect(items()).toHaveLength(events.length);
    expect(textOf(item('created')[0])).toContain('Prioritas P2 · Tier 1');
    expect(textOf(item('link_added')[0])).toContain('Ditautkan ke PRB-2026-000001 (disebabkan oleh)');
    expect(textOf(item('approval_decided')[0])).toContain('Langkah 1: disetujui');
    expect(textOf(item('reopened')[0])).toContain('Pelapor tidak puas dengan penyelesaian');
    expect(textOf(item('sla_warning')[0])).toContain('Peringatan target');
    expect(textOf(item('sla_warning')[0])).toContain('Level 2 (otomatis)');
    expect(textOf(item('sla_breach')[0])).toContain('Melewati batas waktu');
    expect(textOf(item('sla_breach')[0])).toContain('Level 3');
    expect(textOf(item('auto_closed')[0])).toContain('Ditutup otomatis');
    expect(textOf(item('known_error_published')[0])).toContain('Galat diketahui diterbitkan');
    expect(textOf(item('known_error_published')[0])).toContain('Mulai ulang layanan surel.');
    expect(textOf(item('analysed')[0])).toContain('Dicatat: Akar masalah');
  });

  it('says them in English for an English reader', async () => {
    await renderWith(<Timeline events={events} timeZone="Asia/Jakarta" />, { language: 'en' });
    expect(textOf(item('link_added')[0])).toContain('Linked to PRB-2026-000001 (caused by)');
    expect(textOf(item('approval_decided')[0])).toContain('Step 1: approved');
    expect(textOf(item('reopened')[0])).toContain('The reporter was not satisfied with the resolution');
    expect(textOf(item('sla_warning')[0])).toContain('Level 2 (automatic)');
    expect(textOf(item('auto_closed')[0])).toContain('Closed automatically');
    expect(textOf(item('analysed')[0])).toContain('Recorded: Root cause');
    expect(screen.getByText('Internal note')).toBeDefined();
  });

  it('names a link from this side when the record still has it', async () => {
    const links: RecordLink[] = [
      {
        id: '0b7f0a52-8d55-4a5e-9d62-2b0f2a0b0002',
        name: 'causes',
        record: { id: PROBLEM, kind: 'problem', number: 'PRB-2026-000001', title: 'Surel lambat', status: 'analysis' },
        createdAt: at,
      },
    ];
    await renderWith(<Timeline events={events} timeZone="Asia/Jakarta" links={links} />);
    expect(textOf(item('link_added')[0])).toContain('Ditautkan ke PRB-2026-000001 (menyebabkan)');
  });

  it('sets internal notes apart with words, not colour alone', async () => {
    await renderWith(<Timeline events={events} timeZone="Asia/Jakarta" />);
    const [note] = item('comment').filter((i) => i.dataset.visibility === 'internal');
    const [reply] = item('comment').filter((i) => i.dataset.visibility === 'public');
    expect(within(present(note)).getByText('Catatan internal')).toBeDefined();
    expect(textOf(note)).toContain('Cek log server dulu.');
    expect(within(present(reply)).queryByText('Catatan internal')).toBeNull();
    expect(textOf(reply)).toContain('Komentar');
    // Other entries only agents see say so too.
    expect(within(present(item('link_added')[0])).getByText('Hanya petugas')).toBeDefined();
  });

  it('names statuses through the kind', async () => {
    const names: Record<string, string> = { new: 'Baru', analysis: 'Analisis' };
    await renderWith(
      <Timeline events={[entry('status', { from: 'new', to: 'analysis' })]} timeZone="Asia/Jakarta" statusName={(s) => names[s] ?? s} />,
    );
    expect(textOf(item('status')[0])).toContain('Baru → Analisis');
  });

  it('names the actor of a public page’s entry by role', async () => {
    const publicEntries = [
      { id: 1, at, actorRole: 'reporter' as const, type: 'created' as const, visibility: 'public' as const, body: null, data: null },
      {
        id: 2,
        at,
        actorRole: 'staff' as const,
        type: 'comment' as const,
        visibility: 'public' as const,
        body: 'Sedang kami periksa.',
        data: null,
      },
    ];
    await renderWith(<Timeline events={publicEntries} timeZone="Asia/Jakarta" />);
    expect(textOf(item('created')[0])).toContain('Pelapor');
    expect(textOf(item('comment')[0])).toContain('Petugas layanan');
  });
});
