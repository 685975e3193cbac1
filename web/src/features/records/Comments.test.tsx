import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWith } from '../../test/render';
import { Comments } from './Comments';

type Send = (body: string, visibility: 'public' | 'internal') => Promise<unknown>;
const RECORD = '0b7f0a52-8d55-4a5e-9d62-2b0f2a0b0003';

describe('Comments', () => {
  it('writes an internal note by default for an agent, a reply to the reporter when chosen', async () => {
    const user = userEvent.setup({ delay: null });
    const send = vi.fn<Send>().mockResolvedValue(undefined);
    await renderWith(<Comments recordId={RECORD} agent send={send} />);
    const internal = screen.getByRole('radio', { name: 'Catatan internal' });
    const reply = screen.getByRole('radio', { name: 'Balas ke pelapor' });
    expect(internal).toHaveProperty('checked', true);
    expect(reply).toHaveProperty('checked', false);

    await user.type(screen.getByRole('textbox', { name: 'Catatan internal' }), 'Cek log server');
    await user.click(screen.getByRole('button', { name: 'Simpan catatan' }));
    expect(send).toHaveBeenLastCalledWith('Cek log server', 'internal');

    await user.click(reply);
    await user.type(screen.getByRole('textbox', { name: 'Pesan' }), 'Sedang kami tangani');
    await user.click(screen.getByRole('button', { name: 'Kirim balasan' }));
    expect(send).toHaveBeenLastCalledWith('Sedang kami tangani', 'public');
  });

  it('lets a reporter write public replies only', async () => {
    const user = userEvent.setup({ delay: null });
    const send = vi.fn<Send>().mockResolvedValue(undefined);
    await renderWith(<Comments recordId={RECORD} agent={false} send={send} />);
    expect(screen.queryByRole('radio')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Pesan' }), 'Masih galat');
    await user.click(screen.getByRole('button', { name: 'Kirim komentar' }));
    expect(send).toHaveBeenCalledWith('Masih galat', 'public');
  });

  it('keeps the draft across a reload and a failed send, and forgets it once sent', async () => {
    const user = userEvent.setup({ delay: null });
    const send = vi.fn<Send>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const first = await renderWith(<Comments recordId={RECORD} agent send={send} />);
    await user.type(screen.getByRole('textbox', { name: 'Catatan internal' }), 'Draf yang panjang');
    first.unmount();

    await renderWith(<Comments recordId={RECORD} agent send={send} />);
    const box = screen.getByRole('textbox', { name: 'Catatan internal' });
    expect(box).toHaveProperty('value', 'Draf yang panjang');

    await user.click(screen.getByRole('button', { name: 'Simpan catatan' }));
    expect(send).toHaveBeenCalledOnce();
    expect(box).toHaveProperty('value', 'Draf yang panjang');

    await user.click(screen.getByRole('button', { name: 'Simpan catatan' }));
    expect(send).toHaveBeenCalledTimes(2);
    expect(box).toHaveProperty('value', '');
    expect(localStorage.getItem(`sigap.draft.${RECORD}`)).toBeNull();
  });

  it('keeps one draft per record', async () => {
    const user = userEvent.setup({ delay: null });
    const view = await renderWith(<Comments recordId={RECORD} agent={false} send={vi.fn<Send>()} />);
    await user.type(screen.getByRole('textbox', { name: 'Pesan' }), 'untuk catatan pertama');
    view.unmount();
    await renderWith(<Comments recordId="another" agent={false} send={vi.fn<Send>()} />);
    expect(screen.getByRole('textbox', { name: 'Pesan' })).toHaveProperty('value', '');
  });
});
