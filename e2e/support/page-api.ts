import type { Page } from 'playwright-core';

export type Reply = {
  status: number;
  body: { code?: string; id?: string; bookingId?: string | null } & Record<string, unknown>;
};

/** A request from inside the page: same origin, the page's own session cookies. */
export function callApi(page: Page, method: string, path: string, body?: unknown): Promise<Reply> {
  return page.evaluate<Reply, { method: string; path: string; body: unknown }>(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Reply['body'] };
    },
    { method, path, body },
  );
}

/** Resolves once the page's live connection says it is live (the indicator above the exchange). */
export async function waitUntilLive(page: Page, timeout = 5000): Promise<void> {
  await page.locator('[data-testid="live-status"][data-status="live"]').waitFor({ timeout });
}

/** The slot ids the exchange on the page shows, in their order. */
export async function visibleSlotIds(page: Page): Promise<string[]> {
  const ids = await page
    .getByTestId('exchange-slot')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-slot-id') ?? ''));
  return ids;
}

/** Opens the app on `page` and registers a new account there: the page is then signed in as it. */
export async function registerInPage(
  page: Page,
  appUrl: string,
  account: { login: string; password: string; displayName: string },
): Promise<void> {
  await page.goto(appUrl);
  const reply = await callApi(page, 'POST', '/api/auth/register', account);
  if (reply.status !== 201) throw new Error(`registration answered ${reply.status}`);
}
