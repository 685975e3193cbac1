import { ApiError } from '@sigap/api-client';
import { DEFAULT_POLICY, type ServiceDeskPolicy } from '@sigap/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWith } from '../../test/render';
import { PolicyForm } from './PolicyForm';

type Save = (policy: ServiceDeskPolicy) => Promise<unknown>;
const SHARE = 'Eskalasi otomatis pada (% waktu target)';

describe('PolicyForm', () => {
  it('refuses 0 % and 150 % on the field instead of clamping them, and saves nothing', { timeout: 90_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    const save = vi.fn<Save>().mockResolvedValue(undefined);
    await renderWith(<PolicyForm initial={DEFAULT_POLICY} save={save} />, { namespaces: ['common', 'sla'] });
    const share = screen.getByRole('textbox', { name: SHARE });
    for (const typed of ['0', '150']) {
      await user.clear(share);
      await user.type(share, typed);
      await user.tab();
      expect(share).toHaveProperty('value', typed);
      await user.click(screen.getByRole('button', { name: 'Simpan' }));
      expect(save).not.toHaveBeenCalled();
      expect(screen.getByText('Isi angka dari 10 sampai 99.')).toBeDefined();
    }
    await user.clear(share);
    await user.type(share, '80');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ escalationShare: 0.8 }));
    expect(screen.queryByText('Isi angka dari 10 sampai 99.')).toBeNull();
  });

  it('puts a refusal from the server on its field', { timeout: 60_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    const refusal = new ApiError({
      type: 'urn:sigap:problem:validation.failed',
      title: 'Data tidak valid',
      status: 400,
      detail: 'Data yang dikirim tidak valid.',
      code: 'validation.failed',
      errors: [{ path: 'body.policy.responseMinutes.P2', message: 'Terlalu besar untuk target tanggapan.' }],
    });
    const save = vi.fn<Save>().mockRejectedValue(refusal);
    await renderWith(<PolicyForm initial={DEFAULT_POLICY} save={save} />, { namespaces: ['common', 'sla'] });
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(save).toHaveBeenCalledOnce();
    expect(screen.getByRole('textbox', { name: 'P2' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Terlalu besar untuk target tanggapan.')).toBeDefined();
  });
});
