import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';
import { encodeCursor } from './cursor.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const crafted = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const ID = '3f1c2a4e-8b7d-4c6a-9e5f-1a2b3c4d5e6f';

describe('pagination cursors', () => {
  const bad = {
    'an id of dashes': crafted(['2026-01-01T00:00:00.000Z', '-'.repeat(36)]),
    'an id of 36 zeros': crafted(['2026-01-01T00:00:00.000Z', '0'.repeat(36)]),
    'a date past what PostgreSQL holds': crafted(['+275760-09-13T00:00:00.000Z', ID]),
    'a date before 1970': crafted(['1969-12-31T23:59:59.000Z', ID]),
    'a number for a date': crafted([0, ID]),
    'not a list': crafted({ startsAt: '2026-01-01T00:00:00.000Z', id: ID }),
    'a score that is not a number': crafted(['2026-01-01T00:00:00.000Z', ID, 'NaN']),
    'not JSON': Buffer.from('not json').toString('base64url'),
    'not base64url': '%%%',
  };
  it('are refused with a 400 on cursor, never a 500, on every list that takes one', async () => {
    const user = await createUser(h);
    for (const [name, cursor] of Object.entries(bad)) {
      for (const path of ['/api/slots', '/api/me/interviews?scope=past&', '/api/users/nobody-x/reviews']) {
        const url = `${path}${path.includes('?') ? '' : '?'}cursor=${encodeURIComponent(cursor)}`;
        const res = await user.client.get(url.replace('?&', '?'));
        if (path.startsWith('/api/users')) {
          // An unknown user is a 404 whatever the cursor; a known one answers 400 below.
          expect(res.status, `${name} ${path}`).toBe(404);
          continue;
        }
        expect(res.status, `${name} ${path}`).toBe(400);
        expect((await res.json()).errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
      }
      const reviews = await h
        .client()
        .get(`/api/users/${user.login}/reviews?cursor=${encodeURIComponent(cursor)}`);
      expect(reviews.status, `${name} reviews`).toBe(400);
    }
  });

  it('take back what they gave, and a ranked cursor only on the ranked order', async () => {
    const plain = encodeCursor({ startsAt: new Date('2026-12-01T10:00:00Z'), id: ID });
    const ranked = encodeCursor({ startsAt: new Date('2026-12-01T10:00:00Z'), id: ID, score: 4.2 });
    expect((await h.client().get(`/api/slots?cursor=${plain}`)).status).toBe(200);
    expect((await h.client().get(`/api/slots?sort=best_rated&cursor=${ranked}`)).status).toBe(200);
    expect((await h.client().get(`/api/slots?sort=best_rated&cursor=${plain}`)).status).toBe(400);
    expect((await h.client().get(`/api/slots?cursor=${ranked}`)).status).toBe(400);
  });
});
