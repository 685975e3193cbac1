import type { TicketRecordReceipt } from '@sigap/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWith, textOf } from '../../test/render';
import { RecordReceipt } from './RecordReceipt';

const receipt: TicketRecordReceipt = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  number: 'INC-2026-000042',
  kind: 'incident',
  status: 'new',
  serviceName: 'Surat Elektronik Dinas (E-mail)',
  handlingPdId: '0190a0b0-0000-7000-8000-000000000002',
  handlingPdName: 'Dinas Komunikasi dan Informatika',
  tier: 2,
  fallback: null,
  reportedAt: '2026-05-13T07:30:00.000Z',
  responseDueAt: '2026-05-13T08:30:00.000Z',
  trackingCode: 'ABCD2345EF',
  canOpen: false,
};

describe('RecordReceipt', () => {
  it('gives the recorder the number, the desk, the times in the Pemda’s zone and the caller’s tracking code for a desk it cannot open', async () => {
    const onAnother = vi.fn();
    await renderWith(<RecordReceipt receipt={receipt} timeZone="Asia/Jakarta" onAnother={onAnother} />, {
      namespaces: ['common', 'records', 'tickets'],
    });
    const card = screen.getByTestId('record-receipt');
    expect(textOf(screen.getByTestId('receipt-number'))).toBe('INC-2026-000042');
    expect(textOf(screen.getByTestId('receipt-tracking-code'))).toBe('ABCD2345EF');
    expect(textOf(card)).toContain('Dinas Komunikasi dan Informatika · Tier 2');
    expect(textOf(card)).toContain('Rabu, 13 Mei 2026 · 14.30 WIB');
    expect(textOf(card)).toContain('antreannya tidak dapat Anda buka');
    // No link to a page it cannot open; recording the next call is the way on.
    expect(screen.queryByRole('link', { name: 'Buka tiket' })).toBeNull();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Catat laporan lain' }));
    expect(onAnother).toHaveBeenCalledOnce();
  });

  it('says where a ticket went when its desk had nobody', async () => {
    await renderWith(<RecordReceipt receipt={{ ...receipt, fallback: 'tier2' }} timeZone="Asia/Makassar" onAnother={() => undefined} />, {
      language: 'en',
      namespaces: ['common', 'records', 'tickets'],
    });
    const card = textOf(screen.getByTestId('record-receipt'));
    expect(card).toContain('went to Service Desk Tier 2 at Diskominfo');
    expect(card).toContain('Wednesday, 13 May 2026 · 15:30 WITA');
  });
});
