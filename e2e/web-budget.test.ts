import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type InitialJs, pageInitialJs } from './support/initial-js.ts';

const webRoot = fileURLToPath(new URL('../web/dist', import.meta.url));

/**
 * The most initial JavaScript (gzip bytes, as served) each page may cost a phone before it shows anything:
 * the sizes of this build with a little room, so that any growth is a decision. What they are made of, and
 * how far they stand from the goals, is in bench/README.md.
 */
const BUDGETS = {
  // 215 KB and 189 KB until the declarative router and the late live connection (decision 013): 183.8 KB and
  // 171.1 KB; then the app's own catalog in place of i18next (decision 015): 166.5 KB and 153.8 KB; then the
  // words of pages other than these (home, account, a slot's page, interviews, notifications) left the
  // first load: 161.4 KB and 148.7 KB.
  '/exchange': 163_000,
  '/login': 150_000,
} as const;

/** Strings that only the named code contains, to tell whether a page's initial JavaScript carries it. */
const MARKERS = {
  // zod's error class: the schemas validate forms (registration, publishing), not the exchange or sign-in.
  'the schema library': 'ZodError',
  // engine.io's (under socket.io's client): the connection's code loads once a page has rendered.
  'the live connection': 'transport error',
  'the exchange list': 'exchange-slot',
  'the slot form': 'slotForm.',
} as const;

async function contents(page: InitialJs): Promise<string> {
  const texts = await Promise.all(page.files.map((file) => readFile(join(webRoot, file), 'utf8')));
  return texts.join('\n');
}

describe('the web app’s first load (web/dist, as `npm run build` made it)', () => {
  for (const [path, budget] of Object.entries(BUDGETS)) {
    it(`keeps the initial JavaScript of ${path} within ${budget / 1000} KB gzip`, async () => {
      const page = await pageInitialJs(webRoot, path);
      expect(page.gzip, page.files.join(', ')).toBeLessThanOrEqual(budget);
    });
  }

  it('gives the login and registration pages none of the live connection, the exchange or the slot form', async () => {
    for (const path of ['/login', '/register']) {
      const code = await contents(await pageInitialJs(webRoot, path));
      for (const [what, marker] of Object.entries(MARKERS))
        if (what !== 'the schema library' || path === '/login')
          expect(code.includes(marker), `${path}: ${what}`).toBe(false);
    }
    // Nor does the exchange carry the schema library (it needs the contract's value lists, not its schemas),
    // or socket.io's code: the list shows first, its connection opens after.
    const exchange = await contents(await pageInitialJs(webRoot, '/exchange'));
    expect(exchange).not.toContain(MARKERS['the schema library']);
    expect(exchange).not.toContain(MARKERS['the live connection']);
    // The markers do find what they stand for.
    expect(exchange).toContain(MARKERS['the exchange list']);
    const assets = join(webRoot, 'assets');
    const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
    const built = await Promise.all(scripts.map((name) => readFile(join(assets, name), 'utf8')));
    expect(built.some((code) => code.includes(MARKERS['the live connection']))).toBe(true);
    const publish = await contents(await pageInitialJs(webRoot, '/slots/new'));
    expect(publish).toContain(MARKERS['the slot form']);
    expect(await contents(await pageInitialJs(webRoot, '/register'))).toContain(
      MARKERS['the schema library'],
    );
  });
});
