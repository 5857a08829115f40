import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '#functions/kernel/clock.ts';
import { registerAccount } from './support/api-client.ts';
import { startApp } from './support/app.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';
import { callApi } from './support/page-api.ts';
import { TEST_PASSWORD } from './support/register.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const MEETING = 'https://telemost.yandex.ru/j/7731520094';

/** "18:50" in Moscow, as the page writes a time for a Moscow viewer (before its "МСК"). */
const moscowTime = (at: Date) =>
  new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', hour: '2-digit', minute: '2-digit' }).format(
    at,
  );
const moscowDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(at);

/**
 * Issue 12's interview day: the candidate's home shows the next interview with its countdown; "Подключиться"
 * waits until 10 minutes before the start, then opens the meeting in a new tab. "Мои интервью" names the day.
 */
describe('the interview day', () => {
  // The server's time; the browser runs a clock of its own from the same moment, so the page's "can I join
  // now" agrees with the server's.
  const clock = manualClock(new Date(Math.ceil(Date.now() / MINUTE) * MINUTE));
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const logins = { oleg: `oleg.${suffix}`, katya: `katya.${suffix}` };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp({ now: clock }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const register = (login: string, displayName: string) => registerAccount(app.url, login, displayName);

  /** Moves the server's time and the browser's with it. */
  async function setTime(at: Date, context: BrowserContext) {
    clock.set(at);
    await context.clock.setSystemTime(at);
  }

  it('shows the next interview with a countdown and lets the candidate join 10 minutes before', async () => {
    const oleg = await register(logins.oleg, 'Олег Петров');
    const katya = await register(logins.katya, 'Екатерина Соколова');
    const { items } = await (await oleg.get('/api/professions')).json();
    const startsAt = new Date(clock().getTime() + 3 * HOUR);
    const published = await oleg.post('/api/slots', {
      professionId: items[0].id,
      startsAt: startsAt.toISOString(),
      durationMinutes: 60,
      meetingUrl: MEETING,
      description: 'Алгоритмы: графы и динамическое программирование',
    });
    expect(published.status).toBe(201);
    const { id: slotId } = await published.json();
    expect((await katya.post(`/api/slots/${slotId}/booking`)).status).toBe(201);

    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'ru-RU' });
    await context.clock.install({ time: clock() });
    const page: Page = await context.newPage();
    await page.goto(app.url);
    const login = { login: logins.katya, password: TEST_PASSWORD };
    expect((await callApi(page, 'POST', '/api/auth/login', login)).status).toBe(200);

    // A quarter of an hour before: the interview, who with, how long until it; the way in not open yet.
    await setTime(new Date(startsAt.getTime() - 15 * MINUTE), context);
    await page.goto(app.url);
    const card = page.getByTestId('next-interview');
    await card.waitFor();
    expect(await card.textContent()).toContain('Вас собеседуют');
    expect(await card.getByTestId('countdown').textContent()).toBe('через 15 мин');
    const counterpart = card.getByRole('link', { name: 'Олег Петров' });
    expect(await counterpart.getAttribute('href')).toBe(`/u/${logins.oleg}`);
    const waiting = card.getByRole('button', { name: 'Подключиться' });
    expect(await waiting.isDisabled()).toBe(true);
    const opensAt = moscowTime(new Date(startsAt.getTime() - 10 * MINUTE));
    await card.getByText(`Подключиться можно с ${opensAt} МСК`).waitFor();
    expect(await page.getByTestId('due-list').count()).toBe(0);
    await screenshotAllSizes(page, 'home-next-interview-waiting');

    // Five minutes before: the meeting opens in a new tab, and the home reminds her to check in.
    await setTime(new Date(startsAt.getTime() - 5 * MINUTE), context);
    await page.reload();
    const join = card.getByRole('link', { name: /Подключиться/ });
    await join.waitFor();
    expect(await join.getAttribute('href')).toBe(MEETING);
    expect(await join.getAttribute('target')).toBe('_blank');
    expect(await join.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await card.getByTestId('countdown').textContent()).toBe('через 5 мин');
    const due = page.getByTestId('due');
    await due.filter({ hasText: 'отметьтесь, что вы на месте' }).waitFor();
    expect(await due.getByRole('link', { name: 'Отметиться' }).getAttribute('href')).toBe(`/slots/${slotId}`);
    await screenshotAllSizes(page, 'home-next-interview-join');

    // "Мои интервью" puts it under its day's name.
    await page.goto(`${app.url}/interviews`);
    const day = page.getByTestId('interview-day').first();
    await day.waitFor();
    const today = moscowDay(clock()) === moscowDay(startsAt);
    expect(await day.textContent()).toBe(today ? 'Сегодня' : 'Завтра');
    await screenshotAllSizes(page, 'interviews-by-day');
    await context.close();
  });
});
