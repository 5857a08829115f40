import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium: browser tests never download a browser of their own. */
const CHROMIUM = '/usr/bin/chromium';

const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Saves the whole page at every viewport as e2e/screenshots/<name>-<width>.png (git-ignored), for people to
 * look at, after checking that nothing makes the page wider than the screen. The page is left at the desktop
 * size.
 */
export async function screenshotAllSizes(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const viewport of Object.values(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    // From the top, without a hover state, once layout has settled after the resize.
    await page.mouse.move(0, 0);
    await page.evaluate('window.scrollTo(0, 0); new Promise((resolve) => requestAnimationFrame(resolve))');
    const pageWidth = await page.evaluate('document.documentElement.scrollWidth');
    if (pageWidth !== viewport.width) {
      throw new Error(
        `${name} is ${pageWidth}px wide at a ${viewport.width}px viewport: something overflows`,
      );
    }
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${viewport.width}.png`, fullPage: true });
  }
}
