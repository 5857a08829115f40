import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { PageCode } from './page-code.ts';

const Page: ComponentType = () => null;

/** An importer that fails the first `failures` times (the network dropped), then loads the page. */
function flaky(failures: number) {
  let calls = 0;
  const importer = async (): Promise<ComponentType> => {
    calls += 1;
    if (calls <= failures) throw new Error('Failed to fetch dynamically imported module');
    return Page;
  };
  return { importer, calls: () => calls };
}

describe('a page’s code', () => {
  it('loads once, however many ask for it', async () => {
    const source = flaky(0);
    const code = new PageCode(source.importer);
    const [first, second] = await Promise.all([code.load(), code.show()]);
    expect([first, second, code.loaded]).toEqual([Page, Page, Page]);
    await code.load();
    expect(source.calls()).toBe(1);
  });

  it('tries again after a preload failed that no render had shown', async () => {
    const source = flaky(1);
    const code = new PageCode(source.importer);
    await expect(code.load()).rejects.toThrow('Failed to fetch');
    expect(code.loaded).toBeUndefined();

    await expect(code.show()).resolves.toBe(Page);
    expect(source.calls()).toBe(2);
  });

  it('keeps a failure a render has shown, so the page shows its error rather than loading forever', async () => {
    const source = flaky(1);
    const code = new PageCode(source.importer);
    const shown = code.show();
    await expect(shown).rejects.toThrow('Failed to fetch');

    expect(code.show()).toBe(shown);
    expect(source.calls()).toBe(1);
  });
});
