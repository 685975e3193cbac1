import { expect, test } from '@playwright/test';
import { login, navigation } from './helpers';

test('the administrator adds a regional holiday and sets the escalation share', async ({ page }) => {
  await login(page, 'admin@demo.sigap.id');
  await navigation(page).getByRole('link', { name: 'Kalender kerja' }).click();
  await expect(page.getByRole('region', { name: 'Jam Kerja Kantor' }).getByRole('textbox', { name: 'Jumat' })).toHaveValue(
    '07:30-11:30, 13:00-16:30',
  );

  const holidays = page.getByRole('region', { name: 'Hari libur nasional, cuti bersama, dan libur daerah' });
  await expect(holidays.getByRole('row')).toHaveCount(25);
  await holidays.getByLabel('Tanggal').fill('2026-10-09');
  await holidays.getByLabel('Nama').fill('Hari Jadi Kota Contoh');
  await holidays.getByRole('button', { name: 'Tambah' }).click();
  await expect(holidays.getByRole('row', { name: /Hari Jadi Kota Contoh/ })).toContainText('Libur daerah');

  const policy = page.getByRole('region', { name: 'Matriks prioritas dan target layanan' });
  await expect(policy.getByRole('textbox', { name: 'mayor publik kritis' })).toHaveValue('P1');
  await policy.getByLabel('Eskalasi otomatis pada (% waktu target)').fill('80');
  await policy.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Perubahan tersimpan.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Matriks prioritas dan target layanan' }).getByLabel('Eskalasi otomatis pada (% waktu target)'),
  ).toHaveValue('80');
});
