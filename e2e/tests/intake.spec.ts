import { expect, test } from '@playwright/test';
import { choose, login, logout, textOf } from './helpers';

/** Yesterday at 15.30 in WIB, as a `datetime-local` field holds it. */
function yesterdayAfternoonWib(): string {
  const wib = new Date(Date.now() + 7 * 60 * 60_000 - 24 * 60 * 60_000);
  return `${wib.toISOString().slice(0, 10)}T15:30`;
}

test('a Tier 1 agent records a letter for another PD’s service: receipt, report time, and the desk that takes it', async ({ page }) => {
  await login(page, 'tier1.dinkes@demo.sigap.id');
  await page.goto('/antrean');
  await page.getByRole('button', { name: 'Catat laporan' }).click();
  await expect(page.getByRole('heading', { name: 'Catat laporan' })).toBeVisible();

  // A citizen's letter about a Diskominfo service, received yesterday afternoon.
  await choose(page, 'Layanan', 'Surat Elektronik Dinas (E-mail)');
  await page.getByLabel('Judul singkat').fill('Surat: e-mail dinas kelurahan tidak bisa dibuka');
  await page.getByLabel('Uraian gejala atau kebutuhan').fill('Surat dari warga: kotak masuk e-mail dinas kelurahan kosong sejak Senin.');
  await choose(page, 'Saluran laporan', 'Surat');
  await page.getByRole('textbox', { name: 'Pelapor', exact: true }).fill('Bu Warsini');
  await page.getByLabel('Telepon/WhatsApp').fill('0812-1111-2222');
  await page.getByRole('textbox', { name: 'Waktu dilaporkan', exact: true }).fill(yesterdayAfternoonWib());
  await page.getByLabel('Alasan waktu dilaporkan').fill('Surat diterima kemarin sore, dicatat pagi ini.');
  await page.getByRole('button', { name: 'Kirim' }).click();

  // Tier 1 of Dinkes cannot open Tier 2's queue: a receipt instead of a page it may not see.
  const receipt = page.getByTestId('record-receipt');
  await expect(receipt).toBeVisible();
  await expect(receipt).toContainText('Dinas Komunikasi dan Informatika · Tier 2');
  await expect(receipt).toContainText('15.30 WIB');
  await expect(receipt).toContainText('antreannya tidak dapat Anda buka');
  const number = (await textOf(page.getByTestId('receipt-number'))).trim();
  expect(number).toMatch(/^INC-\d{4}-\d{6}$/);
  await expect(page.getByTestId('receipt-tracking-code')).toHaveText(/^[0-9A-Z]{10}$/);
  await page.getByRole('button', { name: 'Catat laporan lain' }).click();
  await expect(page.getByLabel('Judul singkat')).toHaveValue('');
  await logout(page, 'Putri Handayani, A.Md.');

  // Tier 2 sees when it was reported and why, on the timeline.
  await login(page, 'tier2@demo.sigap.id');
  await page.goto('/antrean');
  await page.getByRole('textbox', { name: 'Cari' }).fill(number);
  await page.getByRole('link', { name: number }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(number);
  await expect(page.getByText('Waktu dilaporkan ditetapkan')).toBeVisible();
  await expect(page.getByText('Surat diterima kemarin sore, dicatat pagi ini.')).toBeVisible();
  await logout(page, 'Fajar Ramadhan, S.Kom.');
});

test('the users page shows desks and approval steps nobody staffs', async ({ page }) => {
  await login(page, 'admin@demo.sigap.id');
  await page.goto('/pengguna');
  const check = page.getByTestId('staffing-check');
  await expect(check).toContainText('Pemeriksaan petugas layanan');
  const dukcapil = page.getByTestId('staffing-gap').filter({ hasText: 'Service Desk Tier 1 Dinas Kependudukan dan Pencatatan Sipil' });
  await expect(dukcapil).toContainText('diteruskan ke Service Desk Tier 2 Diskominfo');
  await expect(dukcapil).toContainText('Service Desk Tier 1');
  await dukcapil.getByRole('button', { name: 'Lihat pengguna PD ini' }).click();
  await expect(page.getByRole('textbox', { name: 'Saring Perangkat Daerah' })).toHaveValue('Dinas Kependudukan dan Pencatatan Sipil');
});
