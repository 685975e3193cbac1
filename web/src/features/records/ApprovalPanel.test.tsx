import type { Approval } from '@sigap/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWith, textOf } from '../../test/render';
import { ApprovalSteps } from './ApprovalPanel';

const decision = (verified: boolean, userName: string): Approval['decisions'][number] => ({
  id: crypto.randomUUID(),
  userName,
  decision: 'approved',
  reason: 'Sesuai kebutuhan unit.',
  decidedAt: '2026-03-02T03:04:00.000Z',
  algorithm: 'Ed25519',
  signature: 'c2lnbmF0dXJl',
  verified,
});

const step = (over: Partial<Approval>): Approval => ({
  id: crypto.randomUUID(),
  step: 1,
  purpose: 'ticket.request',
  approverRoles: ['pj_layanan', 'pimpinan_pd'],
  scopePdName: 'Dinas Komunikasi dan Informatika',
  deciders: [{ name: 'Sri Wahyuni, S.Kom.', role: 'pj_layanan' }],
  quorum: 1,
  status: 'pending',
  decisions: [],
  canDecide: false,
  ...over,
});

describe('ApprovalSteps', () => {
  it('shows each decision with who, when, why and whether its signature verifies', async () => {
    const approvals = [
      step({ status: 'approved', decisions: [decision(true, 'Sri Wahyuni'), decision(false, 'Bambang Sutrisno')], quorum: 2 }),
    ];
    await renderWith(<ApprovalSteps approvals={approvals} timeZone="Asia/Jakarta" />);
    const [good, bad] = screen.getAllByTestId('approval-decision');
    expect(textOf(good)).toContain('Sri Wahyuni');
    expect(textOf(good)).toContain('Sesuai kebutuhan unit.');
    expect(textOf(good)).toContain('Tanda tangan terverifikasi');
    expect(textOf(bad)).toContain('Tanda tangan tidak valid');
    expect(textOf(screen.getByTestId('approval-step'))).toContain('Langkah 1: Persetujuan permintaan layanan');
    expect(textOf(screen.getByTestId('approval-step'))).toContain('Penanggung Jawab Penyedia Layanan');
    // Nobody may decide this step: no form.
    expect(screen.queryByRole('button', { name: 'Setujui' })).toBeNull();
  });

  it('requires a reason before approving or rejecting', async () => {
    const user = userEvent.setup({ delay: null });
    const onDecide = vi.fn();
    await renderWith(<ApprovalSteps approvals={[step({ canDecide: true })]} timeZone="Asia/Jakarta" onDecide={onDecide} />);
    const reason = screen.getByRole('textbox', { name: /Alasan/ });
    expect(reason.getAttribute('required')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Setujui' }));
    await user.type(reason, 'ok');
    await user.click(screen.getByRole('button', { name: 'Tolak' }));
    expect(onDecide).not.toHaveBeenCalled();
    expect(screen.getByText('Tuliskan alasan (minimal 3 huruf).')).toBeDefined();

    await user.type(reason, 'e, anggaran tersedia');
    await user.click(screen.getByRole('button', { name: 'Setujui' }));
    expect(onDecide).toHaveBeenCalledWith('approved', 'oke, anggaran tersedia');
  });

  it('shows the state in English too', async () => {
    await renderWith(<ApprovalSteps approvals={[step({ decisions: [decision(false, 'Sri')] })]} timeZone="Asia/Jakarta" />, {
      language: 'en',
    });
    expect(screen.getByText('Signature not valid')).toBeDefined();
    expect(screen.getByText('Awaiting a decision')).toBeDefined();
  });

  it('names who must decide an open step, and warns when nobody may', async () => {
    await renderWith(
      <ApprovalSteps
        approvals={[step({}), step({ step: 2, status: 'waiting', deciders: [], scopePdName: 'Badan Kepegawaian' })]}
        timeZone="Asia/Jakarta"
      />,
    );
    const [named, nobody] = screen.getAllByTestId('approval-deciders');
    expect(textOf(named)).toBe('Yang harus memutuskan: Sri Wahyuni, S.Kom. (Penanggung Jawab Penyedia Layanan)');
    expect(textOf(nobody)).toContain('Belum ada pejabat yang dapat memutuskan langkah ini.');
    expect(textOf(screen.getAllByTestId('approval-step')[1])).toContain('— Badan Kepegawaian');
  });
});
