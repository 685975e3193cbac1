import { problemWorkflow, ticketWorkflow } from '@sigap/core';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWith } from '../../test/render';
import { useProblemActionLabels } from '../problems/labels';
import { useTicketActionLabels } from '../tickets/labels';
import { ActionPanel } from './ActionPanel';

type Run = (action: string, values: Record<string, string | number>) => Promise<unknown>;

function ProblemActions({ allowed, onRun, layout }: { allowed: string[]; onRun: Run; layout?: 'menu' | 'buttons' }) {
  return <ActionPanel workflow={problemWorkflow} allowed={allowed} labels={useProblemActionLabels()} onRun={onRun} layout={layout} />;
}

/** A test that finds nothing where it expected an element stops here. */
function missing(): never {
  throw new Error('expected element not found');
}

const panel = () => screen.getByRole('region', { name: 'Tindakan' });

describe('ActionPanel', () => {
  it('offers only the allowed actions: the primary one as a button, the rest in a menu', async () => {
    const user = userEvent.setup({ delay: null });
    await renderWith(<ProblemActions allowed={['start_analysis', 'assign', 'record_analysis', 'not_declared']} onRun={vi.fn()} />, {
      namespaces: ['common', 'records', 'problems'],
    });
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toEqual(['Mulai analisis', 'Tindakan lain']);
    await user.click(screen.getByRole('button', { name: 'Tindakan lain' }));
    const items = (await screen.findAllByRole('menuitem')).map((i) => i.textContent);
    expect(items).toEqual(['Tugaskan', 'Catat analisis']);
    expect(screen.queryByText('Terbitkan galat diketahui')).toBeNull();
    expect(screen.queryByText('not_declared')).toBeNull();
  });

  it('runs an action without fields with one click', async () => {
    const user = userEvent.setup({ delay: null });
    const onRun = vi.fn<Run>().mockResolvedValue(undefined);
    await renderWith(<ProblemActions allowed={['start_analysis']} onRun={onRun} />, { namespaces: ['common', 'records', 'problems'] });
    await user.click(screen.getByRole('button', { name: 'Mulai analisis' }));
    expect(onRun).toHaveBeenCalledWith('start_analysis', {});
  });

  it('marks required fields and does not submit until they are filled', async () => {
    const user = userEvent.setup({ delay: null });
    const onRun = vi.fn<Run>().mockResolvedValue(undefined);
    await renderWith(<ProblemActions allowed={['publish_known_error', 'resolve']} onRun={onRun} />, {
      namespaces: ['common', 'records', 'problems'],
    });
    await user.click(screen.getByRole('button', { name: 'Terbitkan galat diketahui' }));
    const cause = screen.getByRole('textbox', { name: /Akar masalah/ });
    const workaround = screen.getByRole('textbox', { name: /Solusi sementara/ });
    expect(cause.getAttribute('required')).not.toBeNull();
    expect(workaround.getAttribute('required')).not.toBeNull();

    const submit = screen.getAllByRole('button', { name: 'Terbitkan galat diketahui' }).at(-1) ?? missing();
    await user.click(submit);
    expect(onRun).not.toHaveBeenCalled();
    expect(screen.getAllByText('Wajib diisi.')).toHaveLength(2);

    await user.type(cause, 'Kuota kotak surat penuh');
    await user.type(workaround, 'ab');
    await user.click(submit);
    expect(onRun).not.toHaveBeenCalled();

    await user.type(workaround, 'c: kosongkan folder sampah');
    await user.click(submit);
    expect(onRun).toHaveBeenCalledWith('publish_known_error', {
      cause: 'Kuota kotak surat penuh',
      workaround: 'abc: kosongkan folder sampah',
    });
    expect(panel().querySelector('form')).toBeNull();
  });

  it('keeps the form open when the server refuses', async () => {
    const user = userEvent.setup({ delay: null });
    const onRun = vi.fn<Run>().mockRejectedValue(new Error('409'));
    await renderWith(<ProblemActions allowed={['plan_fix']} onRun={onRun} layout="buttons" />, {
      namespaces: ['common', 'records', 'problems'],
    });
    await user.click(screen.getByRole('button', { name: 'Rencanakan perbaikan' }));
    await user.type(screen.getByRole('textbox', { name: /Rencana perbaikan/ }), 'Tambah kapasitas');
    await user.click(screen.getAllByRole('button', { name: 'Rencanakan perbaikan' }).at(-1) ?? missing());
    expect(onRun).toHaveBeenCalledOnce();
    expect(screen.getByRole('textbox', { name: /Rencana perbaikan/ })).toBeDefined();
  });

  it("requires a reason for a ticket's approval (the declaration says so), every action a button on the desk", async () => {
    const user = userEvent.setup({ delay: null });
    const onRun = vi.fn<Run>().mockResolvedValue(undefined);
    function TicketApproval() {
      return (
        <ActionPanel
          workflow={ticketWorkflow}
          allowed={['approve', 'reject', 'comment']}
          exclude={['comment']}
          labels={useTicketActionLabels()}
          layout="buttons"
          onRun={onRun}
        />
      );
    }
    await renderWith(<TicketApproval />, { namespaces: ['common', 'records', 'tickets'] });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Setujui', 'Tolak']);
    await user.click(screen.getByRole('button', { name: 'Setujui' }));
    const reason = screen.getByRole('textbox', { name: /Alasan/ });
    expect(reason.getAttribute('required')).not.toBeNull();
    await user.click(screen.getAllByRole('button', { name: 'Setujui' }).at(-1) ?? missing());
    expect(onRun).not.toHaveBeenCalled();
    await user.type(reason, 'Sesuai kebutuhan');
    await user.click(screen.getAllByRole('button', { name: 'Setujui' }).at(-1) ?? missing());
    expect(onRun).toHaveBeenCalledWith('approve', { body: 'Sesuai kebutuhan' });
  });

  it('keeps a form opened while a one-click action was still running', async () => {
    const user = userEvent.setup({ delay: null });
    let finish: (value: unknown) => void = () => undefined;
    const onRun = vi.fn<Run>().mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
    await renderWith(<ProblemActions allowed={['start_analysis', 'plan_fix']} onRun={onRun} layout="buttons" />, {
      namespaces: ['common', 'records', 'problems'],
    });
    await user.click(screen.getByRole('button', { name: 'Mulai analisis' }));
    await user.click(screen.getByRole('button', { name: 'Rencanakan perbaikan' }));
    await act(() => {
      finish(undefined);
      return Promise.resolve();
    });
    expect(screen.getByRole('textbox', { name: /Rencana perbaikan/ })).toBeDefined();
  });
});
