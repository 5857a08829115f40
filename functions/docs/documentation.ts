import { Hono } from 'hono';
import { access } from '#functions/auth/access.ts';
import type { AppEnv } from '#functions/kernel/context.ts';
import { describe } from '#functions/kernel/route.ts';
import { buildOpenApiDocument } from './openapi-document.ts';
import { renderReference } from './render-reference.ts';

/**
 * The API describing itself: the OpenAPI document and a readable reference, both generated from the route
 * declarations of the functions given (the registry's) and of these two routes, built once per process.
 */
export function documentationOf(functions: Record<string, Hono<AppEnv>>): Record<string, Hono<AppEnv>> {
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  // The document covers these two routes as well: built on first request, when both exist.
  const documentFor = () => {
    document ??= buildOpenApiDocument({ ...functions, ...docs });
    return document;
  };
  const docs = {
    'docs/get-openapi': new Hono<AppEnv>().get(
      '/api/openapi.json',
      access.public,
      describe({
        tag: 'Documentation',
        summary: 'This API as an OpenAPI 3.1 document',
        success: { status: 200, description: 'The document', contentType: 'application/json' },
      }),
      async (c) => c.json(await documentFor()),
    ),
    'docs/get-api-reference': new Hono<AppEnv>().get(
      '/api/docs',
      access.public,
      describe({
        tag: 'Documentation',
        summary: 'This API as a readable reference page',
        success: { status: 200, description: 'An HTML page', contentType: 'text/html' },
      }),
      async (c) => c.html(renderReference(await documentFor())),
    ),
  };
  return docs;
}
