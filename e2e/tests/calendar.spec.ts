import { expect, test } from '@playwright/test';
import { login, navigation } from './helpers';

test('the administrator adds a regional holiday and a half day, and sets the escalation share', async ({ page }) => {
  await login(page, 'admin@demo.sigap.id');
  await navigation(page).getByRole('link', { name: 'Kalender kerja' }).click();
  await expect(page.getByRole('region', { name: 'Jam Kerja Kantor' }).getByRole('textbox', { name: 'Jumat' })).toHaveValue(
    '07.30–11.30, 13.00–16.30',
  );

  const holidays = page.getByRole('region', { name: 'Hari libur nasional, cuti bersama, dan libur daerah' });
  await expect(holidays.getByRole('row')).toHaveCount(25);
  await holidays.getByLabel('Tanggal').fill('2026-10-09');
  await holidays.getByLabel('Nama', { exact: true }).fill('Hari Jadi Kota Contoh');
  await holidays.getByRole('button', { name: 'Tambah' }).click();
  await expect(holidays.getByRole('row', { name: /Hari Jadi Kota Contoh/ })).toContainText('Libur daerah');
  await expect(holidays.getByRole('row', { name: /Hari Jadi Kota Contoh/ })).toContainText('Jumat, 9 Oktober 2026');

  await holidays.getByLabel('Tanggal').fill('2026-12-31');
  await holidays.getByLabel('Nama', { exact: true }).fill('Pulang lebih awal akhir tahun');
  await holidays.getByLabel('Setengah hari').check();
  await holidays.getByLabel('Libur mulai pukul').fill('12.00');
  await holidays.getByRole('button', { name: 'Tambah' }).click();
  await expect(holidays.getByRole('row', { name: /Pulang lebih awal/ })).toContainText('Libur pukul 12.00–24.00');

  const policy = page.getByRole('region', { name: 'Matriks prioritas dan target layanan' });
  const share = policy.getByLabel('Eskalasi otomatis pada (% waktu target)');
  await share.fill('0');
  await policy.getByRole('button', { name: 'Simpan' }).click();
  await expect(policy.getByText('Isi angka dari 10 sampai 99.')).toBeVisible();
  await expect(share).toHaveValue('0');
  await share.fill('80');
  await policy.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Perubahan tersimpan.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Matriks prioritas dan target layanan' }).getByLabel('Eskalasi otomatis pada (% waktu target)'),
  ).toHaveValue('80');
});

test('the administrator creates a calendar with Ramadan hours, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'admin@demo.sigap.id');
  await page.goto('/kalender');
  await page.getByRole('button', { name: 'Kalender baru' }).click();
  const form = page.getByRole('region', { name: 'Kalender baru' });
  await form.getByLabel('Nama kalender').fill('Jam Kerja Bidang Pelayanan');
  for (const day of ['Senin', 'Selasa', 'Rabu', 'Kamis'])
    await form.getByRole('textbox', { name: day, exact: true }).fill('07.30-12.00, 13.00-16.00');
  // A wrong clock is refused on its field.
  await form.getByRole('textbox', { name: 'Jumat', exact: true }).fill('7:30-11:30');
  await form.getByRole('button', { name: 'Buat kalender' }).click();
  await expect(form.getByText('Gunakan format JJ:MM atau JJ.MM, misalnya 07:30 atau 07.30.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Jumat', exact: true }).fill('07.30-11.30, 13.00-16.30');

  await form.getByRole('button', { name: 'Tambah periode jam kerja khusus' }).click();
  const period = form.getByRole('group', { name: 'Periode jam kerja khusus 1' });
  await period.getByLabel('Nama periode (misalnya Ramadan 1448 H)').fill('Ramadan 1448 H');
  await period.getByLabel('Mulai tanggal').fill('2027-02-08');
  await period.getByLabel('Sampai tanggal').fill('2027-03-09');
  await period.getByRole('button', { name: 'Isi jam kerja Ramadan (32,5 jam seminggu)' }).click();
  await expect(period.getByText('Jumlah 32,5 jam seminggu')).toBeVisible();
  await form.getByRole('button', { name: 'Buat kalender' }).click();

  const created = page.getByRole('region', { name: 'Jam Kerja Bidang Pelayanan' });
  await expect(created.getByText('Dipakai layanan: 0')).toBeVisible();
  await expect(created.getByRole('group', { name: 'Periode jam kerja khusus 1' }).getByRole('textbox', { name: 'Senin' })).toHaveValue(
    '08.00–12.00, 12.30–15.00',
  );
  await expect(created.getByText('Jumlah 37,5 jam seminggu')).toBeVisible();
});
