import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWith } from '../test/render';
import { ListFooter } from './ListFooter';

describe('ListFooter', () => {
  it('counts the rows and names every page control for a screen reader', async () => {
    const onPage = vi.fn();
    await renderWith(<ListFooter total={60} page={2} pageSize={25} onPage={onPage} />);
    expect(screen.getByText('Total 60 data')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Halaman daftar' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Halaman 2' }).getAttribute('aria-current')).toBe('page');
    fireEvent.click(screen.getByRole('button', { name: 'Halaman berikutnya' }));
    expect(onPage).toHaveBeenCalledWith(3);
  });

  it('says "at least" when the count stopped early', async () => {
    await renderWith(<ListFooter total={1000} atLeast page={1} pageSize={25} onPage={() => undefined} />);
    expect(screen.getByText('Sedikitnya 1000 data')).toBeTruthy();
  });
});
