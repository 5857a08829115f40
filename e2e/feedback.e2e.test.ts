import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOf } from '#contract/rules.ts';
import { manualClock } from '#functions/kernel/clock.ts';
import { runScheduledJobs } from '#functions/scheduled/run-jobs.ts';
import { clientOf, signUp } from './support/api-client.ts';
import { startApp } from './support/app.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';
import { callApi } from './support/page-api.ts';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const PASSWORD = 'Kotlin-coroutines-2024';
const DURATION_MINUTES = 60;
const MEETING = 'https://telemost.yandex.ru/j/5512093386';
const REVIEW = 'Разобрали System Design по шагам, очень полезные вопросы про кэширование.';
const EDITED = `${REVIEW} Спасибо за подробный разбор!`;
const STRENGTHS = 'Уверенно раскладывает задачу на компоненты и проговаривает компромиссы.';
const IMPROVEMENTS = 'Оценивать нагрузку цифрами до выбора хранилища.';

/** A slot starting `ms` after `from`, on the minute, as the API takes it. */
const slotAt = (professionId: string, from: Date, ms: number) => ({
  professionId,
  startsAt: new Date(Math.ceil((from.getTime() + ms) / MINUTE) * MINUTE).toISOString(),
  durationMinutes: DURATION_MINUTES,
  meetingUrl: MEETING,
  description: 'System Design: кэширование, очереди, шардирование',
});

async function register(base: string, login: string, displayName: string) {
  const client = clientOf(base);
  const reply = await client.post('/api/auth/register', { login, password: PASSWORD, displayName });
  expect(reply.status).toBe(201);
  return client;
}

/** Closes the toasts on screen, so that screenshots show the page under them. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Закрыть уведомление' });
  // A toast may go away by itself meanwhile.
  while ((await close.count()) > 0)
    await close
      .first()
      .click({ timeout: 1000 })
      .catch(() => {});
}

/** A 1–5 score in one of the form's groups, by the group's legend. */
const score = (page: Page, criterion: string, value: string) =>
  page.getByRole('group', { name: criterion }).getByRole('radio', { name: value }).check();

describe('feedback after an interview', () => {
  // The server's time; the browsers keep their own, real one.
  const clock = manualClock(new Date());
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  /** Анна, the interviewer: her API client and her browser, for the second test. */
  let anna: Awaited<ReturnType<typeof register>>;
  let annaPage: Page;
  let professionId: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp({ now: clock }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A browser of its own, signed in as `login`. */
  async function signedIn(login: string): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(app.url);
    expect((await callApi(page, 'POST', '/api/auth/login', { login, password: PASSWORD })).status).toBe(200);
    return page;
  }

  it('is double-blind until both sides give it, then shows on both pages, the profile and the exchange', async () => {
    const suffix = Date.now().toString(36);
    const annaLogin = `anna.${suffix}`;
    const borisLogin = `boris.${suffix}`;
    anna = await register(app.url, annaLogin, 'Анна Смирнова');
    const boris = await register(app.url, borisLogin, 'Борис Ким');
    const { items } = await (await anna.get('/api/professions')).json();
    professionId = items[0].id;
    const heldSlot = slotAt(professionId, clock(), 3 * HOUR);
    const held = await anna.post('/api/slots', heldSlot);
    expect(held.status).toBe(201);
    const { id: slotId } = await held.json();
    // Another slot of hers, still open on the exchange after the interview.
    const open = await anna.post('/api/slots', slotAt(professionId, clock(), 3 * 24 * HOUR));
    expect(open.status).toBe(201);
    const { id: openSlotId } = await open.json();
    expect((await boris.post(`/api/slots/${slotId}/booking`)).status).toBe(201);

    // The interview takes place: the server's clock passes its end and the jobs complete it.
    const end = endOf(new Date(heldSlot.startsAt), DURATION_MINUTES).getTime();
    clock.set(new Date(end + MINUTE));
    await runScheduledJobs({ db: app.deps.db, now: clock, dispatch: app.deps.dispatch, log: () => {} });

    // Борис finds the feedback waiting in his past interviews.
    const borisPage = await signedIn(borisLogin);
    await borisPage.goto(`${app.url}/interviews?scope=past`);
    const interview = borisPage.getByTestId('interview').filter({ hasText: 'Анна Смирнова' });
    await interview.getByTestId('feedback-call').waitFor();
    expect(await interview.getByTestId('counterpart').getByRole('link').getAttribute('href')).toBe(
      `/u/${annaLogin}`,
    );
    await screenshotAllSizes(borisPage, 'feedback-interviews-due');
    await interview.getByRole('link', { name: 'Оставить отзыв' }).click();
    await borisPage.waitForURL(`${app.url}/slots/${slotId}#feedback`);
    await borisPage.getByRole('heading', { name: 'Ваш отзыв об интервьюере' }).waitFor();
    expect(await borisPage.getByTestId('feedback').textContent()).toContain(
      'Отзыв другой стороны виден после того, как оба оставят отзыв, или через 7 дней',
    );

    // The overall rating is required: the form says so beside it and sends nothing.
    await borisPage.getByRole('button', { name: 'Отправить отзыв' }).click();
    const overall = borisPage.getByRole('group', { name: 'Общая оценка' });
    await overall.getByText('Выберите вариант').waitFor();
    // Keyboard and screen reader users land on it.
    expect(await borisPage.locator(':focus').getAttribute('aria-label')).toBe('1 — плохо');
    await score(borisPage, 'Общая оценка', '5 — отлично');
    await score(borisPage, 'Подготовка', '4 — хорошо');
    await borisPage.getByRole('textbox', { name: 'Отзыв (необязательно)' }).fill(REVIEW);
    await borisPage.getByText(`Символов: ${REVIEW.length} из 2000`).waitFor({ state: 'attached' });
    await screenshotAllSizes(borisPage, 'feedback-form');
    await borisPage.getByRole('button', { name: 'Отправить отзыв' }).click();
    await borisPage.getByRole('status').filter({ hasText: 'Отзыв отправлен.' }).waitFor();
    // The form gave way to what was sent: the focus is on its heading, not lost with the form.
    expect(await borisPage.locator(':focus').textContent()).toBe('Ваш отзыв об интервьюере');
    await borisPage.getByTestId('review-comment').filter({ hasText: REVIEW }).waitFor();
    expect(await borisPage.getByTestId('feedback-theirs').textContent()).toContain(
      'Интервьюер ещё не оставил отзыв',
    );

    // Until the other side has written too, the review can still be changed.
    await borisPage.getByRole('button', { name: 'Изменить отзыв' }).click();
    await borisPage.getByRole('textbox', { name: 'Отзыв (необязательно)' }).fill(EDITED);
    await borisPage.getByRole('button', { name: 'Сохранить изменения' }).click();
    await borisPage.getByRole('status').filter({ hasText: 'Изменения сохранены.' }).waitFor();
    await borisPage.getByTestId('review-comment').filter({ hasText: EDITED }).waitFor();

    // Анна hears that feedback came, not what it says.
    annaPage = await signedIn(annaLogin);
    await annaPage.goto(`${app.url}/slots/${slotId}`);
    await annaPage.getByTestId('feedback-received').filter({ hasText: 'Оценка получена' }).waitFor();
    expect(await annaPage.getByText(REVIEW).count()).toBe(0);
    await score(annaPage, 'Технические знания', '4 — хорошо');
    await score(annaPage, 'Решение задач', '5 — отлично');
    await score(annaPage, 'Коммуникация', '4 — хорошо');
    await annaPage.getByRole('radio', { name: 'Нанимать', exact: true }).check();
    await annaPage.getByLabel('Сильные стороны').fill(STRENGTHS);
    await annaPage.getByLabel('Что улучшить').fill(IMPROVEMENTS);
    await annaPage.getByRole('button', { name: 'Отправить отзыв' }).click();
    await annaPage.getByRole('status').filter({ hasText: 'Отзыв отправлен.' }).waitFor();

    // Both gave theirs: each sees the other's, Борис without reloading.
    await annaPage
      .getByTestId('feedback-theirs')
      .getByTestId('review-comment')
      .filter({ hasText: EDITED })
      .waitFor();
    const theirs = borisPage.getByTestId('feedback-theirs');
    await theirs
      .getByTestId('assessment-strengths')
      .filter({ hasText: STRENGTHS })
      .waitFor({ timeout: 5000 });
    expect(await theirs.textContent()).toContain('Нанимать');
    await borisPage.getByTestId('toast').filter({ hasText: 'Отзывы открыты' }).waitFor();
    await dismissToasts(borisPage);
    await screenshotAllSizes(borisPage, 'feedback-revealed');

    // Once both are open, neither changes: nobody answers what the other wrote.
    expect(await borisPage.getByRole('button', { name: 'Изменить отзыв' }).count()).toBe(0);
    await borisPage.getByText('Оба отзыва открыты — изменить их уже нельзя.').waitFor();

    // The exchange: her other slot carries the rating, and her name leads to her profile.
    await borisPage.goto(`${app.url}/exchange`);
    const card = borisPage.locator(`[data-slot-id="${openSlotId}"]`);
    await card.getByTestId('interviewer-rating').filter({ hasText: '★ 5,0 (1)' }).waitFor();
    await borisPage.getByRole('radio', { name: 'Сначала лучшие' }).check();
    await borisPage.waitForURL(/sort=best_rated/);
    await card.waitFor();
    await card.getByRole('link', { name: 'Анна Смирнова' }).click();
    await borisPage.waitForURL(`${app.url}/u/${annaLogin}`);
    await borisPage.getByRole('heading', { name: 'Анна Смирнова', level: 1 }).waitFor();
    const rating = borisPage.getByTestId('profile-rating');
    expect(await rating.textContent()).toContain('5,0');
    expect(await rating.textContent()).toContain('1 оценка');
    const distribution = borisPage.getByTestId('profile-distribution');
    expect(await distribution.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('5 ★ — 1'),
      expect.stringContaining('4 ★ — 0'),
      expect.stringContaining('3 ★ — 0'),
      expect.stringContaining('2 ★ — 0'),
      expect.stringContaining('1 ★ — 0'),
    ]);
    expect(await borisPage.getByTestId('profile-stats').textContent()).toContain(
      'Посещаемость100\u00a0% (1 из 1)',
    );
    await borisPage.getByTestId('profile-review').filter({ hasText: EDITED }).waitFor();
    await screenshotAllSizes(borisPage, 'profile');

    // Борис's own page: the interviewers' scores over time, as a chart and as a table.
    await borisPage.goto(`${app.url}/me/feedback`);
    const chart = borisPage.getByTestId('score-chart');
    await chart.getByRole('img', { name: 'Оценки интервьюеров по собеседованиям' }).waitFor();
    expect(await chart.locator('path[stroke]').count()).toBeGreaterThanOrEqual(3);
    await chart.getByText('Оценки таблицей').click();
    expect(await chart.getByRole('row').nth(1).textContent()).toContain('454');
    await borisPage.getByTestId('feedback-item').filter({ hasText: STRENGTHS }).waitFor();
    await screenshotAllSizes(borisPage, 'my-feedback');
  });

  it('charts the ratings an interviewer received over her interviews', async () => {
    // Three more candidates, each with the point every account starts with, book her next slots.
    const reviews = [
      { rating: 4, preparation: 4, clarity: 3, usefulness: null, comment: '' },
      { rating: 3, preparation: null, clarity: 4, usefulness: 3, comment: 'Хотелось бы больше задач.' },
      { rating: 5, preparation: 5, clarity: 5, usefulness: 5, comment: 'Лучшее собеседование!' },
    ];
    // The server's clock moved by hours since she signed up: her session is renewed first.
    expect((await anna.post('/api/auth/refresh')).status).toBe(204);
    const from = clock();
    const interviews = [];
    for (const [index, review] of reviews.entries()) {
      const slot = slotAt(professionId, from, (index + 1) * 3 * HOUR);
      const published = await anna.post('/api/slots', slot);
      expect(published.status).toBe(201);
      const { id } = await published.json();
      const candidate = await signUp(app.url);
      expect((await candidate.post(`/api/slots/${id}/booking`)).status).toBe(201);
      interviews.push({ id, slot, candidate, review });
    }
    const last = interviews.at(-1)?.slot.startsAt ?? '';
    clock.set(new Date(endOf(new Date(last), DURATION_MINUTES).getTime() + MINUTE));
    await runScheduledJobs({ db: app.deps.db, now: clock, dispatch: app.deps.dispatch, log: () => {} });

    // Hours passed on the server's clock: the API clients renew their sessions, as the browser does.
    expect((await anna.post('/api/auth/refresh')).status).toBe(204);
    const assessment = { technicalKnowledge: 4, problemSolving: 4, communication: 5, recommendation: 'hire' };
    for (const { id, candidate, review } of interviews) {
      expect((await candidate.post('/api/auth/refresh')).status).toBe(204);
      expect((await candidate.post(`/api/slots/${id}/review`, review)).status).toBe(201);
      expect((await anna.post(`/api/slots/${id}/assessment`, assessment)).status).toBe(201);
    }

    await annaPage.goto(`${app.url}/me/feedback`);
    const chart = annaPage.getByTestId('score-chart');
    await chart.getByRole('img', { name: 'Оценки кандидатов по собеседованиям' }).waitFor();
    await chart.getByText('Оценки таблицей').click();
    // The header and a row per interview, oldest first; an unscored criterion is a dash.
    expect(await chart.getByRole('row').allTextContents()).toEqual([
      'СобеседованиеОбщая оценкаПодготовкаПонятностьПольза',
      expect.stringMatching(/54——$/),
      expect.stringMatching(/443—$/),
      expect.stringMatching(/3—43$/),
      expect.stringMatching(/5555$/),
    ]);
    await screenshotAllSizes(annaPage, 'my-feedback-interviewer');
  });
});
