import { type Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = 'sigap-demo';

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/masuk');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: /Selamat datang/ })).toBeVisible();
}

export async function logout(page: Page, name: string) {
  await page.getByRole('banner').getByRole('button', { name }).click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk ke Sigap' })).toBeVisible();
}

/** Picks an option of a Mantine Select found by its label inside `scope`. */
export async function choose(page: Page, label: string, option: string, scope = page.locator('body')) {
  await scope.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export function navigation(page: Page) {
  return page.getByRole('navigation');
}
