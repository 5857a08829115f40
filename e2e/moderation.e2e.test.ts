import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOf } from '#contract/rules.ts';
import { findUserIdByLogin, grantAdmin } from '#functions/admin/admins.ts';
import { manualClock } from '#functions/kernel/clock.ts';
import { runScheduledJobs } from '#functions/scheduled/run-jobs.ts';
import { clientOf, registerAccount } from './support/api-client.ts';
import { startApp } from './support/app.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';
import { callApi } from './support/page-api.ts';
import { TEST_PASSWORD } from './support/register.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DURATION_MINUTES = 30;
const COMPLAINT = 'Ждала 20 минут в комнате, написала в Telegram — ответа нет.';
const VERDICT = 'Интервьюер не отметился и не вышел на связь.';

/**
 * Issue 9's story in the browser: a candidate checks in, the interviewer does not come, the candidate reports
 * it; an admin finds the report in the queue and upholds it; the candidate's point comes back live and both
 * are told. Then the admin finds a person by part of a Cyrillic name and makes them an admin, and adds a
 * profession that appears in a publish form already open elsewhere.
 */
describe('no-show moderation and the admin panel', () => {
  // The server's time. Each browser context runs a clock of its own from the same moment, so the page's
  // "can I check in now" agrees with the server's.
  const clock = manualClock(new Date(Math.ceil(Date.now() / MINUTE) * MINUTE));
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const logins = { oleg: `oleg.${suffix}`, katya: `katya.${suffix}`, anna: `anna.${suffix}` };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp({ now: clock }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const register = (login: string, displayName: string) => registerAccount(app.url, login, displayName);

  /** A browser of its own, signed in as `login`, its clock at the server's time. */
  async function signedIn(login: string, viewport: { width: number; height: number }) {
    const context: BrowserContext = await browser.newContext({ viewport, locale: 'ru-RU' });
    await context.clock.install({ time: clock() });
    const page = await context.newPage();
    await page.goto(app.url);
    expect((await callApi(page, 'POST', '/api/auth/login', { login, password: TEST_PASSWORD })).status).toBe(
      200,
    );
    return { context, page };
  }

  /** Moves the server's time and every browser's with it. */
  async function setTime(at: Date, contexts: BrowserContext[]) {
    clock.set(at);
    for (const context of contexts) await context.clock.setSystemTime(at);
  }

  const tick = () =>
    runScheduledJobs({ db: app.deps.db, now: clock, dispatch: app.deps.dispatch, log: () => {} });

  let anna: Page;
  let annaContext: BrowserContext;
  let oleg: Awaited<ReturnType<typeof register>>;

  it('a no-show, reported by the candidate, upheld by an admin: the point comes back live', async () => {
    oleg = await register(logins.oleg, 'Олег Петров');
    const katya = await register(logins.katya, 'Екатерина Соколова');
    await register(logins.anna, 'Анна Админова');
    const annaId = await findUserIdByLogin(app.deps.db, logins.anna);
    if (!annaId) throw new Error('no admin account');
    await grantAdmin(app.deps.db, { userId: annaId, actorId: null, source: 'e2e', now: clock() });

    const { items } = await (await oleg.get('/api/professions')).json();
    const startsAt = new Date(clock().getTime() + 3 * HOUR);
    const published = await oleg.post('/api/slots', {
      professionId: items[0].id,
      startsAt: startsAt.toISOString(),
      durationMinutes: DURATION_MINUTES,
      meetingUrl: 'https://telemost.yandex.ru/j/5512093386',
      description: 'Алгоритмы: графы и динамическое программирование',
    });
    expect(published.status).toBe(201);
    const { id: slotId } = await published.json();
    expect((await katya.post(`/api/slots/${slotId}/booking`)).status).toBe(201);

    // Five minutes before the start Екатерина is there and says so; Олег never does.
    clock.set(new Date(startsAt.getTime() - 5 * MINUTE));
    await tick();
    const { context: katyaContext, page: katyaPage } = await signedIn(logins.katya, VIEWPORTS.phone);
    await katyaPage.goto(`${app.url}/slots/${slotId}`);
    await katyaPage.getByRole('heading', { name: 'Кто на месте' }).waitFor();
    await katyaPage.getByRole('button', { name: 'Я на месте' }).click();
    await katyaPage.getByText(/Вы отметились в/).waitFor();
    await screenshotAllSizes(katyaPage, 'attendance-checked-in');

    // The interview's time is over; within the day after it she reports that he did not come.
    const end = endOf(startsAt, DURATION_MINUTES);
    annaContext = (await signedIn(logins.anna, VIEWPORTS.desktop)).context;
    await setTime(new Date(end.getTime() + 10 * MINUTE), [katyaContext, annaContext]);
    await tick();
    // The jump expires the open page's token. A reload that cuts its refresh short sends the spent token
    // again, which the grace for a just-spent token answers (functions/auth/sessions.ts) rather than ending
    // the session.
    await katyaPage.reload();
    const reportButton = katyaPage.getByRole('button', { name: 'Сообщить о неявке' });
    // Seen once in a loaded CI run: the button did not come after the reload. Say what the block showed, and
    // read the page once more before failing, so the next occurrence explains itself.
    if (
      !(await reportButton.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      ))
    ) {
      const block = await katyaPage
        .getByTestId('attendance')
        .textContent()
        .catch(() => 'no attendance block');
      console.warn(`no report button after the reload; the block said: ${block}`);
      await katyaPage.reload();
    }
    await reportButton.click();
    const report = katyaPage.getByRole('dialog');
    await report.getByRole('textbox', { name: /Что произошло/ }).fill(COMPLAINT);
    await report.getByRole('button', { name: 'Отправить жалобу' }).click();
    await katyaPage.getByText(/Жалоба отправлена, её рассмотрит администратор/).waitFor();
    expect(await katyaPage.getByTestId('header-balance').textContent()).toContain('0 баллов');

    // Анна finds it in the queue: her check-in beside his absence, and the comment.
    anna = annaContext.pages()[0] ?? (await annaContext.newPage());
    await anna.goto(`${app.url}/admin/moderation`);
    const card = anna.getByTestId('report').filter({ hasText: COMPLAINT });
    await card.waitFor();
    expect(await card.textContent()).toContain('Екатерина Соколова');
    expect(await card.textContent()).toContain('нет отметки');
    expect(await card.textContent()).toMatch(/отметка в/);
    await screenshotAllSizes(anna, 'admin-moderation');
    await card.getByRole('button', { name: 'Подтвердить неявку' }).click();
    const verdict = anna.getByRole('dialog');
    await verdict.getByRole('textbox', { name: /Комментарий к решению/ }).fill(VERDICT);
    await verdict.getByRole('button', { name: 'Подтвердить неявку' }).click();
    await anna.getByText('Неявка подтверждена. Участники получили уведомление.').waitFor();

    // Екатерина's point is back without a reload, and she is told.
    await katyaPage.getByTestId('header-balance').filter({ hasText: '1 балл' }).waitFor({ timeout: 5000 });
    await katyaPage.getByTestId('toast').filter({ hasText: 'Жалоба на неявку подтверждена' }).waitFor();
    await katyaPage.getByText('Администратор подтвердил, что собеседник не пришёл.').waitFor();
    // Олег is told too (signed in again: hours of server time passed), and carries the strike on his profile.
    oleg = clientOf(app.url);
    expect((await oleg.post('/api/auth/login', { login: logins.oleg, password: TEST_PASSWORD })).status).toBe(
      200,
    );
    const olegNotes = await (await oleg.get('/api/me/notifications')).json();
    expect(olegNotes.items.map((note: { kind: string }) => note.kind)).toEqual(
      expect.arrayContaining(['report.filed', 'report.resolved']),
    );
    const profile = await (await oleg.get(`/api/users/${logins.oleg}`)).json();
    expect(profile.attendance.strikes).toBe(1);
    await katyaContext.close();
  });

  it('finds a person by part of a Cyrillic name and makes them an admin', async () => {
    await anna.goto(`${app.url}/admin/users`);
    await anna.getByRole('searchbox', { name: /Логин или имя/ }).fill('сокол');
    const found = anna.getByRole('link', { name: /Екатерина Соколова/ });
    await found.waitFor();
    await screenshotAllSizes(anna, 'admin-users');
    await found.click();
    await anna.getByRole('heading', { name: 'Екатерина Соколова', level: 1 }).waitFor();
    await anna.getByRole('button', { name: 'Сделать администратором' }).click();
    const dialog = anna.getByRole('dialog');
    const reason = dialog.getByRole('textbox', { name: /Причина/ });
    if ((await reason.count()) > 0) await reason.fill('Помогает с модерацией');
    await dialog.getByRole('button', { name: 'Сделать администратором' }).click();
    await anna.getByText('Теперь это администратор.').waitFor();
    await screenshotAllSizes(anna, 'admin-user');
    const katya = clientOf(app.url);
    expect(
      (await katya.post('/api/auth/login', { login: logins.katya, password: TEST_PASSWORD })).status,
    ).toBe(200);
    expect((await (await katya.get('/api/me')).json()).role).toBe('admin');
  });

  it('adds a profession that appears in a publish form already open, without a reload', async () => {
    const { page: olegPage } = await signedIn(logins.oleg, VIEWPORTS.phone);
    await olegPage.goto(`${app.url}/slots/new`);
    const profession = olegPage.getByRole('combobox', { name: 'Профессия' });
    await profession.waitFor();
    expect(await profession.locator('option', { hasText: 'Геймдев' }).count()).toBe(0);

    await anna.goto(`${app.url}/admin/professions`);
    await anna.getByRole('textbox', { name: 'Название по-русски' }).fill('Геймдев');
    await anna.getByRole('textbox', { name: 'Название по-английски' }).fill('Game development');
    await anna.getByRole('button', { name: 'Добавить профессию' }).click();
    await anna.getByText('Профессия «Геймдев» добавлена.').waitFor();
    await screenshotAllSizes(anna, 'admin-professions');

    await profession.locator('option', { hasText: 'Геймдев' }).waitFor({ state: 'attached', timeout: 5000 });
  });

  it('shows the rest of the panel finished at both sizes: overview, interviews, one interview, audit', async () => {
    await anna.goto(`${app.url}/admin`);
    await anna.getByRole('heading', { name: 'Сводка', level: 1 }).waitFor();
    await screenshotAllSizes(anna, 'admin-dashboard');
    await anna.goto(`${app.url}/admin/interviews`);
    await anna.getByRole('heading', { name: 'Собеседования', level: 1 }).waitFor();
    const row = anna.getByRole('link', { name: /Олег Петров/ }).first();
    await row.waitFor();
    await screenshotAllSizes(anna, 'admin-interviews');
    await anna.goto(`${app.url}/admin/audit`);
    await anna.getByRole('heading', { name: 'Журнал действий', level: 1 }).waitFor();
    await anna.getByText(VERDICT).first().waitFor();
    await screenshotAllSizes(anna, 'admin-audit');
  });

  it('tells a member that the panel is not theirs, without fetching its code', async () => {
    const login = `ivan.${suffix}`;
    await register(login, 'Иван Кузнецов');
    const { context, page } = await signedIn(login, VIEWPORTS.desktop);
    const fetched: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/^\/assets\/admin-/.test(pathname)) fetched.push(pathname);
    });
    for (const address of ['/admin', '/admin/users', '/admin/moderation']) {
      await page.goto(`${app.url}${address}`);
      await page.getByRole('heading', { name: 'Только для администраторов', level: 1 }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await context.close();
  });
});
