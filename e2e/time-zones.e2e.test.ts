import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from './support/app.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';
import { callApi } from './support/page-api.ts';
import { registerThroughForm } from './support/register.ts';

/** A page of a browser whose clock is in `timeZoneId`. */
async function pageIn(browser: Browser, timeZoneId: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORTS.desktop,
    locale: 'ru-RU',
    timezoneId: timeZoneId,
  });
  return context.newPage();
}

describe('time zones', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('registers someone in Novosibirsk in Novosibirsk time, not Moscow time', async () => {
    const page = await pageIn(browser, 'Asia/Novosibirsk');
    await page.goto(`${app.url}/register`);
    const zone = page.getByLabel('Часовой пояс');
    await zone.waitFor();
    expect(await zone.inputValue()).toBe('Asia/Novosibirsk');
    await screenshotAllSizes(page, 'register-time-zone');

    await registerThroughForm(page, app.url, {
      login: `nsk.${Date.now().toString(36)}`,
      name: 'Ирина Новикова',
    });
    await page.getByTestId('profile-time-zone').filter({ hasText: 'Новосибирск (UTC+7)' }).waitFor();
    const me = await callApi(page, 'GET', '/api/me');
    expect(me.body.timeZone).toBe('Asia/Novosibirsk');
  });

  it('keeps Moscow for someone in Moscow, and lets one choose another zone', async () => {
    const page = await pageIn(browser, 'Europe/Moscow');
    await page.goto(`${app.url}/register`);
    expect(await page.getByLabel('Часовой пояс').inputValue()).toBe('Europe/Moscow');
    await registerThroughForm(page, app.url, { login: `msk.${Date.now().toString(36)}`, name: 'Пётр Орлов' });
    expect(await page.getByTestId('profile-time-zone').textContent()).toBe('Москва (МСК, UTC+3)');
    expect((await callApi(page, 'GET', '/api/me')).body.timeZone).toBe('Europe/Moscow');

    const other = await pageIn(browser, 'Europe/Moscow');
    await registerThroughForm(other, app.url, {
      login: `vvo.${Date.now().toString(36)}`,
      name: 'Ольга Ли',
      zone: 'Asia/Vladivostok',
    });
    await other.getByTestId('profile-time-zone').filter({ hasText: 'Владивосток (UTC+10)' }).waitFor();
    expect((await callApi(other, 'GET', '/api/me')).body.timeZone).toBe('Asia/Vladivostok');
  });

  it('lists the Russian zones first, by their Russian names, then the world by region', async () => {
    const page = await pageIn(browser, 'Europe/Moscow');
    await registerThroughForm(page, app.url, {
      login: `tz.${Date.now().toString(36)}`,
      name: 'Мария Волкова',
    });
    await page.goto(`${app.url}/settings`);
    const select = page.getByLabel('Часовой пояс');
    await select.waitFor();
    const groups = await select.evaluate((element) =>
      [...element.querySelectorAll('optgroup')].map((group) => ({
        label: group.label,
        options: [...group.querySelectorAll('option')].map((option) => option.textContent ?? ''),
      })),
    );
    expect(groups[0]?.label).toBe('Россия');
    const russian = groups[0]?.options ?? [];
    for (const city of [
      'Калининград',
      'Москва',
      'Самара',
      'Екатеринбург',
      'Омск',
      'Новосибирск',
      'Барнаул',
      'Томск',
      'Красноярск',
      'Иркутск',
      'Чита',
      'Якутск',
      'Владивосток',
      'Магадан',
      'Сахалин',
      'Анадырь',
      'Волгоград',
      'Астрахань',
      'Саратов',
      'Ульяновск',
      'Киров',
    ]) {
      expect(russian.some((label) => label.startsWith(`${city} (`))).toBe(true);
    }
    expect(russian[0]).toBe('Калининград (UTC+2)');
    expect(russian).toContain('Новосибирск (UTC+7)');
    expect(groups.slice(1, 3).map((group) => group.label)).toEqual(['Европа', 'Азия']);
    const world = groups.slice(1).flatMap((group) => group.options);
    expect(world.some((label) => label.startsWith('Kyiv ('))).toBe(true);
    expect(world.some((label) => label.startsWith('Kolkata ('))).toBe(true);
    expect(world.some((label) => label.startsWith('Ho Chi Minh ('))).toBe(true);
    expect(world.some((label) => label.startsWith('Kiev ('))).toBe(false);
    await screenshotAllSizes(page, 'settings-time-zone');
  });
});
