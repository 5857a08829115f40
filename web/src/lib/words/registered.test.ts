import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ru } from '../locales/ru.ts';

const SRC = fileURLToPath(new URL('../..', import.meta.url));
const WORDS = fileURLToPath(new URL('.', import.meta.url));

/** The app's source files that may show words: neither the catalogs nor the tests. */
async function sourceFiles(): Promise<string[]> {
  const entries = await readdir(SRC, { recursive: true });
  return entries
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .filter((file) => !/^lib\/(locales|words)\//.test(file));
}

/** Each module of lib/words with the groups of words it adds (`home.ts`: guestHome, howItWorks…). */
async function wordModules(): Promise<{ name: string; groups: string[] }[]> {
  const names = (await readdir(WORDS)).filter(
    (file) => /^[\w-]+\.ts$/.test(file) && !file.includes('.test.'),
  );
  return Promise.all(
    names.map(async (name) => {
      const module: Record<string, { ru: Record<string, unknown> }> = await import(
        `../locales/${name.replace(/\.ts$/, '')}.ts`
      );
      const groups = Object.values(module).flatMap((words) => Object.keys(words.ru));
      return { name, groups };
    }),
  );
}

const mentions = (source: string, group: string) =>
  new RegExp(`['"\`]${group}\\.|words\\(\\s*['"]${group}['"]`).test(source);

describe('words that travel with their code (lib/words)', () => {
  it('are imported by every module that shows them, so they are there before it renders', async () => {
    const modules = await wordModules();
    expect(modules.map(({ name }) => name)).toContain('home.ts');
    const missing: string[] = [];
    let users = 0;
    for (const file of await sourceFiles()) {
      const source = await readFile(join(SRC, file), 'utf8');
      for (const { name, groups } of modules) {
        const shown = groups.filter((group) => mentions(source, group));
        if (shown.length === 0) continue;
        users += 1;
        if (!source.includes(`/words/${name}'`))
          missing.push(`${file} shows ${shown.join(', ')}: import lib/words/${name}`);
      }
    }
    expect(missing).toEqual([]);
    // The check reads real uses: without any, it would pass whatever the imports were.
    expect(users).toBeGreaterThan(20);
  });

  it('are not in the first load’s catalog too', async () => {
    const core = Object.keys(ru);
    for (const { name, groups } of await wordModules()) {
      expect(
        groups.filter((group) => core.includes(group)),
        name,
      ).toEqual([]);
    }
  });
});
