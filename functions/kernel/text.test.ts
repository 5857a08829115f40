import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, professionIds, publish, slotBody } from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let profession: string;

beforeAll(async () => {
  h = await createHarness();
  [profession = ''] = await professionIds(h);
});
afterAll(() => h.close());

// PostgreSQL refuses NUL in text (22021); a lone surrogate has no UTF-8 form. Each must be a 400 naming the
// field, never a 500, and change nothing.
const UNSTORABLE = { nul: 'Анна\u0000', 'lone high surrogate': 'x\uD800y', 'lone low surrogate': '\uDC00' };

describe('text that cannot be stored', () => {
  for (const [name, bad] of Object.entries(UNSTORABLE)) {
    it(`is refused in every written text field (${name})`, async () => {
      const user = await createUser(h);
      const refused = async (res: Promise<{ status: number; json(): Promise<unknown> }>, field: string) => {
        const answer = await res;
        expect(answer.status, field).toBe(400);
        expect((await answer.json()) as object).toMatchObject({
          code: 'validation_failed',
          errors: expect.arrayContaining([expect.objectContaining({ field, code: 'invalid_characters' })]),
        });
      };
      for (const field of ['displayName', 'bio', 'contacts'])
        await refused(user.client.patch('/api/me', { [field]: bad }), field);
      await refused(
        h
          .client()
          .post('/api/auth/register', { login: 'anna.k', password: 'Kotlin-2024!', displayName: bad }),
        'displayName',
      );
      await refused(
        user.client.post('/api/slots', slotBody(h, profession, 5, { description: bad })),
        'description',
      );
      const slotId = await publish(h, user, profession, 7);
      await refused(user.client.patch(`/api/slots/${slotId}`, { description: bad }), 'description');
      const me = await (await user.client.get('/api/me')).json();
      expect(me).toMatchObject({ displayName: user.login, bio: '', contacts: '' });
    });
  }

  it('is a wrong login at sign-in, not an error', async () => {
    for (const bad of Object.values(UNSTORABLE)) {
      const res = await h.client().post('/api/auth/login', { login: bad, password: 'whatever-password' });
      expect(res.status).toBe(401);
      expect((await res.json()).code).toBe('invalid_credentials');
    }
  });
});
