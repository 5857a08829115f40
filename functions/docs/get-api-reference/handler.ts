import { Hono } from 'hono';
import type { AppEnv } from '#functions/kernel/context.ts';
import { buildOpenApiDocument, describe } from '#functions/kernel/openapi.ts';
import { renderReference } from './render-reference.ts';

export default new Hono<AppEnv>().get(
  '/api/docs',
  describe({
    tag: 'Documentation',
    access: 'public',
    summary: 'This API as a readable reference page',
    success: { status: 200, description: 'An HTML page', contentType: 'text/html' },
  }),
  async (c): Promise<Response> => {
    // Loaded on request: the registry lists this function too.
    const { httpFunctions } = await import('#functions/registry.ts');
    return c.html(renderReference(buildOpenApiDocument(Object.values(httpFunctions))));
  },
);
