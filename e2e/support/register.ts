import type { Page } from 'playwright-core';

/** The password the browser tests sign up with (long, uncommon, not the login). */
export const TEST_PASSWORD = 'Kotlin-coroutines-2024';

/**
 * Signs up through the registration form as a person would, in Russian, optionally choosing a time zone, and
 * waits for the signed-in home. The form is waited for first: typing before it renders would go nowhere.
 */
export async function registerThroughForm(
  page: Page,
  appUrl: string,
  { login, name, zone }: { login: string; name: string; zone?: string },
): Promise<void> {
  await page.goto(`${appUrl}/register`);
  await page.getByRole('heading', { name: 'Регистрация' }).waitFor();
  if (zone) await page.getByLabel('Часовой пояс').selectOption(zone);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Имя').fill(name);
  await page.getByLabel('Пароль', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await page.getByRole('heading', { name: `Здравствуйте, ${name}!` }).waitFor();
}
