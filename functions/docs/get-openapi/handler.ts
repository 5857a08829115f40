import { Hono } from 'hono';
import type { AppEnv } from '#functions/kernel/context.ts';
import { buildOpenApiDocument, describe } from '#functions/kernel/openapi.ts';

export default new Hono<AppEnv>().get(
  '/api/openapi.json',
  describe({
    tag: 'Documentation',
    access: 'public',
    summary: 'This API as an OpenAPI 3.1 document',
    success: { status: 200, description: 'The document' },
  }),
  async (c): Promise<Response> => {
    // Loaded on request: the registry lists this function too.
    const { httpFunctions } = await import('#functions/registry.ts');
    return c.json(buildOpenApiDocument(Object.values(httpFunctions)));
  },
);
