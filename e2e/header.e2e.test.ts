import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserIdByLogin, grantAdmin } from '#functions/admin/admins.ts';
import { registerAccount } from './support/api-client.ts';
import { startApp } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { callApi } from './support/page-api.ts';
import { TEST_PASSWORD } from './support/register.ts';

/** Laptops and desktops: below 1200 px the account's items hide behind the avatar, from 1200 px on they stand in the row. */
const WIDTHS = [1024, 1199, 1200, 1280, 1440];
const NAME = 'Константин Константинопольский-Преображенский';
/** The sticky header's height on wide screens: one row. */
const ROW_HEIGHT = 64;

describe('the header on wide screens', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  // The fullest header there is: an admin's, with the admin panel's link, and a long name.
  it('keeps an admin with a long name in one row, every control on the screen', async () => {
    const login = `konstantin.${Date.now().toString(36)}`;
    await registerAccount(app.url, login, NAME);
    const userId = (await findUserIdByLogin(app.deps.db, login)) ?? '';
    await grantAdmin(app.deps.db, { userId, actorId: null, source: 'e2e', now: new Date() });

    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${app.url}/login`);
      expect(
        (await callApi(page, 'POST', '/api/auth/login', { login, password: TEST_PASSWORD })).status,
      ).toBe(200);
      await page.goto(`${app.url}/exchange`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const header = page.locator('header').first();
      await header.getByTestId('header-balance').waitFor();

      expect((await header.boundingBox())?.height, `${width} px`).toBeLessThanOrEqual(ROW_HEIGHT);
      const controls = await header.locator('a:visible, button:visible').all();
      const outside: string[] = [];
      for (const control of controls) {
        const box = await control.boundingBox();
        if (box && (box.x < 0 || box.x + box.width > width + 0.5))
          outside.push((await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? '');
      }
      expect(outside, `${width} px`).toEqual([]);
      // No control squeezed over its neighbour.
      const boxes = (await Promise.all(controls.map((control) => control.boundingBox()))).filter(
        (box) => box !== null,
      );
      const overlaps = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter(
            // Edges that touch, to a subpixel, do not overlap.
            (b) =>
              Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
              a.y < b.y + b.height &&
              b.y < a.y + a.height,
          )
          .map(
            (b) =>
              `${Math.round(a.x)}–${Math.round(a.x + a.width)} over ${Math.round(b.x)}–${Math.round(b.x + b.width)}`,
          ),
      );
      expect(overlaps, `${width} px`).toEqual([]);
      // The admin's way in is in the row or one tap away behind the avatar.
      const adminLink = header.getByTestId('header-admin');
      if (width < 1200) {
        expect(await adminLink.isVisible(), `${width} px`).toBe(false);
        await header.getByRole('button', { name: 'Меню профиля' }).click();
      }
      expect(await adminLink.isVisible(), `${width} px`).toBe(true);
      // In the row, the first name, whole; the menu behind the avatar has the whole name.
      const name = header.getByText(width < 1200 ? NAME : 'Константин', { exact: true });
      expect(await name.isVisible(), `${width} px`).toBe(true);
      expect(
        await name.evaluate(
          (element) => element.parentElement?.scrollWidth === element.parentElement?.clientWidth,
        ),
        `${width} px`,
      ).toBe(true);
      await page.close();
    }
  });
});
