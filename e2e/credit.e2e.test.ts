import type { Browser, Page } from 'playwright-core';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_COOKIE } from '#contract/auth.ts';
import type { ClientEvent } from '#contract/events.ts';
import { endOf, REPORT_WINDOW_MS } from '#contract/rules.ts';
import { manualClock } from '#functions/kernel/clock.ts';
import { runScheduledJobs } from '#functions/scheduled/run-jobs.ts';
import { clientOf, signUp } from './support/api-client.ts';
import { startApp } from './support/app.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';
import { callApi, waitUntilLive } from './support/page-api.ts';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const PASSWORD = 'Kotlin-coroutines-2024';
const DURATION_MINUTES = 60;

const headerBalance = (page: Page) => page.getByTestId('header-balance');

/** A socket connected like the interviewer’s browser: our Origin and the access cookie. */
async function listen(url: string, accessToken: string) {
  const socket = connect(url, {
    transports: ['websocket'],
    extraHeaders: { origin: url, cookie: `${ACCESS_COOKIE}=${accessToken}` },
  });
  // Each event with the moment it arrived (performance.now()).
  const seen: (ClientEvent & { receivedAt: number })[] = [];
  socket.on('event', (event: ClientEvent) => seen.push({ ...event, receivedAt: performance.now() }));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.disconnect();
      reject(error);
    });
  });
  return { socket, seen };
}

describe('the interviewer’s point for a held interview', () => {
  // The server's time; the browser keeps its own, real one, so the clock starts at the real now.
  const clock = manualClock(new Date());
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  let socket: Socket | undefined;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp({ now: clock }), launchBrowser()]);
  });

  afterAll(async () => {
    socket?.disconnect();
    await browser?.close();
    await app?.close();
  });

  it('moves the balance on the interviewer’s open page when the report window closes, once', async () => {
    const login = `anna.${Date.now().toString(36)}`;
    const interviewer = clientOf(app.url);
    const registered = await interviewer.post('/api/auth/register', {
      login,
      password: PASSWORD,
      displayName: 'Анна Смирнова',
    });
    expect(registered.status).toBe(201);
    const { items } = await (await interviewer.get('/api/professions')).json();
    const startsAt = new Date(Math.ceil((clock().getTime() + 3 * HOUR) / MINUTE) * MINUTE);
    const published = await interviewer.post('/api/slots', {
      professionId: items[0].id,
      startsAt: startsAt.toISOString(),
      durationMinutes: DURATION_MINUTES,
      meetingUrl: 'https://telemost.yandex.ru/j/5512093386',
    });
    expect(published.status).toBe(201);
    const { id: slotId } = await published.json();
    const candidate = await signUp(app.url);
    expect((await candidate.post(`/api/slots/${slotId}/booking`)).status).toBe(201);

    // The interview is held: the jobs lock it in (reminding both sides) and complete it, as the scheduler
    // would have by then. Run here, before the page opens, because a live reminder makes the page renew its
    // session and read the balance again, which would bring the credit along without any event for it.
    const end = endOf(startsAt, DURATION_MINUTES).getTime();
    const jobs = { db: app.deps.db, now: clock, dispatch: app.deps.dispatch, log: () => {} };
    clock.set(new Date(end + MINUTE));
    await runScheduledJobs(jobs);

    const page = await (await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU' })).newPage();
    await page.goto(app.url);
    expect((await callApi(page, 'POST', '/api/auth/login', { login, password: PASSWORD })).status).toBe(200);
    await page.goto(`${app.url}/exchange`);
    await waitUntilLive(page);
    // The signup bonus only: publishing cost nothing, and the report window is still open.
    await headerBalance(page).filter({ hasText: '1 балл' }).waitFor();
    // Gone after a reload: the new balance must reach the page as it stands.
    await page.evaluate('window.notReloaded = true');
    const session = await page.context().cookies(app.url);
    const listener = await listen(app.url, session.find((c) => c.name === ACCESS_COOKIE)?.value ?? '');
    socket = listener.socket;

    // A minute after the report window closes, the next run credits the interviewer.
    clock.set(new Date(end + REPORT_WINDOW_MS + MINUTE));
    const started = performance.now();
    await runScheduledJobs(jobs);
    const ran = performance.now() - started;
    await headerBalance(page).filter({ hasText: '2 балла' }).waitFor({ timeout: 5000 });
    const onScreen = performance.now() - started;
    expect(await page.evaluate('window.notReloaded')).toBe(true);
    const credited = () => listener.seen.filter((event) => event.name === 'points.changed');
    await expect.poll(() => credited().length, { timeout: 5000, interval: 20 }).toBe(1);
    expect(credited()[0]).toMatchObject({ personal: true, payload: { balance: 2 } });
    const onSocket = (credited()[0]?.receivedAt ?? Number.NaN) - started;
    console.info(
      `credit run ${ran.toFixed(0)} ms; points.changed on the socket after ${onSocket.toFixed(0)} ms, ` +
        `the balance on screen after ${onScreen.toFixed(0)} ms`,
    );
    await screenshotAllSizes(page, 'credit-balance');

    // A later run pays nothing more. A day has passed on the server's clock: the access token has expired.
    await runScheduledJobs(jobs);
    expect((await interviewer.post('/api/auth/refresh')).status).toBe(204);
    expect((await (await interviewer.get('/api/me')).json()).balance).toBe(2);
    expect(await headerBalance(page).textContent()).toContain('2 балла');
  });
});
