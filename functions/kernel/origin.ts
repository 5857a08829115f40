import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

/**
 * The origin a browser must be on to act: the configured public one, or the one the request was made to
 * (Host, with the scheme the trusted proxy reports). Shared by the HTTP functions and the realtime relay.
 */
export function expectedOrigin(input: {
  appOrigin: string | undefined;
  trustProxy: boolean;
  forwardedProto: string | undefined;
  host: string | undefined;
  url: string;
}): string {
  if (input.appOrigin) return new URL(input.appOrigin).origin;
  const url = new URL(input.url);
  const proto = (input.trustProxy && input.forwardedProto) || url.protocol.replace(':', '');
  return `${proto}://${input.host ?? url.host}`;
}

/** Our origin as the request in hand sees it (see expectedOrigin). */
export function originOf<E extends AppEnv>(c: Context<E>): string {
  const { config } = c.var.deps;
  return expectedOrigin({
    appOrigin: config.APP_ORIGIN,
    trustProxy: config.TRUST_PROXY,
    forwardedProto: c.req.header('x-forwarded-proto'),
    host: c.req.header('host'),
    url: c.req.url,
  });
}
