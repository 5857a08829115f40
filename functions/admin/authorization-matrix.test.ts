import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_API_PREFIX } from '#contract/admin.ts';
import { users } from '#db/schema/index.ts';
import { buildOpenApiDocument } from '#functions/docs/openapi-document.ts';
import type { Access } from '#functions/kernel/route.ts';
import { httpFunctions } from '#functions/registry.ts';
import { createAdmin, createUser, type TestUser } from '#functions/testing/fixtures.ts';
import { type Client, createHarness } from '#functions/testing/harness.ts';

type Operation = { method: string; path: string; access: Access; folder: string };

/** Every operation of every function, with its declared access, read from the generated API document. */
async function operations(): Promise<Operation[]> {
  const document = await buildOpenApiDocument(httpFunctions);
  const paths = document.paths as Record<
    string,
    Record<string, { 'x-access'?: Access; operationId?: string }>
  >;
  return Object.entries(paths)
    .flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        access: operation['x-access'] ?? ('undeclared' as Access),
        folder: operation.operationId ?? '',
      })),
    )
    .sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** What each kind of caller gets from a route of each access, as the matrix states it. */
const OUTCOMES: Record<Access, [guest: string, user: string, blockedAdmin: string, admin: string]> = {
  public: ['allowed', 'allowed', 'allowed', 'allowed'],
  'feed-token': ['secret URL', 'secret URL', 'secret URL', 'secret URL'],
  'optional-user': ['allowed (guest view)', 'allowed', '403', 'allowed'],
  user: ['401', 'allowed', '403', 'allowed'],
  admin: ['401', '403', '403', 'allowed'],
};

/** A Markdown table with its columns padded, as the formatter (Biome) writes tables. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

function matrixMarkdown(list: Operation[]): string {
  const rows = list.map((op) => [op.method, `\`${op.path}\``, op.access, ...OUTCOMES[op.access]]);
  return [
    '# Authorization matrix',
    '',
    'Generated from the route declarations by `functions/admin/authorization-matrix.test.ts`; the test fails when',
    'a route is added, removed or changes its access without this file being regenerated (`npx vitest run',
    '--project functions functions/admin/authorization-matrix.test.ts -u`), and it requests every admin route',
    'as each kind of caller. "allowed" means the guard lets the request through (the route may still answer',
    '400, 404 or 409 for what it was asked).',
    '',
    ...table(['method', 'path', 'access', 'guest', 'user', 'blocked admin', 'admin'], rows),
    '',
  ].join('\n');
}

/** A request the guard must judge: any path parameter is a fresh id, any body an empty object. */
function call(client: Client, op: Operation) {
  const path = op.path.replace(/\{[^}]+\}/g, () => randomUUID());
  return op.method === 'GET' ? client.get(path) : client.request(op.method, path, {});
}

describe('authorization matrix', () => {
  let h: Awaited<ReturnType<typeof createHarness>>;
  let list: Operation[];
  let user: TestUser;
  let admin: TestUser;
  let blockedAdmin: TestUser;

  beforeAll(async () => {
    h = await createHarness();
    list = await operations();
    user = await createUser(h);
    admin = await createAdmin(h);
    blockedAdmin = await createAdmin(h);
    await h.deps.db.update(users).set({ status: 'blocked' }).where(eq(users.id, blockedAdmin.id));
  });
  afterAll(() => h.close());

  it('is the committed matrix: no route appears, goes or changes its access unseen', async () => {
    await expect(matrixMarkdown(list)).toMatchFileSnapshot('../../docs/authorization-matrix.md');
  });

  it('declares every route’s access, and admin access exactly for the routes under the admin prefix', () => {
    expect(list.filter((op) => !(op.access in OUTCOMES))).toEqual([]);
    const underPrefix = list.filter((op) => op.path.startsWith(`${ADMIN_API_PREFIX}/`));
    const adminOnly = list.filter((op) => op.access === 'admin');
    expect(underPrefix.length).toBeGreaterThan(0);
    expect(adminOnly).toEqual(underPrefix);
    // The admin area's functions are exactly the admin routes.
    expect(adminOnly.every((op) => op.folder.startsWith('admin-'))).toBe(true);
    expect(list.filter((op) => op.folder.startsWith('admin-') && op.access !== 'admin')).toEqual([]);
  });

  it('answers every admin route: guest 401, user 403, blocked admin 403, admin past the guard', async () => {
    const guest = h.client();
    const seen: string[] = [];
    for (const op of list.filter((o) => o.access === 'admin')) {
      const statuses = [
        (await call(guest, op)).status,
        (await call(user.client, op)).status,
        (await call(blockedAdmin.client, op)).status,
        (await call(admin.client, op)).status,
      ];
      seen.push(`${op.method} ${op.path} ${statuses.join(' ')}`);
      expect(statuses.slice(0, 3), `${op.method} ${op.path}`).toEqual([401, 403, 403]);
      expect([401, 403], `${op.method} ${op.path} as admin`).not.toContain(statuses[3]);
    }
    expect(seen.length).toBe(list.filter((o) => o.path.startsWith(`${ADMIN_API_PREFIX}/`)).length);
  });
});
