import { type Locator, type Page, expect } from '@playwright/test';

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

/** The text of an element that must have some; the test fails here when it has none. */
export async function textOf(locator: Locator): Promise<string> {
  const text = await locator.textContent();
  if (text === null) throw new Error(`${locator.toString()} has no text`);
  return text;
}

/** An attribute an element must have; the test fails here when it has not. */
export async function attributeOf(locator: Locator, name: string): Promise<string> {
  const value = await locator.getAttribute(name);
  if (value === null) throw new Error(`${locator.toString()} has no ${name} attribute`);
  return value;
}

/** The part of `text` that `pattern` matches; the test fails here when nothing does. */
export function matchIn(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  if (!match) throw new Error(`${pattern.source} does not match ${JSON.stringify(text)}`);
  return match[0];
}

export function navigation(page: Page) {
  return page.getByRole('navigation');
}
