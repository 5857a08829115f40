import type { Hono, MiddlewareHandler, ValidationTargets } from 'hono';
import { type ZodType, z } from 'zod';
import { type ErrorCode, errorCodes } from './app-error.ts';
import type { AppEnv } from './context.ts';

/** Who may call a route: anyone, a signed-in user, anyone with more for a signed-in user, a feed token. */
export type Access = 'public' | 'user' | 'optional-user' | 'feed-token';

export type RouteDoc = {
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  success: { status: number; description: string; schema?: ZodType; contentType?: string };
  /** The errors this route can answer besides the ones every route of its kind can. */
  errors?: ErrorCode[];
};

const DOC = Symbol('route-doc');
const INPUT = Symbol('route-input');

type Documented = { [DOC]?: RouteDoc; [INPUT]?: { target: keyof ValidationTargets; schema: ZodType } };

/** Documents a route for /api/openapi.json; it does nothing at run time. */
export function describe(doc: RouteDoc): MiddlewareHandler<AppEnv> {
  const middleware: MiddlewareHandler<AppEnv> = async (_c, next) => {
    await next();
  };
  return Object.assign(middleware, { [DOC]: doc });
}

/** Marks a validator middleware with the schema it checks, so the document shows the input. */
export function documentInput<M>(middleware: M, target: keyof ValidationTargets, schema: ZodType): M {
  return Object.assign(middleware as object, { [INPUT]: { target, schema } }) as M;
}

const jsonSchema = (schema: ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
};

const problemRef = { $ref: '#/components/schemas/Problem' };

function errorResponses(doc: RouteDoc, method: string, hasInput: boolean) {
  const codes = new Set<ErrorCode>(doc.errors ?? []);
  const add = (...more: ErrorCode[]) => {
    for (const code of more) codes.add(code);
  };
  if (hasInput) add('validation_failed');
  if (doc.access === 'user') add('unauthenticated', 'token_invalid', 'session_ended');
  if (doc.access === 'optional-user') add('token_invalid');
  if (method !== 'get') add('unsupported_media_type', 'origin_mismatch');
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes)
    byStatus.set(errorCodes[code].status, [...(byStatus.get(errorCodes[code].status) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: list.map((code) => `\`${code}\`: ${errorCodes[code].title}`).join('; '),
        content: { 'application/problem+json': { schema: problemRef } },
      },
    ]),
  );
}

function parametersOf(target: keyof ValidationTargets, schema: ZodType) {
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: target === 'param' ? 'path' : 'query',
    required: target === 'param' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

/** The OpenAPI 3.1 document of the given function apps, built from their zod schemas and route docs. */
export function buildOpenApiDocument(apps: Hono<AppEnv>[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const app of apps) {
    const routes = app.routes.filter((route) => route.method !== 'ALL');
    const first = routes[0];
    if (!first) continue;
    const handlers = routes.map((route) => route.handler as Documented);
    const doc = handlers.find((h) => h[DOC])?.[DOC];
    if (!doc) throw new Error(`${first.method} ${first.path} has no describe() for the API document`);
    const inputs = handlers.flatMap((h) => (h[INPUT] ? [h[INPUT]] : []));
    const method = first.method.toLowerCase();
    const path = first.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
    const body = inputs.find((input) => input.target === 'json');
    const { success } = doc;
    paths[path] = {
      ...paths[path],
      [method]: {
        summary: doc.summary,
        ...(doc.description ? { description: doc.description } : {}),
        tags: [doc.tag],
        'x-access': doc.access,
        ...(doc.access === 'user' ? { security: [{ session: [] }] } : {}),
        parameters: inputs
          .filter((input) => input.target !== 'json')
          .flatMap((input) => parametersOf(input.target, input.schema)),
        ...(body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: jsonSchema(body.schema, 'input') } },
              },
            }
          : {}),
        responses: {
          [String(success.status)]: {
            description: success.description,
            ...(success.schema
              ? {
                  content: {
                    [success.contentType ?? 'application/json']: {
                      schema: jsonSchema(success.schema, 'output'),
                    },
                  },
                }
              : success.contentType
                ? { content: { [success.contentType]: { schema: { type: 'string' } } } }
                : {}),
          },
          ...errorResponses(doc, method, inputs.length > 0),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mockstock API',
      version: '1.0.0',
      description:
        'The exchange of peer mock interviews. JSON over HTTPS; state-changing requests must be application/json ' +
        'from the site’s own origin. Errors are application/problem+json with a stable `code`.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ms_access' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string', enum: Object.keys(errorCodes) },
            detail: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['field', 'code', 'message'],
                properties: {
                  field: { type: 'string' },
                  code: { type: 'string' },
                  message: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
    paths,
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
