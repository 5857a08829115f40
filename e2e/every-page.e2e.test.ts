import { readdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserIdByLogin, grantAdmin } from '#functions/admin/admins.ts';
import { registerAccount } from './support/api-client.ts';
import { startApp } from './support/app.ts';
import { launchBrowser, screenshotAllSizes, VIEWPORTS } from './support/browser.ts';
import { callApi } from './support/page-api.ts';
import { TEST_PASSWORD } from './support/register.ts';

const HOUR = 3_600_000;
const CYRILLIC_WORDS = /[А-Яа-яЁё][А-Яа-яЁё -]*/g;
/**
 * A word the catalog lacks shows as its key ("userHome.title"): in either language, a page whose code did not
 * bring the words it shows (web/src/lib/words). The groups are the catalogs' top-level keys.
 */
async function wordKeys(): Promise<RegExp> {
  const dir = new URL('../web/src/lib/locales/', import.meta.url);
  const groups = new Set<string>();
  for (const file of await readdir(dir)) {
    if (!file.endsWith('.ts')) continue;
    for (const [, group] of (await readFile(new URL(file, dir), 'utf8')).matchAll(/^ {2}(\w+): [{']/gm))
      if (group) groups.add(group);
  }
  // A key's parts start in lower case ("userHome.balanceHint"); a sentence run into the next starts upper.
  return new RegExp(`\\b(?:${[...groups].join('|')})(?:\\.[a-z][A-Za-z_]*)+\\b`, 'g');
}

type Language = 'ru' | 'en';

/**
 * Every page of the app (the build's page list, web/dist/pages.json: a new page cannot be forgotten), in both languages, at
 * 360 and 1280 px: screenshots for people to look at (e2e/screenshots/every-<lang>-<page>-<width>.png), no
 * page wider than the screen, and, in English, no Russian word left untranslated (a missing English key
 * falls back to Russian). The people and the slot are named in Latin letters for that reason.
 */
describe('every page in both languages', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const login = `alex.${suffix}`;
  let slotId = '';
  let userId = '';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    const alex = await registerAccount(app.url, login, 'Alex Morgan');
    const sam = await registerAccount(app.url, `sam.${suffix}`, 'Sam Lee');
    const { items } = await (await alex.get('/api/professions')).json();
    const published = await alex.post('/api/slots', {
      professionId: items[0].id,
      startsAt: new Date(Math.ceil((Date.now() + 48 * HOUR) / HOUR) * HOUR).toISOString(),
      durationMinutes: 60,
      meetingUrl: 'https://meet.example.com/every-page',
      language: 'en',
      description: 'System design: caching and queues.',
    });
    expect(published.status).toBe(201);
    slotId = (await published.json()).id;
    expect((await sam.post(`/api/slots/${slotId}/booking`)).status).toBe(201);
    userId = (await findUserIdByLogin(app.deps.db, login)) ?? '';
    await grantAdmin(app.deps.db, { userId, actorId: null, source: 'e2e', now: new Date() });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Each page's address with real values, and whether it is seen signed in. */
  const addresses = (): Record<string, { href: string; signedIn: boolean }> => ({
    home: { href: '/', signedIn: true },
    login: { href: '/login', signedIn: false },
    register: { href: '/register', signedIn: false },
    exchange: { href: '/exchange', signedIn: true },
    publishSlot: { href: '/slots/new', signedIn: true },
    slot: { href: `/slots/${slotId}`, signedIn: true },
    editSlot: { href: `/slots/${slotId}/edit`, signedIn: true },
    interviews: { href: '/interviews', signedIn: true },
    points: { href: '/points', signedIn: true },
    myFeedback: { href: '/me/feedback', signedIn: true },
    profile: { href: `/u/${login}`, signedIn: false },
    settings: { href: '/settings', signedIn: true },
    adminDashboard: { href: '/admin', signedIn: true },
    adminModeration: { href: '/admin/moderation', signedIn: true },
    adminUsers: { href: '/admin/users?q=sam', signedIn: true },
    adminUser: { href: `/admin/users/${userId}`, signedIn: true },
    adminInterviews: { href: '/admin/interviews', signedIn: true },
    adminInterview: { href: `/admin/interviews/${slotId}`, signedIn: true },
    adminProfessions: { href: '/admin/professions', signedIn: true },
    adminAudit: { href: '/admin/audit', signedIn: true },
  });

  /** Pages that show Russian on purpose in English too: the professions' names in both languages, to edit. */
  const BILINGUAL = new Set(['adminProfessions']);

  it('covers every page the build lists', async () => {
    const manifest = JSON.parse(
      await readFile(new URL('../web/dist/pages.json', import.meta.url), 'utf8'),
    ) as { pages: { name: string }[] };
    expect(Object.keys(addresses()).sort()).toEqual(manifest.pages.map((page) => page.name).sort());
  });

  async function browse(language: Language, signedIn: boolean): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: `${language}-RU` });
    // The language the app starts in: what the switch stores.
    await context.addInitScript(`localStorage.setItem('mockstock.language', '${language}')`);
    const page = await context.newPage();
    await page.goto(app.url);
    if (signedIn)
      expect(
        (await callApi(page, 'POST', '/api/auth/login', { login, password: TEST_PASSWORD })).status,
      ).toBe(200);
    return page;
  }

  for (const language of ['ru', 'en'] as const) {
    it(`shows every page in ${language === 'ru' ? 'Russian' : 'English'} at both sizes`, async () => {
      const pages = { member: await browse(language, true), guest: await browse(language, false) };
      const untranslated: string[] = [];
      const keysShown: string[] = [];
      const keyPattern = await wordKeys();
      expect(keyPattern.source).toContain('userHome');
      for (const [name, { href, signedIn }] of Object.entries(addresses())) {
        const page = signedIn ? pages.member : pages.guest;
        await page.goto(`${app.url}${href}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.getAttribute('html', 'lang'), name).toBe(language);
        const text = (await page.locator('#root').textContent()) ?? '';
        const keys = text.match(keyPattern) ?? [];
        if (keys.length > 0) keysShown.push(`${name}: ${keys.slice(0, 5).join(' | ')}`);
        if (language === 'en' && !BILINGUAL.has(name)) {
          const words = text.match(CYRILLIC_WORDS) ?? [];
          if (words.length > 0) untranslated.push(`${name}: ${words.slice(0, 5).join(' | ')}`);
        }
        await screenshotAllSizes(page, `every-${language}-${name}`);
      }
      expect(untranslated).toEqual([]);
      expect(keysShown).toEqual([]);
    });
  }
});
