import { type Page, expect, test } from '@playwright/test';
import { attributeOf, choose, login, logout, matchIn, textOf } from './helpers';

async function openFromQueue(page: Page, number: string) {
  await page.goto('/antrean');
  await page.getByRole('textbox', { name: 'Cari' }).fill(number);
  await page.getByRole('link', { name: number }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(number);
}

async function act(page: Page, action: string, note?: string) {
  const panel = page.getByRole('region', { name: 'Tindakan' });
  await panel.getByRole('button', { name: action, exact: true }).click();
  if (note !== undefined) {
    await panel.getByRole('textbox').first().fill(note);
    await panel.getByRole('button', { name: action, exact: true }).last().click();
  }
}

async function confirm(page: Page, satisfied: boolean, stars: number, feedback: string) {
  const form = page.getByRole('region', { name: 'Apakah masalah Anda sudah selesai?' });
  await form.getByText(satisfied ? 'Puas' : 'Tidak puas', { exact: true }).click();
  const star = form.locator(`input[type="radio"][value="${stars}"]`);
  await form.locator(`label[for="${await attributeOf(star, 'id')}"]`).click();
  await expect(star).toBeChecked();
  await form.getByLabel('Saran dan masukan').fill(feedback);
  await form.getByRole('button', { name: 'Kirim' }).click();
}

test('journey (a): a public Mayor disruption of a Kritis service goes P1 → Tier 1 → Tier 2 → tidak puas → puas → closed', async ({
  page,
}) => {
  // A resident reports without an account, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/aduan');
  await choose(page, 'Layanan', 'Pendaftaran Online Puskesmas (SIMPUS)');
  await page.getByLabel('Judul singkat').fill('Pendaftaran online puskesmas galat 502');
  await page
    .getByLabel('Uraian gejala atau kebutuhan')
    .fill('Sejak pagi halaman pendaftaran menampilkan galat 502; antrean tidak bisa diambil.');
  await page.getByLabel('Mayor — layanan gagal total').check();
  await choose(page, 'Tingkat urgensi', '1 Tinggi — semua pengguna terdampak');
  await page.getByLabel('Nama Anda').fill('Sutinah');
  await page.getByLabel('E-mail').fill('sutinah@contoh.id');
  await page.getByRole('button', { name: 'Kirim' }).click();
  const receipt = page.getByRole('status');
  await expect(receipt).toContainText(/Tiket INC-\d{4}-\d{6} diterima/);
  const number = matchIn(await textOf(receipt), /INC-\d{4}-\d{6}/);
  const code = (await textOf(page.getByTestId('tracking-code'))).trim();
  await page.setViewportSize({ width: 1280, height: 900 });

  // Tier 1 of the providing PD responds within the 15-minute P1 target, then escalates.
  await login(page, 'tier1.dinkes@demo.sigap.id');
  await openFromQueue(page, number);
  await expect(page.getByLabel('Prioritas P1')).toBeVisible();
  await expect(page.getByText('Dasar prioritas: dampak Mayor, layanan Layanan Publik, klasifikasi Kritis')).toBeVisible();
  await expect(page.getByTestId('due-response')).toContainText(/sisa 1[0-5] mnt|sisa [0-9] mnt/);
  await act(page, 'Tangani');
  await expect(page.getByTestId('due-response')).toContainText('tercapai');
  await act(page, 'Eskalasi ke Tier 2', 'Server aplikasi di pusat data; perlu Tier 2.');
  await expect(page.getByText('Tier 2 · Level 1')).toBeVisible();
  await logout(page, 'Putri Handayani, A.Md.');

  // Tier 2 at Diskominfo resolves.
  await login(page, 'tier2@demo.sigap.id');
  await openFromQueue(page, number);
  await act(page, 'Tangani');
  await act(page, 'Selesaikan', 'Layanan web dimulai ulang dan memori ditambah.');
  await expect(page.getByText('Selesai — menunggu konfirmasi').first()).toBeVisible();
  await logout(page, 'Fajar Ramadhan, S.Kom.');

  // The resident is not satisfied: the ticket goes back to handling.
  await page.goto(`/lacak/${code}`);
  // The public page names roles, never people.
  await expect(page.getByText('Petugas layanan').first()).toBeVisible();
  await expect(page.getByText('Fajar Ramadhan')).toHaveCount(0);
  await confirm(page, false, 2, 'Masih lambat sekali.');
  await expect(page.getByText('Ditangani').first()).toBeVisible();

  await login(page, 'tier2@demo.sigap.id');
  await openFromQueue(page, number);
  await act(page, 'Selesaikan', 'Basis data dioptimalkan; waktu muat di bawah 2 detik.');
  await logout(page, 'Fajar Ramadhan, S.Kom.');

  await page.goto(`/lacak/${code}`);
  await confirm(page, true, 5, 'Terima kasih, sudah lancar.');
  await expect(page.getByText('Ditutup').first()).toBeVisible();

  // Every step is on the timeline.
  await login(page, 'tier2@demo.sigap.id');
  await page.goto('/antrean');
  await choose(page, 'Status', 'Ditutup');
  await page.getByRole('textbox', { name: 'Cari' }).fill(number);
  await page.getByRole('link', { name: number }).click();
  // The ticket page loads after the click: read its timeline once it is there.
  await expect(page.getByTestId('timeline-item').first()).toBeVisible();
  const types = await page.getByTestId('timeline-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-type')));
  for (const step of ['created', 'first_response', 'escalated_tier', 'resolved', 'confirmed', 'reopened', 'closed'])
    expect(types).toContain(step);
});

test('journey (b): an ASN requests a service from the catalog → approved → fulfilled → confirmed', async ({ page }) => {
  await login(page, 'pengguna@demo.sigap.id');
  await page.getByRole('navigation').getByRole('link', { name: 'Katalog Layanan' }).click();
  await page.getByRole('textbox', { name: 'Cari' }).fill('Surat Elektronik');
  await page.getByRole('button', { name: /Surat Elektronik Dinas/ }).click();
  await page.getByRole('button', { name: 'Ajukan permintaan: Pembuatan akun e-mail dinas' }).click();
  await page.getByLabel('Judul singkat').fill('Akun e-mail untuk staf baru');
  await page.getByLabel('Uraian gejala atau kebutuhan').fill('Mohon dibuatkan akun e-mail dinas untuk staf baru bagian umum.');
  await page.getByRole('button', { name: 'Kirim' }).click();
  await expect(page.getByText('Menunggu persetujuan')).toBeVisible();
  const number = (await textOf(page.getByTestId('ticket-number'))).trim();
  expect(number).toMatch(/^REQ-/);
  await logout(page, 'Budi Santoso, S.Kep.');

  await login(page, 'pj.layanan@demo.sigap.id');
  await openFromQueue(page, number);
  await act(page, 'Setujui', 'Disetujui sesuai kebutuhan.');
  await expect(page.getByText('Baru', { exact: true })).toBeVisible();
  await logout(page, 'Sri Wahyuni, S.Kom.');

  await login(page, 'tier2@demo.sigap.id');
  await openFromQueue(page, number);
  await act(page, 'Tangani');
  await act(page, 'Selesaikan', 'Akun staf.umum@kotacontoh.go.id telah dibuat.');
  await logout(page, 'Fajar Ramadhan, S.Kom.');

  await login(page, 'pengguna@demo.sigap.id');
  await page.getByRole('navigation').getByRole('link', { name: 'Tiket Saya' }).click();
  await page.getByRole('link', { name: number }).click();
  await confirm(page, true, 4, 'Cepat, terima kasih.');
  await expect(page.getByText('Ditutup').first()).toBeVisible();
});
