import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVELS } from '#contract/enums.ts';
import type { TProfessionList } from '#contract/professions.ts';
import { readWebApp } from '#functions/platform/web-shell.ts';
import { signUp } from './support/api-client.ts';
import { startApp } from './support/app.ts';
import { launchBrowser, VIEWPORTS } from './support/browser.ts';

const HOUR = 3_600_000;
const SLOTS = 24;

/**
 * Moving around the app as a reader of a long list does on a phone: a link opens its page at the top, Back
 * returns to the place in the list it was followed from, Forward to the top of the page again, and a reload
 * keeps the place.
 */
describe('navigation', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    const { items: professions } = (await (
      await fetch(`${app.url}/api/professions`)
    ).json()) as TProfessionList;
    const interviewers = await Promise.all([signUp(app.url), signUp(app.url), signUp(app.url)]);
    const start = Date.now() + 3 * HOUR;
    for (let i = 0; i < SLOTS; i += 1) {
      const res = await interviewers[i % interviewers.length]?.post('/api/slots', {
        professionId: professions[i % professions.length]?.id,
        startsAt: new Date(start + i * 4 * HOUR).toISOString(),
        durationMinutes: 60,
        level: LEVELS[i % LEVELS.length],
        language: 'ru',
        meetingUrl: 'https://meet.example.com/navigation',
      });
      if (res?.status !== 201) throw new Error(`publishing a slot answered ${res?.status}`);
    }
    page = await (await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'ru-RU' })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  // The tests run without the DOM's types: the page's own globals, named by hand.
  const scrollY = () =>
    page.evaluate(() => Math.round((globalThis as unknown as { scrollY: number }).scrollY));

  it('opens a page at its top, and Back, Forward and a reload return to where the reader was', async () => {
    await page.goto(`${app.url}/exchange`);
    const rows = page.getByTestId('exchange-slot');
    await rows.first().waitFor();
    // The first page of the list is longer than several screens of a phone.
    expect(await rows.count()).toBeGreaterThan(10);

    const row = rows.nth(9);
    await row.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 100);
    await expect.poll(scrollY).toBeGreaterThan(1000);
    // Let the position settle (scroll events are read once per frame) before leaving.
    await page.waitForTimeout(200);
    const place = await scrollY();

    // Pointing at the link starts loading the slot page's code (the build names it in pages.json).
    const web = await readWebApp(fileURLToPath(new URL('../web/dist', import.meta.url)));
    const slotCode = web?.pages.find(({ name }) => name === 'slot')?.preload[0] ?? 'the slot page';
    const loading = page.waitForRequest((request) => request.url().endsWith(slotCode), { timeout: 5000 });
    const link = row.getByRole('heading', { level: 2 }).getByRole('link');
    await link.hover();
    await loading;
    await link.click();
    await page.waitForURL(/\/slots\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await scrollY()).toBe(0);

    await page.goBack();
    await rows.nth(9).waitFor();
    await expect.poll(scrollY).toBe(place);

    await page.goForward();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(scrollY).toBe(0);

    await page.goBack();
    await expect.poll(scrollY).toBe(place);
    await page.reload();
    await rows.nth(9).waitFor();
    await expect.poll(scrollY).toBe(place);
  });

  // A page the tab opens anew (an address typed, a link from a message) starts at its top, wherever the tab's
  // previous page was left; the browser's Back still returns to that place.
  it('opens an address typed into the tab at its top, even the one the tab was on', async () => {
    await page.goto(`${app.url}/exchange`);
    const rows = page.getByTestId('exchange-slot');
    await rows.first().waitFor();
    await page.mouse.wheel(0, 600);
    await expect.poll(scrollY).toBe(600);
    await page.waitForTimeout(200);

    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The guest's landing could open 600 px down: it is more than a screen taller than that.
    const height = () =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { body: { scrollHeight: number } } }).document.body
            .scrollHeight,
      );
    expect(await height()).toBeGreaterThan(600 + VIEWPORTS.phone.height);
    await page.waitForTimeout(500);
    expect(await scrollY()).toBe(0);

    await page.goBack();
    await rows.first().waitFor();
    await expect.poll(scrollY).toBe(600);

    await page.goto(`${app.url}/exchange`);
    await rows.first().waitFor();
    await page.waitForTimeout(500);
    expect(await scrollY()).toBe(0);
  });
});
