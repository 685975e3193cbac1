import { expect, test } from '@playwright/test';
import { choose, login, logout, navigation } from './helpers';

test('administrator creates a Perangkat Daerah and a user with a role; that user sees only what the role allows', async ({ page }) => {
  await login(page, 'admin@demo.sigap.id');
  const nav = navigation(page);
  await expect(nav.getByRole('link')).toHaveText([
    'Beranda',
    'Katalog Layanan',
    'Tiket Saya',
    'Organisasi',
    'Kalender kerja',
    'Pengguna & Peran',
    'Jejak Audit',
    'Pekerjaan Latar',
  ]);

  // The background jobs, with their schedules and the history of one
  await nav.getByRole('link', { name: 'Pekerjaan Latar' }).click();
  await expect(page.getByRole('heading', { name: 'Pekerjaan latar', exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Eskalasi tiket/ })).toContainText('Setiap 1 menit');
  await expect(page.getByRole('heading', { name: 'Riwayat: Eskalasi tiket' })).toBeVisible();

  // A new Perangkat Daerah
  await nav.getByRole('link', { name: 'Organisasi' }).click();
  await page.getByRole('button', { name: 'Tambah Perangkat Daerah' }).click();
  const pdDialog = page.getByRole('dialog');
  await pdDialog.getByLabel('Nama').fill('Dinas Perhubungan');
  await pdDialog.getByLabel('Singkatan').fill('Dishub');
  await pdDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(pdDialog).toBeHidden();
  await page.getByRole('textbox', { name: 'Cari' }).fill('Perhubungan');
  await expect(page.getByRole('row', { name: /Dinas Perhubungan/ })).toBeVisible();

  // A new user with the Tier 1 role in that PD
  await nav.getByRole('link', { name: 'Pengguna & Peran' }).click();
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const userDialog = page.getByRole('dialog');
  await userDialog.getByLabel('Nama lengkap').fill('Joko Widodo Susanto');
  await userDialog.getByLabel('E-mail').fill('joko@dishub.demo.sigap.id');
  await userDialog.getByLabel('NIP').fill('199203172019031008');
  await choose(page, 'Perangkat Daerah', 'Dinas Perhubungan', userDialog);
  await userDialog.getByLabel('Kata sandi awal').fill('rahasia-joko-123');
  await choose(page, 'Peran', 'Service Desk Tier 1', userDialog);
  await choose(page, 'Lingkup', 'Dinas Perhubungan', userDialog);
  await userDialog.getByRole('button', { name: 'Tetapkan peran' }).click();
  await expect(userDialog.getByText('Service Desk Tier 1 — Dinas Perhubungan')).toBeVisible();
  await userDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(userDialog).toBeHidden();
  await page.getByRole('textbox', { name: 'Cari' }).fill('joko');
  await expect(page.getByRole('row', { name: /Joko Widodo Susanto/ })).toContainText('Service Desk Tier 1');

  await logout(page, 'Rina Administrator');

  // The new user sees the navigation of a Tier 1 agent: the queue, no administration
  await login(page, 'joko@dishub.demo.sigap.id', 'rahasia-joko-123');
  await expect(navigation(page).getByRole('link')).toHaveText(['Beranda', 'Katalog Layanan', 'Tiket Saya', 'Antrean Layanan', 'Masalah']);
  await expect(page.getByRole('list', { name: 'Peran Anda' })).toContainText('Service Desk Tier 1 — Dinas Perhubungan');
  await page.goto('/organisasi');
  await expect(page.getByText('Anda tidak berwenang membuka halaman ini.')).toBeVisible();
});

test('a PD head sees the users of their PD; an auditor verifies the audit chain', async ({ page }) => {
  await login(page, 'pimpinan@demo.sigap.id');
  await expect(navigation(page).getByRole('link')).toHaveText([
    'Beranda',
    'Katalog Layanan',
    'Tiket Saya',
    'Antrean Layanan',
    'Masalah',
    'Pengguna & Peran',
  ]);
  await navigation(page).getByRole('link', { name: 'Pengguna & Peran' }).click();
  await expect(page.getByRole('row', { name: /Eko Nugroho/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Budi Santoso/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tambah pengguna' })).toHaveCount(0);
  await logout(page, 'Drs. Bambang Sutrisno, M.Si.');

  await login(page, 'auditor@demo.sigap.id');
  await expect(navigation(page).getByRole('link')).toHaveText(['Beranda', 'Katalog Layanan', 'Tiket Saya', 'Masalah', 'Jejak Audit']);
  await navigation(page).getByRole('link', { name: 'Jejak Audit' }).click();
  await expect(page.getByRole('cell', { name: 'demo.seed' })).toBeVisible();
  await page.getByRole('button', { name: 'Periksa keutuhan' }).click();
  await expect(page.getByRole('status')).toContainText('Rantai hash utuh');
  // Verification also says which checkpoints outside the database it compared with (none yet on a fresh start).
  await expect(page.getByRole('status')).toContainText('titik jangkar');
});

test('the interface switches to English and back', async ({ page }) => {
  await login(page, 'pengguna@demo.sigap.id');
  await page.getByText('EN', { exact: true }).click();
  await expect(navigation(page).getByRole('link')).toHaveText(['Home', 'Service catalog', 'My tickets']);
  await expect(page.getByRole('heading', { name: 'Welcome, Budi Santoso, S.Kep.' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  await page.getByText('ID', { exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Selamat datang/ })).toBeVisible();
});

test('on a phone the menu opens from the burger button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'admin@demo.sigap.id');
  await expect(navigation(page)).not.toBeInViewport();
  await page.getByRole('button', { name: 'Buka/tutup menu' }).click();
  await navigation(page).getByRole('link', { name: 'Jejak Audit' }).click();
  await expect(page.getByRole('heading', { name: 'Jejak Audit' })).toBeVisible();
});

test('a wrong password shows the server message in Indonesian', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/masuk/);
  await page.getByLabel('E-mail').fill('admin@demo.sigap.id');
  await page.getByLabel('Kata sandi').fill('salah-sekali');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('alert')).toHaveText('E-mail atau kata sandi salah.');
});
