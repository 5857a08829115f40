import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from './support/app.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';
import { callApi, registerInPage } from './support/page-api.ts';

const PASSWORD = 'Kotlin-coroutines-2024';
const MOSCOW = 'Europe/Moscow';
const MEETING = 'https://telemost.yandex.ru/j/5512093386';
const HOUR = 3_600_000;

/** The calendar day in Moscow `days` from now, as the API takes it in a date. */
function moscowDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: MOSCOW }).format(Date.now() + days * 24 * HOUR);
}

/** How the app writes a moment for a Moscow viewer: "12 декабря в 18:00 МСК". */
function moscowDateTime(iso: string): string {
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: MOSCOW,
  };
  return `${new Intl.DateTimeFormat('ru-RU', options).format(new Date(iso))} МСК`;
}

const BOOKED = 'Вы записаны. Ссылка на встречу и контакты интервьюера — ниже.';
const note = (page: Page) => page.getByTestId('slot-note');
const headerBalance = (page: Page) => page.getByTestId('header-balance');

/**
 * Checks the deadline beside the cancel button of tomorrow's 18:00 slot (the interviewer's says that a later
 * cancellation costs a strike), then cancels through the dialog.
 */
async function cancelBeforeDeadline(page: Page, action: string, title: string): Promise<void> {
  const cutoff = moscowDateTime(new Date(Date.parse(`${moscowDay(1)}T15:00:00Z`) - 2 * HOUR).toISOString());
  expect(await page.getByTestId('cancel-deadline').textContent()).toBe(
    action === 'Отменить запись'
      ? `Отменить можно до ${cutoff}`
      : `Без последствий — до ${cutoff}, позже — с нарушением за позднюю отмену`,
  );
  await page.getByRole('button', { name: action }).click();
  await page.getByRole('dialog', { name: title }).getByRole('button', { name: action }).click();
}

describe('the slot page tells the truth', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  /** Анна publishes and interviews; Борис books. */
  let anna: Page;
  let boris: Page;
  let backend: string;
  let slotId: string;

  const publish = async (days: number, time: string, description: string) => {
    const reply = await callApi(anna, 'POST', '/api/slots', {
      professionId: backend,
      startsAt: `${moscowDay(days)}T${time}:00+03:00`,
      durationMinutes: 60,
      meetingUrl: MEETING,
      language: 'ru',
      description,
    });
    expect(reply.status).toBe(201);
    return reply.body.id ?? '';
  };

  const book = async (page: Page, balance: number) => {
    await page.getByRole('button', { name: `Записаться · 1 балл (у вас ${balance})` }).click();
    const dialog = page.getByRole('dialog', { name: 'Записаться на собеседование?' });
    await dialog.getByRole('button', { name: 'Записаться' }).click();
    await dialog.waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const open = async () =>
      (await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU' })).newPage();
    [anna, boris] = await Promise.all([open(), open()]);
    const suffix = Date.now().toString(36);
    await registerInPage(anna, app.url, {
      login: `anna.${suffix}`,
      password: PASSWORD,
      displayName: 'Анна Смирнова',
    });
    await registerInPage(boris, app.url, {
      login: `boris.${suffix}`,
      password: PASSWORD,
      displayName: 'Борис Ким',
    });
    const { body } = await callApi(anna, 'GET', '/api/professions');
    backend = (body.items as { id: string; slug: string }[]).find((p) => p.slug === 'backend')?.id ?? '';
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows only the booked state after giving a booking back and booking again', async () => {
    slotId = await publish(1, '18:00', 'Транзакции и индексы в PostgreSQL.');
    await boris.goto(`${app.url}/slots/${slotId}`);
    await book(boris, 1);
    await note(boris).filter({ hasText: BOOKED }).waitFor();

    // The deadline stands beside the way out, in the viewer's zone.
    await cancelBeforeDeadline(boris, 'Отменить запись', 'Отменить запись?');
    await note(boris).filter({ hasText: 'Вы отменили запись, балл вернулся на счёт.' }).waitFor();
    await headerBalance(boris).filter({ hasText: '1 балл' }).waitFor();

    await book(boris, 1);
    await note(boris).filter({ hasText: BOOKED }).waitFor();
    expect(await note(boris).textContent()).toBe(BOOKED);
    expect(await boris.getByText('Забронирован').count()).toBe(1);
    expect(await boris.getByText('балл вернулся').count()).toBe(0);
  });

  it('tells the watching candidate the interviewer cancelled, that the point came back, and where to look next', async () => {
    await anna.goto(`${app.url}/slots/${slotId}`);
    await anna.getByTestId('counterpart').filter({ hasText: 'Борис Ким' }).waitFor();
    await cancelBeforeDeadline(anna, 'Отменить собеседование', 'Отменить собеседование?');
    await note(anna).filter({ hasText: 'Собеседование отменено. Кандидату вернулся балл.' }).waitFor();

    const told = 'Интервьюер отменил собеседование. Балл вернулся на ваш счёт.';
    const check = async () => {
      await boris.getByTestId('slot-cancellation').filter({ hasText: told }).waitFor();
      expect(await note(boris).textContent()).not.toContain('Вы записаны');
      expect(await boris.getByText('Отменён', { exact: true }).count()).toBe(1);
      expect(await boris.getByTestId('meeting-link').count()).toBe(0);
      const similar = note(boris).getByRole('link', { name: 'Похожие открытые слоты' });
      expect(await similar.getAttribute('href')).toBe(`/exchange?professions=${backend}`);
      await headerBalance(boris).filter({ hasText: '1 балл' }).waitFor();
    };
    // Live, while Борис watches the page he booked from…
    await check();
    await screenshotAllSizes(boris, 'slot-cancelled-by-interviewer');
    // …and the same after a reload (no message remembered from the booking).
    await boris.reload();
    await check();

    await note(boris).getByRole('link', { name: 'Похожие открытые слоты' }).click();
    await boris.getByRole('heading', { name: 'Биржа собеседований' }).waitFor();
    expect(new URL(boris.url()).searchParams.get('professions')).toBe(backend);
  });

  it('says a withdrawn slot left the exchange, with the deadline before withdrawing', async () => {
    const withdrawn = await publish(2, '12:00', '');
    await anna.goto(`${app.url}/slots/${withdrawn}`);
    expect(await anna.getByTestId('cancel-deadline').textContent()).toBe(
      `Снять с биржи можно до начала: ${moscowDateTime(`${moscowDay(2)}T09:00:00.000Z`)}`,
    );
    await anna.getByRole('button', { name: 'Снять с биржи' }).click();
    await anna
      .getByRole('dialog', { name: 'Снять слот с биржи?' })
      .getByRole('button', { name: 'Снять с биржи' })
      .click();
    await note(anna).filter({ hasText: 'Слот снят с биржи.' }).waitFor();
    expect(await anna.getByText('Собеседование отменено').count()).toBe(0);
  });

  it('marks one’s own slots on the exchange, and explains once how to earn a point', async () => {
    const own = await publish(3, '19:30', 'Очереди и идемпотентность.');
    const other = await publish(4, '11:00', 'Кэширование.');

    await anna.goto(`${app.url}/exchange`);
    const row = anna.locator(`[data-slot-id="${own}"]`);
    await row.getByTestId('own-slot').filter({ hasText: 'Ваш слот' }).waitFor();
    expect(await row.getByRole('button', { name: /Записаться/ }).count()).toBe(0);
    await screenshotAllSizes(anna, 'exchange-own-slot');
    await row.getByRole('link', { name: 'Изменить' }).click();
    await anna.getByRole('heading', { name: 'Изменить слот' }).waitFor();

    // Борис spends his point: with none left, one banner above the list, no disabled button on every card.
    await boris.goto(`${app.url}/slots/${own}`);
    await book(boris, 1);
    await note(boris).filter({ hasText: BOOKED }).waitFor();
    await boris.goto(`${app.url}/exchange`);
    const banner = boris.getByTestId('no-points');
    await banner.filter({ hasText: 'У вас 0 баллов' }).waitFor();
    expect(await banner.getByRole('link', { name: 'Опубликовать слот' }).getAttribute('href')).toBe(
      '/slots/new',
    );
    expect(await boris.getByTestId('no-points').count()).toBe(1);
    const card = boris.locator(`[data-slot-id="${other}"]`);
    expect(await card.getByRole('button', { name: /Записаться/ }).count()).toBe(0);
    expect(await card.getByRole('link', { name: 'Подробнее' }).getAttribute('href')).toBe(`/slots/${other}`);
    expect(await boris.getByText('Не хватает баллов').count()).toBe(0);
    await screenshotAllSizes(boris, 'exchange-no-points');
  });

  it('tells someone else that a slot’s edit page is not theirs', async () => {
    await boris.goto(`${app.url}/slots/${slotId}/edit`);
    await boris
      .getByText('Это не ваш слот: изменить его может только интервьюер, который его опубликовал.')
      .waitFor();
    expect(await boris.getByText('больше нельзя изменить').count()).toBe(0);
  });
});
