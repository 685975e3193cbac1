import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { choose, login, navigation } from './helpers';

const SUPER_ADMIN = 'superadmin@demo.sigap.id';

/** The page as it stands has no WCAG 2.1 A/AA violation axe can find. */
async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
  expect(found).toEqual([]);
}

async function signInAsSuperAdmin(page: Page) {
  await page.goto('/superadmin');
  await expect(page).toHaveURL(/\/superadmin\/masuk/);
  await expect(page.getByRole('heading', { name: 'Masuk sebagai Administrator Utama' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('E-mail').fill(SUPER_ADMIN);
  await page.getByLabel('Kata sandi').fill('sigap-demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Daftar Pemda' })).toBeVisible();
}

test('a super-administrator creates a Pemda, suspends it (its administrator is locked out) and reactivates it', async ({
  page,
  browser,
}) => {
  await signInAsSuperAdmin(page);
  await expect(page.getByRole('row', { name: /Kota Contoh/ })).toContainText('kota-contoh');
  await expect(page.getByRole('row', { name: /Kota Contoh/ })).toContainText('Aktif');
  await expectAccessible(page);

  // A new Pemda with its first administrator; the code follows the name
  await page.getByRole('link', { name: 'Buat Pemda' }).click();
  await page.getByLabel('Nama Pemda').fill('Kabupaten Sukamaju');
  await expect(page.getByLabel('Kode')).toHaveValue('kabupaten-sukamaju');
  await choose(page, 'Zona waktu', 'WITA (Asia/Makassar)');
  await page.getByLabel('Nama lengkap').fill('Wayan Administrator');
  await page.getByLabel('E-mail').fill('admin@sukamaju.go.id');
  await page.getByLabel('Kata sandi awal').fill('rahasia-sukamaju-1');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Buat Pemda' }).click();
  await expect(page.getByRole('heading', { name: 'Kabupaten Sukamaju' })).toBeVisible();
  await expect(page.getByText('1 pengguna · 1 Perangkat Daerah')).toBeVisible();
  await expect(page.getByText(/WITA$/).first()).toBeVisible();
  await expectAccessible(page);

  // Its administrator signs in, in another browser
  const other = await browser.newContext();
  const adminPage = await other.newPage();
  await login(adminPage, 'admin@sukamaju.go.id', 'rahasia-sukamaju-1');

  // Suspended: the administrator's session ends and sign-in is refused with the reason why
  await page.getByRole('button', { name: 'Tangguhkan' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Alasan penangguhan').fill('Perjanjian kerja sama belum diperpanjang');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Tangguhkan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Ditangguhkan sejak' })).toContainText(
    'Alasan: Perjanjian kerja sama belum diperpanjang',
  );
  await adminPage.reload();
  await expect(adminPage).toHaveURL(/\/masuk/);
  await adminPage.getByLabel('E-mail').fill('admin@sukamaju.go.id');
  await adminPage.getByLabel('Kata sandi').fill('rahasia-sukamaju-1');
  await adminPage.getByRole('button', { name: 'Masuk' }).click();
  await expect(adminPage.getByRole('alert')).toContainText('Pemda Anda sedang ditangguhkan');

  // Reactivated: the administrator signs in again
  await page.getByRole('button', { name: 'Aktifkan kembali' }).click();
  await expect(page.getByText('Ditangguhkan sejak')).toHaveCount(0);
  await adminPage.getByRole('button', { name: 'Masuk' }).click();
  await expect(adminPage.getByRole('heading', { name: /Selamat datang/ })).toBeVisible();
  await other.close();

  // The list shows it; the deployment's audit trail holds every step and verifies
  await navigation(page).getByRole('link', { name: 'Daftar Pemda' }).click();
  await expect(page.getByRole('row', { name: /Kabupaten Sukamaju/ })).toContainText('kabupaten-sukamaju');
  await navigation(page).getByRole('link', { name: 'Jejak Audit' }).click();
  await expect(page.getByRole('cell', { name: 'pemda.suspend' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'pemda.reactivate' })).toBeVisible();
  await page.getByRole('button', { name: 'Periksa keutuhan' }).click();
  await expect(page.getByRole('status')).toContainText('Rantai hash utuh');
  await expectAccessible(page);

  // A super-administrator has no Pemda session: the Pemda's pages ask for a Pemda sign-in
  await page.goto('/antrean');
  await expect(page).toHaveURL(/\/masuk/);
});

test('on a phone the super-administrator’s list and menu work, in English too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsSuperAdmin(page);
  await expect(page.getByRole('row', { name: /Kota Contoh/ })).toBeVisible();
  await expectAccessible(page);
  await expect(navigation(page)).not.toBeInViewport();
  await page.getByRole('button', { name: 'Buka/tutup menu' }).click();
  await navigation(page).getByRole('link', { name: 'Akun Saya' }).click();
  await expect(page.getByRole('heading', { name: 'Akun Saya' })).toBeVisible();
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Sari Pengelola' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in as a super administrator' })).toBeVisible();
  await page.getByText('ID', { exact: true }).click();
});
