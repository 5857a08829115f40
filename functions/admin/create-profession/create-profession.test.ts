import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAdmin,
  createUser,
  professionIds,
  publish,
  type TestUser,
} from '#functions/testing/fixtures.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
let admin: TestUser;

beforeAll(async () => {
  h = await createHarness();
  admin = await createAdmin(h, { displayName: 'Анна' });
});
afterAll(() => h.close());

const fieldsOf = (body: { errors?: { field: string; code: string }[] }) =>
  (body.errors ?? []).map((error) => [error.field, error.code]);

describe('POST /api/admin/professions and GET /api/admin/professions', () => {
  it('adds a profession at the end, with a slug from the English name, written to the audit log and announced', async () => {
    const before = await (await admin.client.get('/api/admin/professions')).json();
    h.published.length = 0;
    const res = await admin.client.post('/api/admin/professions', {
      nameRu: '  Инженер по машинному обучению ',
      nameEn: 'ML Engineer (LLM & CV)',
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({
      slug: 'ml-engineer-llm-cv',
      name: { ru: 'Инженер по машинному обучению', en: 'ML Engineer (LLM & CV)' },
      archivedAt: null,
      slotCount: 0,
    });
    expect(created.position).toBe(Math.max(...before.items.map((p: { position: number }) => p.position)) + 1);

    // Announced to everyone: forms and filters read the list again.
    expect(h.published).toEqual([
      expect.objectContaining({
        name: 'profession.changed',
        audience: { kind: 'public' },
        payload: { professionId: created.id },
      }),
    ]);
    const offered = await (await h.client().get('/api/professions')).json();
    expect(offered.items.at(-1)).toMatchObject({ id: created.id, slug: 'ml-engineer-llm-cv' });
    const listed = await (await admin.client.get('/api/admin/professions')).json();
    expect(listed.items.at(-1)).toEqual(created);

    const audit = await (await admin.client.get('/api/admin/audit?action=profession.created')).json();
    expect(audit.items).toEqual([
      expect.objectContaining({
        actor: { id: admin.id, login: admin.login, displayName: 'Анна' },
        targetUser: null,
        targetType: 'profession',
        targetId: created.id,
        before: null,
        after: expect.objectContaining({ slug: 'ml-engineer-llm-cv', nameEn: 'ML Engineer (LLM & CV)' }),
      }),
    ]);
  });

  it('takes a slug of the admin’s choice and refuses one in use (409), archived professions’ too', async () => {
    const own = await admin.client.post('/api/admin/professions', {
      nameRu: 'Аналитик',
      nameEn: 'Analyst',
      slug: 'business-analyst',
    });
    expect(own.status).toBe(201);
    const analyst = await own.json();
    expect(analyst.slug).toBe('business-analyst');
    await admin.client.patch(`/api/admin/professions/${analyst.id}`, { archived: true });

    const taken = await admin.client.post('/api/admin/professions', {
      nameRu: 'Бизнес-аналитик',
      nameEn: 'Business Analyst',
    });
    expect(taken.status).toBe(409);
    const problem = await taken.json();
    expect(problem.code).toBe('slug_taken');
    expect(fieldsOf(problem)).toEqual([['slug', 'slug_taken']]);
    // A seeded one, named differently, by its slug.
    const seeded = await admin.client.post('/api/admin/professions', { nameRu: 'Фронт', nameEn: 'Frontend' });
    expect((await seeded.json()).code).toBe('slug_taken');
  });

  it('refuses empty, too long, unknown and malformed fields with every field’s error at once', async () => {
    const count = (await (await admin.client.get('/api/admin/professions')).json()).items.length;
    const refuse = async (body: unknown, expected: string[][]) => {
      const res = await admin.client.post('/api/admin/professions', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(await res.json())).toEqual(expected);
    };
    await refuse({ nameRu: '   ', nameEn: 'x'.repeat(61) }, [
      ['nameRu', 'required'],
      ['nameEn', 'too_long'],
    ]);
    await refuse({ nameRu: 'Тест' }, [['nameEn', 'required']]);
    await refuse({ nameRu: 'Тест', nameEn: 'Test', slug: 'Не слаг' }, [['slug', 'invalid_format']]);
    await refuse({ nameRu: 'Тест', nameEn: 'Test', slug: 'a--b' }, [['slug', 'invalid_format']]);
    await refuse({ nameRu: 'Тест', nameEn: 'Test', position: 1 }, [['position', 'unknown_field']]);
    await refuse({ nameRu: 'Тест\u0000', nameEn: 'Test' }, [['nameRu', 'invalid_characters']]);
    // An English name without latin letters gives no slug: the admin is asked for one.
    await refuse({ nameRu: 'Тест', nameEn: 'Тест' }, [['slug', 'required']]);
    expect((await (await admin.client.get('/api/admin/professions')).json()).items).toHaveLength(count);
  });

  it('lists archived professions too, each with how many slots of any status use it', async () => {
    const [frontend = ''] = await professionIds(h);
    const anna = await createUser(h);
    await publish(h, anna, frontend, 10);
    const withdrawn = await publish(h, anna, frontend, 20);
    await anna.client.post(`/api/slots/${withdrawn}/cancel`);
    const list = await (await admin.client.get('/api/admin/professions')).json();
    expect(list.items.find((p: { id: string }) => p.id === frontend).slotCount).toBe(2);
    expect(list.items.some((p: { archivedAt: string | null }) => p.archivedAt !== null)).toBe(true);
    const positions = list.items.map((p: { position: number }) => p.position);
    expect(positions).toEqual(positions.toSorted((a: number, b: number) => a - b));
  });

  it('gives professions added at the same moment by two admins their own places at the end', async () => {
    const other = await createAdmin(h);
    const [a, b] = await Promise.all([
      admin.client.post('/api/admin/professions', { nameRu: 'Котлин', nameEn: 'Kotlin' }),
      other.client.post('/api/admin/professions', { nameRu: 'Свифт', nameEn: 'Swift' }),
    ]);
    expect([a?.status, b?.status]).toEqual([201, 201]);
    const list = await (await admin.client.get('/api/admin/professions')).json();
    const positions = list.items.map((p: { position: number }) => p.position);
    expect(new Set(positions).size).toBe(positions.length);
    expect(
      list.items
        .slice(-2)
        .map((p: { slug: string }) => p.slug)
        .sort(),
    ).toEqual(['kotlin', 'swift']);
  });

  it('is for admins only: a guest gets 401, a user 403, and nothing is created', async () => {
    const user = await createUser(h);
    const body = { nameRu: 'Чужая', nameEn: 'Intruder' };
    expect((await h.client().get('/api/admin/professions')).status).toBe(401);
    expect((await h.client().post('/api/admin/professions', body)).status).toBe(401);
    expect((await user.client.get('/api/admin/professions')).status).toBe(403);
    expect((await user.client.post('/api/admin/professions', body)).status).toBe(403);
    const list = await (await admin.client.get('/api/admin/professions')).json();
    expect(list.items.some((p: { slug: string }) => p.slug === 'intruder')).toBe(false);
  });
});
