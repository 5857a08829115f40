import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from './support/app.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';
import { callApi, visibleSlotIds, waitUntilLive } from './support/page-api.ts';

const PASSWORD = 'Kotlin-coroutines-2024';
const HOUR = 3_600_000;

/** A slot `hours` from now, on the minute, as the API takes it. */
const slotAt = (professionId: string, hours: number, description: string) => ({
  professionId,
  startsAt: new Date(Math.ceil((Date.now() + hours * HOUR) / 60_000) * 60_000).toISOString(),
  meetingUrl: 'https://telemost.yandex.ru/j/5512093386',
  description,
});

/** The page's connections to the relay, through Playwright: `drop()` cuts the current one. */
async function routeRelay(page: Page) {
  const state = { current: null as WebSocketRoute | null, attempts: 0 };
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    ws.connectToServer();
    state.current = ws;
    state.attempts += 1;
  });
  return {
    /** How many connections the page has tried so far (offline, they fail as on a real network). */
    get attempts() {
      return state.attempts;
    },
    drop() {
      state.current?.close({ code: 1001, reason: 'dropped' });
      state.current = null;
    },
  };
}

/** Stamps every exchange row with the moment it first appeared on the page (the browser's clock). */
async function stampArrivals(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const stamp = () => {
      for (const row of document.querySelectorAll('[data-slot-id]')) row.dataset.seenAt ??= String(Date.now());
    };
    stamp();
    new MutationObserver(stamp).observe(document.body, { childList: true, subtree: true });
  })()`);
}

const row = (page: Page, slotId: string) => page.locator(`[data-slot-id="${slotId}"]`);
const headerBalance = (page: Page) => page.getByTestId('header-balance');
const total = (page: Page) => page.getByTestId('exchange-total');

describe('the live exchange', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  /** Анна publishes; Борис books, in two tabs; the guest watches, with reduced motion. */
  let anna: Page;
  let borisContext: BrowserContext;
  let boris: Page;
  let guest: Page;
  let guestRelay: Awaited<ReturnType<typeof routeRelay>>;
  let annaRelay: Awaited<ReturnType<typeof routeRelay>>;
  let backend: string;
  let newSlotId: string;
  let bookedWhileAway: string;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const context = (options: { reducedMotion?: 'reduce' } = {}) =>
      browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU', ...options });
    const [annaContext, guestContext] = await Promise.all([context(), context({ reducedMotion: 'reduce' })]);
    borisContext = await context();
    [anna, boris, guest] = await Promise.all([
      annaContext.newPage(),
      borisContext.newPage(),
      guestContext.newPage(),
    ]);
    [annaRelay, guestRelay] = await Promise.all([routeRelay(anna), routeRelay(guest)]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows a new slot to every watcher in its place within a second of its publishing', async () => {
    const suffix = Date.now().toString(36);
    for (const [page, login, displayName] of [
      [anna, `anna.${suffix}`, 'Анна Смирнова'],
      [boris, `boris.${suffix}`, 'Борис Ким'],
    ] as const) {
      await page.goto(app.url);
      const reply = await callApi(page, 'POST', '/api/auth/register', {
        login,
        password: PASSWORD,
        displayName,
      });
      expect(reply.status).toBe(201);
    }
    const { body } = await callApi(anna, 'GET', '/api/professions');
    backend = (body.items as { id: string; slug: string }[]).find((p) => p.slug === 'backend')?.id ?? '';
    for (const hours of [26, 74]) {
      const reply = await callApi(anna, 'POST', '/api/slots', slotAt(backend, hours, 'Базы данных'));
      expect(reply.status).toBe(201);
    }

    const watchers = [anna, boris, guest];
    for (const page of watchers) {
      await page.goto(`${app.url}/exchange`);
      await total(page).filter({ hasText: 'Найдено 2 слота' }).waitFor();
      await waitUntilLive(page);
      await stampArrivals(page);
    }
    expect(await guest.getByTestId('live-status').textContent()).toBe('В реальном времени');

    // Published from Анна's page, bypassing the app: only the live stream can bring it to the lists.
    const published = await anna.evaluate(
      async (slot) => {
        const response = await fetch('/api/slots', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(slot),
        });
        const answeredAt = Date.now();
        return { status: response.status, answeredAt, id: ((await response.json()) as { id: string }).id };
      },
      slotAt(backend, 50, 'Очереди и идемпотентность'),
    );
    expect(published.status).toBe(201);
    newSlotId = published.id;

    const delays: number[] = [];
    for (const page of watchers) {
      await row(page, newSlotId).waitFor({ timeout: 1000 });
      delays.push(Number(await row(page, newSlotId).getAttribute('data-seen-at')) - published.answeredAt);
      // Between the other two, by start time; the total follows.
      expect((await visibleSlotIds(page))[1]).toBe(newSlotId);
      await total(page).filter({ hasText: 'Найдено 3 слота' }).waitFor();
    }
    console.info(`publish → row on screen (Анна, Борис, guest): ${delays.join(', ')} ms`);
    for (const delay of delays) expect(delay).toBeLessThan(1000);

    // Highlighted for two seconds; with reduced motion the highlight stays still instead of fading.
    expect(await row(boris, newSlotId).getAttribute('data-highlight')).toBe('true');
    const guestHighlight = row(guest, newSlotId).getByTestId('slot-highlight');
    expect(
      await guestHighlight.evaluate(
        (element) => element.ownerDocument.defaultView?.getComputedStyle(element).animationName,
      ),
    ).toBe('none');
    await expect
      .poll(() => row(guest, newSlotId).getAttribute('data-highlight'), { timeout: 3000 })
      .toBeNull();
  });

  it('takes a booked slot off every list, tells the interviewer, and moves the balance in every tab', async () => {
    // Борис books in a second tab; his first tab stays on the exchange and only hears about it.
    const secondTab = await borisContext.newPage();
    await secondTab.goto(`${app.url}/exchange`);
    await row(secondTab, newSlotId).getByRole('button', { name: 'Записаться · 1 балл (у вас 1)' }).click();
    await secondTab
      .getByRole('dialog', { name: 'Записаться на собеседование?' })
      .getByRole('button', { name: 'Записаться' })
      .click();
    await secondTab.getByRole('status').filter({ hasText: 'Вы записаны.' }).waitFor();

    for (const page of [anna, boris, guest]) {
      await row(page, newSlotId).waitFor({ state: 'detached', timeout: 1000 });
      await total(page).filter({ hasText: 'Найдено 2 слота' }).waitFor();
    }
    await headerBalance(boris).filter({ hasText: '0 баллов' }).waitFor({ timeout: 1000 });

    const toast = anna.getByTestId('toast');
    await toast.waitFor({ timeout: 1000 });
    expect(await toast.textContent()).toContain('Новая запись');
    expect(await toast.textContent()).toContain('Кандидат Борис Ким записан на ваш слот');
    await anna.getByTestId('notification-count').filter({ hasText: '1' }).waitFor();
    expect(await anna.getByTestId('notification-bell').getAttribute('aria-label')).toBe(
      'Уведомления: 1 непрочитанное',
    );
    await screenshotAllSizes(anna, 'live-exchange-toast');

    await anna.getByTestId('notification-bell').click();
    const panel = anna.getByTestId('notifications-panel');
    await panel.getByTestId('notification').first().waitFor();
    expect(await panel.getByTestId('notification').count()).toBe(1);
    await screenshotAllSizes(anna, 'live-notifications');

    // Opening the notification opens the slot and reads it.
    await panel.getByRole('link', { name: /Новая запись/ }).click();
    await anna.waitForURL(`${app.url}/slots/${newSlotId}`);
    await anna.getByTestId('counterpart').filter({ hasText: 'Борис Ким' }).waitFor();
    await anna.getByTestId('notification-count').waitFor({ state: 'detached' });
    expect((await callApi(anna, 'GET', '/api/me/notifications')).body.unread).toBe(0);
    await secondTab.close();
  });

  it('brings a cancelled booking back, highlighted, and tells the interviewer', async () => {
    await anna.goto(`${app.url}/exchange`);
    await waitUntilLive(anna);
    const { body } = await callApi(boris, 'GET', `/api/slots/${newSlotId}`);
    const cancelled = await callApi(boris, 'POST', `/api/bookings/${body.bookingId}/cancel`, {});
    expect(cancelled.status).toBe(200);

    await row(guest, newSlotId).waitFor({ timeout: 1000 });
    expect(await row(guest, newSlotId).getAttribute('data-highlight')).toBe('true');
    expect((await visibleSlotIds(guest))[1]).toBe(newSlotId);
    await total(guest).filter({ hasText: 'Найдено 3 слота' }).waitFor();
    await screenshotAllSizes(guest, 'live-exchange-returned');
    await headerBalance(boris).filter({ hasText: '1 балл' }).waitFor({ timeout: 1000 });

    await anna.getByTestId('toast').filter({ hasText: 'Запись отменена' }).waitFor({ timeout: 1000 });
    await anna.getByTestId('notification-count').filter({ hasText: '1' }).waitFor();
    await anna.getByTestId('notification-bell').click();
    await anna.getByRole('button', { name: 'Прочитать все' }).click();
    await anna.getByTestId('notification-count').waitFor({ state: 'detached' });
    expect((await callApi(anna, 'GET', '/api/me/notifications')).body.unread).toBe(0);
  });

  it('catches up after a lost connection, without a reload', async () => {
    await guest.context().setOffline(true);
    guestRelay.drop();
    await guest.locator('[data-testid="live-status"][data-status="reconnecting"]').waitFor();
    expect(await guest.getByTestId('live-status').textContent()).toBe('Нет связи, переподключаемся…');

    // While the guest is cut off: a new slot, and a booking of another.
    const added = await callApi(anna, 'POST', '/api/slots', slotAt(backend, 98, 'Шардирование'));
    expect(added.status).toBe(201);
    [bookedWhileAway = ''] = await visibleSlotIds(guest);
    expect((await callApi(boris, 'POST', `/api/slots/${bookedWhileAway}/booking`, {})).status).toBe(201);
    await row(anna, added.body.id ?? '').waitFor({ timeout: 1000 });
    expect(await row(guest, added.body.id ?? '').count()).toBe(0);

    // Back online right after an attempt failed: the next one comes within the backoff, at most 7.5 s.
    const attempts = guestRelay.attempts;
    await expect.poll(() => guestRelay.attempts, { timeout: 10_000 }).toBeGreaterThan(attempts);
    await guest.context().setOffline(false);
    await waitUntilLive(guest, 10_000);
    const truth = await callApi(guest, 'GET', '/api/slots?professions=all');
    const expected = (truth.body.items as { id: string }[]).map((slot) => slot.id);
    await expect.poll(() => visibleSlotIds(guest), { timeout: 2000 }).toEqual(expected);
    expect(expected).toContain(added.body.id);
    expect(expected).not.toContain(bookedWhileAway);
  });

  it('renews the session for the live connection and keeps the personal stream', async () => {
    const refreshes: string[] = [];
    anna.on('request', (request) => {
      if (request.url().endsWith('/api/auth/refresh')) refreshes.push(request.method());
    });
    const dismissToasts = async () => {
      const close = anna.getByRole('button', { name: 'Закрыть уведомление' });
      // A toast may go away by itself meanwhile.
      while ((await close.count()) > 0)
        await close
          .first()
          .click({ timeout: 1000 })
          .catch(() => {});
    };

    // A token the relay refuses (here: garbage) when the connection drops and comes back.
    await anna.context().addCookies([{ name: 'ms_access', value: 'garbage', url: app.url, httpOnly: true }]);
    annaRelay.drop();
    await anna.locator('[data-testid="live-status"][data-status="reconnecting"]').waitFor();
    await waitUntilLive(anna, 10_000);
    expect(refreshes).toEqual(['POST']);
    await anna.getByTestId('notification-count').filter({ hasText: '1' }).waitFor();
    await dismissToasts();
    const { body } = await callApi(boris, 'GET', `/api/slots/${bookedWhileAway}`);
    expect((await callApi(boris, 'POST', `/api/bookings/${body.bookingId}/cancel`, {})).status).toBe(200);
    await anna.getByTestId('toast').filter({ hasText: 'Запись отменена' }).waitFor({ timeout: 1000 });
    await anna.getByTestId('notification-count').filter({ hasText: '2' }).waitFor();

    // An expired cookie is not even sent: the relay sees a guest, until the app finds the session expired,
    // refreshes it and connects again.
    await dismissToasts();
    await anna.context().clearCookies({ name: 'ms_access' });
    const before = annaRelay.attempts;
    annaRelay.drop();
    await expect.poll(() => annaRelay.attempts, { timeout: 10_000 }).toBe(before + 2);
    await waitUntilLive(anna);
    expect(refreshes).toEqual(['POST', 'POST']);
    expect((await callApi(boris, 'POST', `/api/slots/${bookedWhileAway}/booking`, {})).status).toBe(201);
    await anna.getByTestId('toast').filter({ hasText: 'Новая запись' }).waitFor({ timeout: 1000 });
    await row(anna, bookedWhileAway).waitFor({ state: 'detached', timeout: 1000 });
  });
});
