import type { Ticket } from '@sigap/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWith, textOf } from '../../test/render';
import { SopSteps } from './SopSteps';

const at = (h: number) => `2026-03-02T0${h}:00:00.000Z`;
const sop: Ticket['sop'] = {
  flow: 'A',
  current: 'A.4',
  ended: null,
  steps: [
    { step: 'A.1', phase: 'submit', state: 'done', startedAt: at(1), endedAt: at(1), dueAt: at(9), met: true, rounds: 1 },
    { step: 'A.2', phase: 'triage', state: 'done', startedAt: at(1), endedAt: at(2), dueAt: at(9), met: true, rounds: 1 },
    { step: 'A.3', phase: 'plan', state: 'done', startedAt: at(2), endedAt: at(3), dueAt: at(2), met: false, rounds: 1 },
    {
      step: 'A.4',
      phase: 'deliver',
      state: 'current',
      startedAt: at(3),
      endedAt: null,
      dueAt: '2099-01-01T00:00:00.000Z',
      met: null,
      rounds: 2,
    },
    { step: 'A.5', phase: 'survey', state: 'upcoming', startedAt: null, endedAt: null, dueAt: null, met: null, rounds: 0 },
    { step: 'A.6', phase: 'document', state: 'upcoming', startedAt: null, endedAt: null, dueAt: null, met: null, rounds: 0 },
  ],
  plan: { executor: 'vendor', executorName: 'CV Maju', deliveryDays: 3, workOrderNumber: 'SPMK/INC-2026-000001/1', attachmentId: 'a1' },
};

describe('SopSteps', () => {
  it('lists the steps in order, marks the current one for screen readers, and offers the work order', async () => {
    await renderWith(<SopSteps recordId="r1" sop={sop} timeZone="Asia/Jakarta" />, { namespaces: ['tickets'] });
    const items = screen.getAllByRole('listitem');
    expect(items.map((i) => i.dataset.step)).toEqual(['A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'A.6']);
    expect(items.filter((i) => i.getAttribute('aria-current') === 'step').map((i) => i.dataset.step)).toEqual(['A.4']);
    expect(textOf(screen.getByTestId('sop-current'))).toBe('Sekarang pada tahap A.4');
    expect(textOf(items[2])).toContain('melewati batas waktu');
    expect(textOf(items[3])).toContain('putaran ke-2');
    expect(textOf(items[3])).toContain('Pemberian layanan');
    const link = screen.getByRole('link', { name: 'Unduh SPMK SPMK/INC-2026-000001/1' });
    expect(link.getAttribute('href')).toBe('/api/v1/records/r1/attachments/a1');
    expect(textOf(screen.getByText(/Dengan rekanan/))).toBe('Dengan rekanan: CV Maju · 3 hari kerja');
  });

  it('speaks English and offers no download without a document', async () => {
    await renderWith(
      <SopSteps
        recordId="r1"
        sop={{ ...sop, plan: { executor: 'internal', executorName: null, deliveryDays: 3, workOrderNumber: null, attachmentId: null } }}
        timeZone="Asia/Jakarta"
      />,
      {
        namespaces: ['tickets'],
        language: 'en',
      },
    );
    expect(textOf(screen.getByTestId('sop-current'))).toBe('Now at step A.4');
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/Without a service provider/)).toBeTruthy();
  });
});
