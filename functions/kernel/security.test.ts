import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, users } from '#db/schema/index.ts';
import { createUser, professionIds, publish } from '#functions/testing/fixtures.ts';
import { createHarness, TEST_ORIGIN } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const body = JSON.stringify({ login: 'csrf-victim', password: 'csrf secret 1', displayName: 'V' });

describe('request rules', () => {
  it('refuses a forged HTML form POST (form encoding, foreign origin) and stores nothing', async () => {
    const res = await h.request(`${TEST_ORIGIN}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'login=csrf-victim&password=csrf+secret+1&displayName=V',
    });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('origin_mismatch');
    expect(await h.deps.db.$count(users)).toBe(0);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'answers 415 to %s from our own origin',
    async (type) => {
      const res = await h.request(`${TEST_ORIGIN}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': type, origin: TEST_ORIGIN },
        body,
      });
      expect(res.status).toBe(415);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect((await res.json()).code).toBe('unsupported_media_type');
    },
  );

  it('refuses JSON from a foreign origin and a cross-site request without one', async () => {
    const foreign = await h.request(`${TEST_ORIGIN}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body,
    });
    expect(foreign.status).toBe(403);
    const crossSite = await h.request(`${TEST_ORIGIN}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body,
    });
    expect(crossSite.status).toBe(403);
    expect(await h.deps.db.$count(users)).toBe(0);
  });

  it('answers malformed JSON with invalid_json and an oversized body with 413', async () => {
    const client = h.client();
    const broken = await client.request('POST', '/api/auth/login', '{"login": ');
    expect(broken.status).toBe(400);
    expect((await broken.json()).code).toBe('invalid_json');
    const huge = await client.post('/api/auth/login', { login: 'x', password: 'p'.repeat(70 * 1024) });
    expect(huge.status).toBe(413);
    expect((await huge.json()).code).toBe('payload_too_large');
  });

  it('sends security headers with a CSP that allows no inline script, on errors too', async () => {
    for (const res of [await h.client().get('/api/professions'), await h.client().get('/api/nope')]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc.trim()).toBe("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('answers an unknown API route with a problem, not the web app', async () => {
    const res = await h.client().get('/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found', status: 404 });
  });
});

describe('a state-changing request without a body', () => {
  /** A slot open for booking and a signed-in candidate with a point, whose client sends no body when given none. */
  async function bookingAttempt() {
    const [profession = ''] = await professionIds(h);
    const slotId = await publish(h, await createUser(h), profession);
    const candidate = await createUser(h);
    const path = `/api/slots/${slotId}/booking`;
    return {
      path,
      book: (headers: Record<string, string> = {}) =>
        candidate.client.request('POST', path, undefined, headers),
      bookingsMade: () => h.deps.db.$count(bookings, eq(bookings.slotId, slotId)),
    };
  }

  it('books from our own origin with no body and no content type, as a client generated from the document sends it', async () => {
    const { book, bookingsMade } = await bookingAttempt();
    const res = await book({ 'content-length': '0' });
    expect(res.status).toBe(201);
    expect((await res.json()).myRole).toBe('candidate');
    expect(await bookingsMade()).toBe(1);
  });

  it('is refused from a foreign origin, and cross-site without one', async () => {
    const { path, book, bookingsMade } = await bookingAttempt();
    const foreign = await book({ origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).code).toBe('origin_mismatch');
    const crossSite = await h.request(`${TEST_ORIGIN}${path}`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).code).toBe('origin_mismatch');
    expect(await bookingsMade()).toBe(0);
  });

  it.each<Record<string, string>>([
    { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '0' },
    { 'content-type': 'text/plain' },
    { 'transfer-encoding': 'chunked' },
    { 'content-length': '2' },
  ])(
    'answers 415 from our own origin when the request says it has a body that is not JSON: %o',
    async (headers) => {
      const { book, bookingsMade } = await bookingAttempt();
      const res = await book(headers);
      expect(res.status).toBe(415);
      expect((await res.json()).code).toBe('unsupported_media_type');
      expect(await bookingsMade()).toBe(0);
    },
  );
});
