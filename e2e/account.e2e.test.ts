import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from './support/app.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';

const PASSWORD = 'Kotlin-coroutines-2024';

/**
 * "HH:MM" on the clock of a zone a minute ago, now or a minute from now: the page's clock may have ticked
 * on either side of the moment the test reads it.
 */
function clockReadings(timeZone: string): string[] {
  const format = new Intl.DateTimeFormat('ru-RU', { timeZone, hour: '2-digit', minute: '2-digit' });
  return [-60_000, 0, 60_000].map((offset) => format.format(Date.now() + offset));
}

describe('account', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: VIEWPORTS.desktop, locale: 'ru-RU' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  let login: string;

  it('registers, signs out and in, refuses a wrong password and keeps the chosen time zone', async () => {
    login = `anna.${Date.now().toString(36)}`;

    await page.goto(`${app.url}/register`);
    await page.getByRole('heading', { name: 'Регистрация' }).waitFor();
    await page.getByLabel('Пароль', { exact: true }).fill('qwerty');
    await page.getByText('Слишком короткий').waitFor();
    await screenshotAllSizes(page, 'register');

    await page.getByLabel('Логин').fill(login);
    await page.getByLabel('Имя').fill('Анна Смирнова');
    await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();

    await page.getByRole('heading', { name: 'Здравствуйте, Анна Смирнова!' }).waitFor();
    expect(await page.getByTestId('header-balance').textContent()).toContain('1 балл');
    // Guests and new users see Moscow time.
    expect(await page.getByTestId('profile-time-zone').textContent()).toBe('Москва (МСК, UTC+3)');
    await screenshotAllSizes(page, 'home-signed-in');

    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('heading', { name: 'Биржа пробных технических собеседований' }).waitFor();
    expect(await page.getByTestId('header-balance').count()).toBe(0);
    await screenshotAllSizes(page, 'home-guest');

    // The server's field errors appear beside their fields, and the first of them gets the focus.
    await page.getByRole('link', { name: 'Регистрация' }).click();
    await page.getByLabel('Логин').fill(login.toUpperCase());
    await page.getByLabel('Имя').fill('Другая Анна');
    await page.getByLabel('Пароль', { exact: true }).fill('password');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await page.getByText('Этот пароль слишком распространён, придумайте другой').waitFor();
    expect(
      await page
        .getByLabel('Пароль', { exact: true })
        .evaluate((input) => input === input.ownerDocument.activeElement),
    ).toBe(true);
    await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await page.getByText('Этот логин уже занят').waitFor();
    expect(await page.getByLabel('Логин').getAttribute('aria-invalid')).toBe('true');
    await screenshotAllSizes(page, 'register-errors');

    await page.getByRole('link', { name: 'Войти' }).first().click();
    // The registration form also has a "Логин" field: type only once the login page is there.
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    await page.getByLabel('Логин').fill(login);
    await page.getByLabel('Пароль', { exact: true }).fill(`${PASSWORD}!`);
    await page.getByRole('button', { name: 'Войти' }).last().click();
    await page.getByRole('alert').filter({ hasText: 'Неверный логин или пароль' }).waitFor();
    await screenshotAllSizes(page, 'login-error');

    await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).last().click();
    await page.getByTestId('header-balance').filter({ hasText: '1 балл' }).waitFor();

    await page.getByRole('link', { name: 'Изменить профиль' }).first().click();
    await page.getByRole('heading', { name: 'Настройки' }).waitFor();
    await page.getByLabel('Часовой пояс').selectOption('Asia/Novosibirsk');
    await page.getByRole('checkbox', { name: 'Тестирование (QA)' }).check();
    await page.getByLabel('Контакты').fill('@anna_qa');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('status').filter({ hasText: 'Изменения сохранены' }).waitFor();
    await screenshotAllSizes(page, 'settings');

    await page.reload();
    await page.getByRole('heading', { name: 'Настройки' }).waitFor();
    expect(await page.getByLabel('Часовой пояс').inputValue()).toBe('Asia/Novosibirsk');
    expect(await page.getByRole('checkbox', { name: 'Тестирование (QA)' }).isChecked()).toBe(true);

    await page.getByRole('link', { name: 'Mockstock — на главную' }).click();
    await page.getByTestId('profile-time-zone').filter({ hasText: 'Новосибирск (UTC+7)' }).waitFor();
    const localTime = await page.getByTestId('profile-local-time').textContent();
    expect(clockReadings('Asia/Novosibirsk').map((time) => `${time} UTC+7`)).toContain(localTime);
    expect(await page.getByText('Тестирование (QA)').count()).toBe(1);
  });

  it('switches the language and remembers the choice', async () => {
    await page.getByRole('button', { name: 'EN — English' }).click();
    await page.getByTestId('header-balance').filter({ hasText: '1 point' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    expect(await page.getByTestId('profile-time-zone').textContent()).toBe('Novosibirsk (UTC+7)');
    await page.getByRole('button', { name: 'RU — Русский' }).click();
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
  });

  it('renews an expired session quietly and sends a dead one to the login page and back', async () => {
    let notificationReads = 0;
    let meReads = 0;
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname === '/api/me/notifications') notificationReads += 1;
      if (pathname === '/api/me' && response.ok()) meReads += 1;
    });
    const addresses: string[] = [];
    const visit = (frame: Frame) => {
      if (frame === page.mainFrame()) addresses.push(new URL(frame.url()).pathname);
    };
    page.on('framenavigated', visit);
    await page.context().clearCookies({ name: 'ms_access' });
    await page.goto(`${app.url}/settings`);
    await page.getByRole('heading', { name: 'Настройки' }).waitFor();
    // A member's page opened anew waits for the session check: it does not pass through the login page.
    page.off('framenavigated', visit);
    expect([...new Set(addresses)]).toEqual(['/settings']);
    // Once its live connection is up, the page reads what it shows again (the viewer once the notifications
    // have landed): the session dies only after that.
    await expect.poll(() => [notificationReads, meReads]).toEqual([2, 2]);

    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/settings');
    expect(await page.getByTestId('header-balance').count()).toBe(0);

    await page.getByLabel('Логин').fill(login);
    await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).last().click();
    await page.getByRole('heading', { name: 'Настройки' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
  });
});
