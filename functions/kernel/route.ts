import type { MiddlewareHandler } from 'hono';
import { describeRoute, resolver, uniqueSymbol } from 'hono-openapi';
import type { ZodType } from 'zod';
import type { ErrorCode } from '#contract/errors.ts';

/**
 * A route's documentation, declared once beside its handler: `describe()` for what it does and answers,
 * `validate()` for its input, an `access.*` guard for who may call it. The OpenAPI document is generated
 * from these declarations (functions/docs/openapi-document.ts), never written by hand.
 */
export type RouteDoc = {
  summary: string;
  description?: string;
  tag: string;
  success: { status: number; description: string; schema?: ZodType; contentType?: string };
  /** The errors this route can answer besides those its access, input and method imply. */
  errors?: ErrorCode[];
};

/**
 * Our additions to an operation, merged by hono-openapi across a route's middleware (arrays are joined):
 * who may call it, and the error codes it can answer, turned into responses when the document is built.
 */
export type OperationExtensions = { 'x-access'?: Access; 'x-errors'?: ErrorCode[] };

/** Who may call a route: anyone, a signed-in user (or an admin), anyone with more for a signed-in user, a feed URL holder. */
export type Access = 'public' | 'user' | 'admin' | 'optional-user' | 'feed-token';

export function describe(doc: RouteDoc): MiddlewareHandler {
  const { success } = doc;
  const content = success.schema
    ? { [success.contentType ?? 'application/json']: { schema: resolver(success.schema) } }
    : success.contentType
      ? { [success.contentType]: { schema: { type: 'string' as const } } }
      : undefined;
  return describeRoute({
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags: [doc.tag],
    responses: { [success.status]: { description: success.description, ...(content ? { content } : {}) } },
    ...({ 'x-errors': doc.errors ?? [] } satisfies OperationExtensions),
  });
}

/** Gives a middleware (an access guard) its part of the operation's documentation. */
export function documented<M extends MiddlewareHandler>(
  middleware: M,
  spec: OperationExtensions & { security?: Record<string, string[]>[] },
): M {
  return Object.assign(middleware, { [uniqueSymbol]: { spec } });
}
