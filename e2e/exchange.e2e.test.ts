import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from './support/app.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';
import { callApi } from './support/page-api.ts';
import { registerThroughForm } from './support/register.ts';

const MOSCOW = 'Europe/Moscow';
const MEETING = 'https://telemost.yandex.ru/j/5512093386';
const MOVED = 'https://meet.google.com/abc-defg-hij';
const HOUR = 3_600_000;

/** The calendar day in Moscow `days` from now, as a date input takes it. */
function moscowDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: MOSCOW }).format(Date.now() + days * 24 * HOUR);
}

/** How the app writes a moment for a Moscow viewer: "12 декабря в 18:00 МСК", "18:00 МСК". */
function moscowText(iso: string, style: 'time' | 'dateTime'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'time'
      ? { hour: '2-digit', minute: '2-digit' }
      : { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' };
  return `${new Intl.DateTimeFormat('ru-RU', { ...options, timeZone: MOSCOW }).format(new Date(iso))} МСК`;
}

const headerBalance = (page: Page) => page.getByTestId('header-balance');

describe('exchange', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  /** Анна publishes and interviews; Борис books; the guest only looks. */
  let anna: Page;
  let boris: Page;
  let guest: Page;
  let professions: Record<string, string>;
  let backendSlotId: string;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const open = async () =>
      (
        await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU', acceptDownloads: true })
      ).newPage();
    [anna, boris, guest] = await Promise.all([open(), open(), open()]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('publishes a slot from the form, with the server’s refusals beside their fields', async () => {
    const suffix = Date.now().toString(36);
    await registerThroughForm(anna, app.url, { login: `anna.${suffix}`, name: 'Анна Смирнова' });
    const list = await callApi(anna, 'GET', '/api/professions');
    professions = Object.fromEntries(
      (list.body.items as { id: string; slug: string }[]).map((profession) => [
        profession.slug,
        profession.id,
      ]),
    );

    await anna
      .getByRole('navigation', { name: 'Основные разделы' })
      .getByRole('link', { name: 'Опубликовать' })
      .click();
    await anna.getByRole('heading', { name: 'Новый слот' }).waitFor();
    await anna.getByLabel('Профессия').selectOption({ label: 'Backend' });
    await anna.getByRole('button', { name: 'Опубликовать' }).click();
    expect(await anna.getByText('Заполните это поле').count()).toBe(2);
    await screenshotAllSizes(anna, 'publish-errors');

    // The server checks the link first, then the time; each refusal lands beside its field, focused.
    await anna.getByLabel('Дата', { exact: true }).fill(moscowDay(-1));
    await anna.getByLabel('Время').fill('18:00');
    await anna.getByLabel('Ссылка на встречу').fill('http://meet.example.com/room');
    await anna.getByRole('button', { name: 'Опубликовать' }).click();
    await anna.getByText('Нужна ссылка https:// на видеокомнату').waitFor();
    expect(await anna.getByLabel('Ссылка на встречу').getAttribute('aria-invalid')).toBe('true');
    await anna.getByLabel('Ссылка на встречу').fill(MEETING);
    await anna.getByRole('button', { name: 'Опубликовать' }).click();
    await anna.getByText('Это время уже прошло — выберите время в будущем').waitFor();
    expect(await anna.getByLabel('Ссылка на встречу').getAttribute('aria-invalid')).toBeNull();
    expect(await anna.getByLabel('Дата', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(
      await anna
        .getByLabel('Дата', { exact: true })
        .evaluate((input) => input === input.ownerDocument.activeElement),
    ).toBe(true);

    await anna.getByLabel('Дата', { exact: true }).fill(moscowDay(1));
    await anna.getByLabel('Длительность').selectOption({ label: '90 мин' });
    await anna.getByLabel('Уровень кандидата').selectOption({ label: 'Middle' });
    await anna.getByLabel('Ссылка на встречу').fill(MEETING);
    await anna
      .getByLabel('Темы')
      .fill('Проектирование REST API, транзакции и индексы в PostgreSQL, очереди.');
    await anna.getByRole('button', { name: 'Опубликовать' }).click();
    await anna.getByRole('status').filter({ hasText: 'Слот опубликован и уже виден на бирже.' }).waitFor();
    backendSlotId = new URL(anna.url()).pathname.split('/').at(-1) ?? '';
    const published = await callApi(anna, 'GET', `/api/slots/${backendSlotId}`);
    // 18:00 of that day in Moscow, whatever zone the machine running the test is in.
    expect(published.body.startsAt).toBe(`${moscowDay(1)}T15:00:00.000Z`);
    expect(published.body.durationMinutes).toBe(90);
    await anna.getByRole('heading', { name: 'Backend', level: 1 }).waitFor();
    expect(await anna.getByText('18:00 МСК').first().isVisible()).toBe(true);
    expect(await anna.getByText('Пока никто не записался').isVisible()).toBe(true);
    expect(await anna.getByRole('button', { name: 'Снять с биржи' }).isEnabled()).toBe(true);
    await screenshotAllSizes(anna, 'slot-interviewer');

    // More slots, straight through the API, so the exchange has a list to show.
    const more = [
      {
        slug: 'system-design',
        days: 2,
        time: '12:00',
        level: 'senior',
        language: 'en',
        description: 'Design a URL shortener: storage, caching, rate limits.',
      },
      { slug: 'frontend', days: 3, time: '19:30', level: 'junior', language: 'ru', description: '' },
      {
        slug: 'qa',
        days: 4,
        time: '11:00',
        level: null,
        language: 'ru',
        description:
          'Тест-дизайн, классы эквивалентности и граничные значения, автотесты на Playwright, CI и нестабильные тесты, работа с требованиями и баг-репорты.',
      },
    ];
    for (const slot of more) {
      const reply = await callApi(anna, 'POST', '/api/slots', {
        professionId: professions[slot.slug],
        startsAt: `${moscowDay(slot.days)}T${slot.time}:00+03:00`,
        durationMinutes: 60,
        meetingUrl: `${MEETING}${slot.days}`,
        level: slot.level,
        language: slot.language,
        description: slot.description,
      });
      expect(reply.status).toBe(201);
    }

    await anna.getByRole('link', { name: 'Биржа', exact: true }).click();
    // One's own slot says so and offers editing rather than a booking button that cannot work.
    const own = anna.getByTestId('exchange-slot').filter({ hasText: 'Backend' });
    await own.getByTestId('own-slot').filter({ hasText: 'Ваш слот' }).waitFor();
    expect(await own.getByRole('button', { name: /Записаться/ }).count()).toBe(0);
    expect(await own.getByRole('link', { name: 'Изменить' }).getAttribute('href')).toBe(
      `/slots/${backendSlotId}/edit`,
    );
  });

  it('shows the exchange to a guest, with the way to log in instead of booking', async () => {
    await guest.goto(app.url);
    await guest.getByRole('link', { name: 'Открыть биржу' }).click();
    await guest.getByRole('heading', { name: 'Биржа собеседований' }).waitFor();
    await guest.getByTestId('exchange-total').filter({ hasText: 'Найдено 4 слота' }).waitFor();
    const rows = guest.getByTestId('exchange-slot');
    expect(await rows.count()).toBe(4);
    expect(await rows.first().textContent()).toContain('Backend');
    expect(await rows.first().textContent()).toContain('18:00 МСК');
    expect(await rows.first().textContent()).toContain('Новый интервьюер');
    expect(await guest.getByRole('link', { name: 'Войдите, чтобы записаться' }).count()).toBe(4);
    await screenshotAllSizes(guest, 'exchange-guest');

    await guest.getByLabel('Язык', { exact: true }).selectOption({ label: 'Английский' });
    await guest.getByTestId('exchange-total').filter({ hasText: 'Найден 1 слот' }).waitFor();
    expect(new URL(guest.url()).searchParams.get('language')).toBe('en');
    await guest.getByLabel('Язык', { exact: true }).selectOption({ label: 'Любой' });
    await guest.getByLabel('По дату').fill(moscowDay(1));
    await guest.getByTestId('exchange-total').filter({ hasText: 'Найден 1 слот' }).waitFor();
    await guest.getByRole('button', { name: 'Сбросить фильтры' }).first().click();
    await guest.getByTestId('exchange-total').filter({ hasText: 'Найдено 4 слота' }).waitFor();

    await guest.getByRole('button', { name: 'EN — English' }).click();
    await guest.getByTestId('exchange-total').filter({ hasText: '4 slots found' }).waitFor();
    expect(await guest.getByRole('link', { name: 'Log in to book' }).count()).toBe(4);
    expect(await rows.first().textContent()).toContain('18:00 MSK');
    await screenshotAllSizes(guest, 'exchange-guest-en');
    await guest.getByRole('button', { name: 'RU — Русский' }).click();

    await rows.first().getByRole('link', { name: 'Backend' }).click();
    await guest.getByRole('heading', { name: 'Backend', level: 1 }).waitFor();
    expect(await guest.getByTestId('meeting-link').count()).toBe(0);
    await guest.getByRole('link', { name: 'Войдите, чтобы записаться' }).waitFor();
    await screenshotAllSizes(guest, 'slot-guest');
  });

  it('books a slot for a point, shows it in my interviews, and gives it back', async () => {
    await registerThroughForm(boris, app.url, {
      login: `boris.${Date.now().toString(36)}`,
      name: 'Борис Ким',
    });
    await boris.getByRole('link', { name: 'Биржа', exact: true }).click();
    await boris.getByTestId('exchange-total').filter({ hasText: 'Найдено 4 слота' }).waitFor();
    await screenshotAllSizes(boris, 'exchange-signed-in');

    const row = boris.getByTestId('exchange-slot').filter({ hasText: 'Backend' });
    await row.getByRole('button', { name: 'Записаться · 1 балл (у вас 1)' }).click();
    const dialog = boris.getByRole('dialog', { name: 'Записаться на собеседование?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Спишем 1 балл, останется 0 баллов.');
    const cutoff = new Date(Date.parse(`${moscowDay(1)}T15:00:00Z`) - 2 * HOUR).toISOString();
    expect(await dialog.textContent()).toContain(`отмените запись до ${moscowText(cutoff, 'dateTime')}`);
    await screenshotAllSizes(boris, 'book-confirm');
    await dialog.getByRole('button', { name: 'Записаться' }).click();

    await boris.getByRole('status').filter({ hasText: 'Вы записаны.' }).waitFor();
    await headerBalance(boris).filter({ hasText: '0 баллов' }).waitFor();
    expect(await boris.getByTestId('meeting-link').textContent()).toContain(MEETING);
    expect(await boris.getByTestId('counterpart').textContent()).toBe('Анна Смирнова');

    // The interviewer is paid once the interview has happened, not at booking.
    await anna.goto(`${app.url}/slots/${backendSlotId}`);
    await anna.getByTestId('counterpart').filter({ hasText: 'Борис Ким' }).waitFor();
    expect(await headerBalance(anna).textContent()).toContain('1 балл');

    // Booked: only the link and the topics may change.
    await anna.getByRole('link', { name: 'Изменить' }).click();
    await anna.getByRole('heading', { name: 'Изменить слот' }).waitFor();
    await anna.getByText('На этот слот уже записались, поэтому менять можно только ссылку и темы.').waitFor();
    expect(await anna.getByLabel('Профессия').isDisabled()).toBe(true);
    expect(await anna.getByLabel('Дата', { exact: true }).isDisabled()).toBe(true);
    expect(await anna.getByLabel('Время').inputValue()).toBe('18:00');
    await anna.getByLabel('Ссылка на встречу').fill(MOVED);
    await screenshotAllSizes(anna, 'edit-booked');
    await anna.getByRole('button', { name: 'Сохранить' }).click();
    await anna.getByRole('status').filter({ hasText: 'Изменения сохранены.' }).waitFor();
    expect(await anna.getByTestId('meeting-link').getAttribute('href')).toBe(MOVED);

    // With no points left, one banner above the list says why booking is off and how to earn a point.
    await boris.getByRole('link', { name: 'Биржа', exact: true }).click();
    await boris.getByTestId('no-points').filter({ hasText: 'У вас 0 баллов' }).waitFor();
    const other = boris.getByTestId('exchange-slot').filter({ hasText: 'System Design' });
    expect(await other.getByRole('button', { name: /Записаться/ }).count()).toBe(0);
    expect(await boris.getByText('Не хватает баллов').count()).toBe(0);

    await boris.getByRole('link', { name: 'Мои интервью' }).click();
    await boris.getByRole('heading', { name: 'Мои интервью' }).waitFor();
    const interview = boris.getByTestId('interview').filter({ hasText: 'Backend' });
    await interview.waitFor();
    expect(await interview.textContent()).toContain('Меня собеседуют');
    expect(await interview.getByTestId('meeting-link').getAttribute('href')).toBe(MOVED);
    await boris.getByRole('button', { name: 'Получить ссылку' }).click();
    expect(await boris.getByTestId('calendar-feed-url').inputValue()).toMatch(
      /^http:\/\/localhost:\d+\/api\/calendar\/[\w-]+\.ics$/,
    );
    await screenshotAllSizes(boris, 'interviews');

    await interview.getByRole('button', { name: 'Отменить запись' }).click();
    const confirm = boris.getByRole('dialog', { name: 'Отменить запись?' });
    await confirm.getByRole('button', { name: 'Отменить запись' }).click();
    // The interview stays in the list, saying it was called off, without the link.
    await interview.getByTestId('interview-cancelled').filter({ hasText: 'Вы отменили запись' }).waitFor();
    expect(await interview.getByTestId('meeting-link').count()).toBe(0);
    await headerBalance(boris).filter({ hasText: '1 балл' }).waitFor();

    await boris.getByRole('link', { name: 'Биржа', exact: true }).click();
    await boris
      .getByTestId('exchange-slot')
      .filter({ hasText: 'Backend' })
      .getByRole('button', { name: 'Записаться · 1 балл (у вас 1)' })
      .waitFor();
    expect(await boris.getByTestId('exchange-total').textContent()).toBe('Найдено 4 слота');

    await headerBalance(boris).click();
    await boris.getByRole('heading', { name: 'Баллы', level: 1 }).waitFor();
    const entries = boris.getByTestId('ledger-entry');
    await entries.first().waitFor();
    const texts = await entries.allTextContents();
    const when = moscowText(`${moscowDay(1)}T15:00:00.000Z`, 'time');
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(new RegExp(`^Возврат: вы отменили запись Backend, .*${when}.*\\+1$`));
    expect(texts[1]).toMatch(new RegExp(`^Запись на интервью Backend, .*${when}.*−1$`));
    expect(texts[2]).toMatch(/^Приветственный бонус.*\+1$/);
    expect(await boris.getByTestId('points-balance').textContent()).toBe('1 балл');
    await screenshotAllSizes(boris, 'points');
  });

  it('locks a booking made after the cutoff: no cancelling in the page or through the API', async () => {
    // In an hour and a half: booking is open until the start, cancelling closed half an hour ago.
    const startsAt = new Date(Math.ceil((Date.now() + 1.5 * HOUR) / 60_000) * 60_000).toISOString();
    const published = await callApi(anna, 'POST', '/api/slots', {
      professionId: professions.backend,
      startsAt,
      durationMinutes: 45,
      meetingUrl: MEETING,
      language: 'ru',
      description: 'Разбор задачи на Go: конкурентность и каналы.',
    });
    expect(published.status).toBe(201);
    const slotId = published.body.id ?? '';

    await boris.goto(`${app.url}/slots/${slotId}`);
    await boris.getByRole('button', { name: 'Записаться · 1 балл (у вас 1)' }).click();
    const dialog = boris.getByRole('dialog', { name: 'Записаться на собеседование?' });
    await dialog
      .getByText('До начала меньше двух часов: эту запись нельзя будет отменить, а балл не вернётся.')
      .waitFor();
    await dialog.getByRole('button', { name: 'Записаться' }).click();
    await boris.getByRole('status').filter({ hasText: 'Вы записаны.' }).waitFor();
    await headerBalance(boris).filter({ hasText: '0 баллов' }).waitFor();

    const cancel = boris.getByRole('button', { name: 'Отменить запись' });
    expect(await cancel.isDisabled()).toBe(true);
    const cutoff = new Date(Date.parse(startsAt) - 2 * HOUR).toISOString();
    const reason = `Отменить уже нельзя: отмена закрылась ${moscowText(cutoff, 'dateTime')}, за 2 часа до начала.`;
    expect(await boris.getByTestId('cancel-reason').textContent()).toBe(reason);
    // The reason is what a screen reader hears with the button.
    expect(await cancel.getAttribute('aria-describedby')).toBe(
      await boris.getByTestId('cancel-reason').getAttribute('id'),
    );
    await screenshotAllSizes(boris, 'slot-participant');

    const details = await callApi(boris, 'GET', `/api/slots/${slotId}`);
    const forced = await callApi(boris, 'POST', `/api/bookings/${details.body.bookingId}/cancel`, {});
    expect(forced.status).toBe(409);
    expect(forced.body.code).toBe('cutoff_passed');

    const [download] = await Promise.all([
      boris.waitForEvent('download'),
      boris.getByRole('link', { name: 'Файл .ics' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mockstock-\d{4}-\d{2}-\d{2}\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    const [vevent] = vevents;
    if (!vevent) throw new Error('no VEVENT');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`${slotId}@mockstock`);
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.startDate.toJSDate().toISOString()).toBe(startsAt);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(details.body.sequence);
    expect(vevent.getAllSubcomponents('valarm')).toHaveLength(1);
    expect(event.location).toBe(MEETING);
    expect(vevent.getFirstPropertyValue('url')).toBe(MEETING);
  });
});
