import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserIdByLogin, grantAdmin } from '#functions/admin/admins.ts';
import { startApp } from './support/app.ts';
import { launchBrowser, VIEWPORTS } from './support/browser.ts';
import { callApi } from './support/page-api.ts';
import { registerThroughForm } from './support/register.ts';

const HOUR = 3_600_000;

type Violation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
};

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Rules issue 12 fixed, held to even when axe calls them moderate. */
const ALWAYS_CHECKED = ['heading-order', 'definition-list', 'dlitem'];

/** The serious and critical axe violations (and those above) of the page as it is now, printed when there are any. */
async function seriousViolations(page: Page, name: string): Promise<string[]> {
  await page.addScriptTag({ content: await axeSource });
  const violations = await page.evaluate<Violation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`,
  );
  const serious = violations.filter(
    (violation) =>
      ['serious', 'critical'].includes(violation.impact ?? '') || ALWAYS_CHECKED.includes(violation.id),
  );
  for (const violation of serious) {
    const where = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
    console.error(`${name}: ${violation.id} (${violation.impact}) ${violation.help}\n${where.join('\n')}`);
  }
  return serious.map((violation) => violation.id);
}

describe('accessibility', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  let contexts: BrowserContext[];
  let guest: Page;
  let anna: Page;
  let boris: Page;
  let annaLogin: string;
  let slotId: string;
  let openSlotId: string;
  let annaId: string;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    // axe evaluates code of its own, which the app's CSP forbids: these pages are only for checking.
    contexts = await Promise.all(
      [0, 1, 2].map(() =>
        browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU', bypassCSP: true }),
      ),
    );
    [guest, anna, boris] = (await Promise.all(contexts.map((context) => context.newPage()))) as [
      Page,
      Page,
      Page,
    ];
    const suffix = Date.now().toString(36);
    annaLogin = `anna.${suffix}`;
    await registerThroughForm(anna, app.url, { login: annaLogin, name: 'Анна Смирнова' });
    await registerThroughForm(boris, app.url, { login: `boris.${suffix}`, name: 'Борис Ким' });
    const list = await callApi(anna, 'GET', '/api/professions');
    const [profession] = list.body.items as { id: string }[];
    const published = await callApi(anna, 'POST', '/api/slots', {
      professionId: profession?.id,
      startsAt: new Date(Math.ceil((Date.now() + 48 * HOUR) / HOUR) * HOUR).toISOString(),
      durationMinutes: 60,
      meetingUrl: 'https://meet.example.com/a11y',
      description: 'Алгоритмы и структуры данных: разбор задачи.',
    });
    expect(published.status).toBe(201);
    slotId = published.body.id ?? '';
    // An open slot of Анна's too, so "Мои интервью" shows one waiting for a candidate.
    const open = await callApi(anna, 'POST', '/api/slots', {
      professionId: profession?.id,
      startsAt: new Date(Math.ceil((Date.now() + 72 * HOUR) / HOUR) * HOUR).toISOString(),
      durationMinutes: 60,
      meetingUrl: 'https://meet.example.com/a11y-open',
    });
    expect(open.status).toBe(201);
    openSlotId = open.body.id ?? '';
    const booked = await callApi(boris, 'POST', `/api/slots/${slotId}/booking`, {});
    expect(booked.status).toBeLessThan(300);
    // Анна is an admin too, for the admin pages.
    annaId = (await findUserIdByLogin(app.deps.db, annaLogin)) ?? '';
    await grantAdmin(app.deps.db, { userId: annaId, actorId: null, source: 'e2e', now: new Date() });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const pages: { name: string; who: () => Page; path: () => string; heading: string | RegExp }[] = [
    {
      name: 'guest home',
      who: () => guest,
      path: () => '/',
      heading: 'Биржа пробных технических собеседований',
    },
    { name: 'exchange', who: () => guest, path: () => '/exchange', heading: /Биржа/ },
    { name: 'login', who: () => guest, path: () => '/login', heading: 'Вход' },
    { name: 'register', who: () => guest, path: () => '/register', heading: 'Регистрация' },
    { name: 'slot (booked, participant)', who: () => boris, path: () => `/slots/${slotId}`, heading: /./ },
    { name: 'slot (open, owner)', who: () => anna, path: () => `/slots/${openSlotId}`, heading: /./ },
    { name: 'slot (guest)', who: () => guest, path: () => `/slots/${slotId}`, heading: /./ },
    { name: 'my interviews', who: () => anna, path: () => '/interviews', heading: 'Мои интервью' },
    // Борис's home leads with the interview he booked.
    { name: 'signed-in home', who: () => boris, path: () => '/', heading: 'Здравствуйте, Борис Ким!' },
    { name: 'settings', who: () => anna, path: () => '/settings', heading: 'Настройки' },
    { name: 'public profile', who: () => boris, path: () => `/u/${annaLogin}`, heading: 'Анна Смирнова' },
    { name: 'admin: overview', who: () => anna, path: () => '/admin', heading: 'Сводка' },
    { name: 'admin: moderation', who: () => anna, path: () => '/admin/moderation', heading: 'Модерация' },
    { name: 'admin: users', who: () => anna, path: () => '/admin/users?q=ким', heading: 'Пользователи' },
    {
      name: 'admin: a user',
      who: () => anna,
      path: () => `/admin/users/${annaId}`,
      heading: 'Анна Смирнова',
    },
    { name: 'admin: interviews', who: () => anna, path: () => '/admin/interviews', heading: 'Собеседования' },
    { name: 'admin: an interview', who: () => anna, path: () => `/admin/interviews/${slotId}`, heading: /./ },
    { name: 'admin: professions', who: () => anna, path: () => '/admin/professions', heading: 'Профессии' },
    { name: 'admin: audit log', who: () => anna, path: () => '/admin/audit', heading: 'Журнал действий' },
    { name: 'not an admin at an admin page', who: () => boris, path: () => '/admin', heading: /./ },
  ];

  for (const { name, who, path, heading } of pages) {
    it(`has no serious or critical axe violations: ${name}`, async () => {
      const page = who();
      await page.goto(`${app.url}${path()}`);
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
      // The page's data, not only its frame.
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page, name)).toEqual([]);
    });
  }

  it('moves the focus to the new page’s heading after following a link', async () => {
    await guest.goto(`${app.url}/`);
    await guest.getByRole('heading', { level: 1 }).waitFor();
    // The first load leaves the focus where the browser puts it.
    expect(await guest.evaluate('document.activeElement?.tagName')).toBe('BODY');
    await guest.getByRole('link', { name: 'Войти' }).first().click();
    await guest.getByRole('heading', { level: 1, name: 'Вход' }).waitFor();
    const focused = () =>
      guest.evaluate("document.activeElement?.tagName + ' ' + document.activeElement?.textContent");
    await expect.poll(focused).toBe('H1 Вход');
    await guest.getByRole('link', { name: 'Зарегистрироваться' }).click();
    await guest.getByRole('heading', { level: 1, name: 'Регистрация' }).waitFor();
    await expect.poll(focused).toBe('H1 Регистрация');
  });

  it('names every empty required field at once and focuses the first', async () => {
    await guest.goto(`${app.url}/register`);
    await guest.getByRole('heading', { level: 1, name: 'Регистрация' }).waitFor();
    await guest.getByLabel('Имя').fill('Анна');
    await guest.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await expect.poll(() => guest.getByText('Заполните это поле').count()).toBe(2);
    expect(await guest.getByLabel('Логин').getAttribute('aria-invalid')).toBe('true');
    expect(await guest.getByLabel('Пароль', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await guest.getByLabel('Имя').getAttribute('aria-invalid')).toBeNull();
    expect(
      await guest.getByLabel('Логин').evaluate((input) => input === input.ownerDocument.activeElement),
    ).toBe(true);
    // A field once filled stops saying so.
    await guest.getByLabel('Логин').fill('anna');
    await expect.poll(() => guest.getByText('Заполните это поле').count()).toBe(1);
  });
});
