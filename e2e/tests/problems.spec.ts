import { expect, test } from '@playwright/test';
import { choose, login, logout, navigation, textOf } from './helpers';

test('a problem: recorded, analysed, published as a known error with a workaround, and linked to the incident it causes', async ({
  page,
}) => {
  // A user reports an e-mail incident (the e-mail service is Diskominfo's).
  await login(page, 'pengguna@demo.sigap.id');
  await page.goto('/tiket-baru?jenis=incident');
  await choose(page, 'Layanan', 'Surat Elektronik Dinas (E-mail)');
  await page.getByLabel('Judul singkat').fill('Surel dinas tidak bisa mengirim lampiran');
  await page.getByLabel('Uraian gejala atau kebutuhan').fill('Setiap kirim surel berlampiran muncul galat kotak surat penuh.');
  await page.getByRole('button', { name: 'Kirim' }).click();
  const incident = (await textOf(page.getByTestId('ticket-number'))).trim();
  expect(incident).toMatch(/^INC-\d{4}-\d{6}$/);
  const incidentUrl = page.url();
  await logout(page, 'Budi Santoso, S.Kep.');

  // The problem coordinator records the problem behind it.
  await login(page, 'koordinator.gangguan@demo.sigap.id');
  await navigation(page).getByRole('link', { name: 'Masalah' }).click();
  await expect(page.getByRole('heading', { name: 'Masalah', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Catat masalah' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Judul').fill('Kuota kotak surat dinas habis');
  await dialog.getByLabel('Uraian').fill('Banyak pengguna tidak bisa mengirim surel berlampiran sejak pekan lalu.');
  await choose(page, 'Layanan', 'Surat Elektronik Dinas (E-mail)', dialog);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('problem-number')).toHaveText(/^PRB-\d{4}-\d{6}$/);
  const problem = (await textOf(page.getByTestId('problem-number'))).trim();
  await expect(page.getByTestId('problem-status')).toHaveText('Baru');

  // Analysis, then the known error with its workaround.
  const actions = page.getByRole('region', { name: 'Tindakan' });
  await actions.getByRole('button', { name: 'Mulai analisis' }).click();
  await expect(page.getByTestId('problem-status')).toHaveText('Analisis');
  // The problem is given to a technician from its own picker: those who may manage Diskominfo's problems.
  await actions.getByRole('button', { name: 'Tindakan lain' }).click();
  await actions.getByRole('menuitem', { name: 'Tugaskan' }).click();
  await actions.getByRole('textbox', { name: 'Petugas', exact: true }).click();
  await expect(page.getByRole('option', { name: 'Budi Santoso, S.Kep.' })).toHaveCount(0);
  await page.getByRole('option', { name: 'Rudi Hartono, S.T.', exact: true }).click();
  await actions.getByRole('button', { name: 'Tugaskan' }).last().click();
  await expect(page.getByText('Rudi Hartono, S.T.').first()).toBeVisible();
  await actions.getByRole('button', { name: 'Terbitkan galat diketahui' }).click();
  await actions.getByRole('textbox', { name: 'Akar masalah' }).fill('Kuota kotak surat bawaan 1 GB terlalu kecil.');
  await actions.getByRole('textbox', { name: 'Solusi sementara' }).fill('Kosongkan folder Terkirim dan Sampah, lalu kirim ulang.');
  await actions.getByRole('button', { name: 'Terbitkan galat diketahui' }).last().click();
  await expect(page.getByTestId('problem-status')).toHaveText('Galat diketahui');
  await expect(page.getByTestId('workaround')).toContainText('Kosongkan folder Terkirim dan Sampah');
  const timeline = page.getByTestId('timeline-item');
  await expect(timeline.filter({ hasText: 'Galat diketahui diterbitkan' })).toBeVisible();

  // The incident is linked: this problem causes it.
  const links = page.getByRole('region', { name: 'Tautan' });
  await links.getByRole('button', { name: 'Tambah tautan' }).click();
  await expect(links.getByRole('textbox', { name: 'Jenis tautan' })).toHaveValue('Menyebabkan');
  await links.getByRole('textbox', { name: 'Catatan' }).fill(incident);
  await page.getByRole('option', { name: new RegExp(`^${incident}`) }).click();
  await links.getByRole('button', { name: 'Tautkan' }).click();
  await expect(links.getByRole('listitem').filter({ hasText: incident })).toContainText('Menyebabkan');
  await expect(links.getByRole('link', { name: incident })).toBeVisible();

  // The incident's page shows the link from its side.
  await page.goto(incidentUrl);
  await expect(page.getByTestId('ticket-number')).toHaveText(incident);
  const ticketLinks = page.getByRole('region', { name: 'Tautan' });
  await expect(ticketLinks.getByRole('listitem').filter({ hasText: problem })).toContainText('Disebabkan oleh');
  await expect(ticketLinks.getByRole('link', { name: problem })).toBeVisible();
  await expect(page.getByTestId('timeline-item').filter({ hasText: `Ditautkan ke ${problem} (disebabkan oleh)` })).toBeVisible();
  await ticketLinks.getByRole('link', { name: problem }).click();
  await expect(page.getByTestId('problem-number')).toHaveText(problem);
});
