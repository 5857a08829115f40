import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployedName, httpFunctions } from '#functions/registry.ts';
import { createHarness } from '#functions/testing/harness.ts';

let h: Awaited<ReturnType<typeof createHarness>>;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const routes = Object.entries(httpFunctions).flatMap(([folder, app]) =>
  app.routes
    .filter((r) => r.method !== 'ALL')
    .slice(0, 1)
    .map((r) => ({
      method: r.method.toLowerCase(),
      path: r.path.replace(/:(\w+)/g, '{$1}'),
      operationId: deployedName(folder),
    })),
);

describe('the API documents itself', () => {
  it('serves an OpenAPI 3.1 document with every public route, named as its function, its input and its errors', async () => {
    const res = await h.client().get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods as Record<string, { operationId: string }>).map(([method, { operationId }]) => ({
        method,
        path,
        operationId,
      })),
    );
    expect(documented.sort((a, b) => `${a.path}${a.method}`.localeCompare(`${b.path}${b.method}`))).toEqual(
      routes.sort((a, b) => `${a.path}${a.method}`.localeCompare(`${b.path}${b.method}`)),
    );

    const publish = doc.paths['/api/slots'].post;
    const body = publish.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['professionId', 'startsAt', 'meetingUrl']));
    expect(body.properties.meetingUrl).toMatchObject({ type: 'string', maxLength: 2048 });
    expect(body.properties.durationMinutes.default).toBe(60);
    expect(publish.responses['201'].content['application/json'].schema.properties).toHaveProperty('cutoffAt');
    expect(publish.responses['409'].description).toContain('schedule_conflict');
    expect(publish.responses['401'].description).toContain('unauthenticated');
    expect(publish.security).toEqual([{ session: [] }]);

    const list = doc.paths['/api/slots'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['professions', 'from', 'to', 'level', 'language', 'cursor', 'limit']),
    );
    expect(doc.paths['/api/slots/{id}/booking'].post.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ]);
    for (const { method, path } of routes.filter((r) => r.method !== 'get'))
      expect(doc.paths[path][method].responses['413']?.description, `${method} ${path}`).toContain(
        'payload_too_large',
      );
  });

  it('serves a readable reference page without any script', async () => {
    const res = await h.client().get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    for (const { path } of routes) expect(html).toContain(path);
    expect(html).toContain('Book a slot for 1 point');
  });
});
