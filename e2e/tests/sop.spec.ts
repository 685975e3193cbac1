import { expect, test } from '@playwright/test';
import { choose, login, logout, textOf } from './helpers';

test('an operation request walks the Bantul SOP steps B.1–B.4 with a work order (SPMK) made from the ticket', async ({ page }) => {
  // A user asks Diskominfo to maintain a server: an operation request with its own number series.
  await login(page, 'pengguna@demo.sigap.id');
  await page.goto('/tiket-baru?jenis=operation');
  await expect(page.getByRole('heading', { name: 'Ajukan permohonan pengoperasian layanan' })).toBeVisible();
  await choose(page, 'Layanan', 'Pusat Data dan Layanan VPS');
  await page.getByLabel('Judul singkat').fill('Pemeliharaan server VPS kepegawaian');
  await page.getByLabel('Uraian gejala atau kebutuhan').fill('Mohon pembaruan sistem operasi VPS kepegawaian pada akhir pekan.');
  await page.getByRole('button', { name: 'Kirim' }).click();
  const number = (await textOf(page.getByTestId('ticket-number'))).trim();
  expect(number).toMatch(/^OPR-\d{4}-\d{6}$/);
  const steps = page.getByRole('region', { name: /Tahap SOP/ });
  await expect(steps.getByTestId('sop-current')).toHaveText('Sekarang pada tahap B.2');
  await expect(steps.getByRole('listitem')).toHaveCount(5);
  const ticketUrl = page.url();
  await logout(page, 'Budi Santoso, S.Kep.');

  // Tier 2 at Diskominfo takes it and plans the work with a vendor: the SPMK is made and stored.
  await login(page, 'tier2@demo.sigap.id');
  await page.goto(ticketUrl);
  const panel = page.getByRole('region', { name: 'Tindakan' });
  await panel.getByRole('button', { name: 'Tangani', exact: true }).click();
  await expect(steps.getByTestId('sop-current')).toHaveText('Sekarang pada tahap B.3');
  await panel.getByRole('button', { name: 'Rencanakan pekerjaan', exact: true }).click();
  await panel.getByRole('textbox', { name: 'Rencana kerja' }).fill('Perbarui kernel dan ganti cakram RAID pada host 2 di luar jam kerja.');
  await choose(page, 'Pelaksana', 'Rekanan Penyedia Barang dan Jasa', panel);
  await panel.getByRole('textbox', { name: 'Nama tim teknis atau rekanan' }).fill('CV Data Nusantara');
  await choose(page, 'Jangka waktu pelaksanaan', '3 hari kerja', panel);
  await panel.getByRole('button', { name: 'Rencanakan pekerjaan', exact: true }).last().click();
  await expect(steps.getByTestId('sop-current')).toHaveText('Sekarang pada tahap B.4');
  await expect(steps).toContainText('Dengan rekanan: CV Data Nusantara · 3 hari kerja');
  const download = page.waitForEvent('download');
  await steps.getByRole('link', { name: `Unduh SPMK SPMK/${number}/1` }).click();
  expect((await download).suggestedFilename()).toBe(`SPMK-${number}-1.pdf`);
  await expect(page.getByTestId('timeline-item').filter({ hasText: 'Rencana kerja dibuat' })).toContainText(`SPMK SPMK/${number}/1`);

  // On a phone the steps stack in one column and stay readable.
  await page.setViewportSize({ width: 375, height: 800 });
  const current = steps.locator('[aria-current="step"]');
  await expect(current).toHaveAttribute('data-step', 'B.4');
  await current.scrollIntoViewIfNeeded();
  await expect(current).toBeInViewport();
  const [first, second] = await Promise.all([
    steps.getByRole('listitem').nth(0).boundingBox(),
    steps.getByRole('listitem').nth(1).boundingBox(),
  ]);
  expect(second?.y ?? 0).toBeGreaterThan((first?.y ?? 0) + (first?.height ?? 0) - 1);
});

test('an administrator changes a SOP step time standard on the settings page', async ({ page }) => {
  await login(page, 'admin@demo.sigap.id');
  await page.goto('/kalender');
  const section = page.getByRole('region', { name: 'Standar waktu tahap SOP' });
  const value = section.getByRole('textbox', { name: 'A.2 Pencatatan, klasifikasi, dan prioritas: Waktu' });
  await expect(value).toHaveValue('1');
  // Out of range is refused on the field, not clamped.
  await value.fill('0');
  await section.getByTestId('save-sop').click();
  await expect(section.getByText(/lebih besar dari atau sama dengan 1|>=1/)).toBeVisible();
  await value.fill('4');
  await choose(page, 'A.2 Pencatatan, klasifikasi, dan prioritas: Satuan', 'jam', section);
  await section.getByTestId('save-sop').click();
  await expect(page.getByText('Perubahan tersimpan')).toBeVisible();
  await page.reload();
  await expect(section.getByRole('textbox', { name: 'A.2 Pencatatan, klasifikasi, dan prioritas: Waktu' })).toHaveValue('4');
});
