import { loadEnv } from 'vite';
import * as z from 'zod/mini';

const ZEnv = z.object({
  VITE_API_BASE_URL: z._default(
    z
      .string()
      .check(
        z.regex(/^\/[^/]/, 'must be a same-origin path such as /api: the session cookies are same-origin'),
      ),
    '/api',
  ),
});

export type WebEnv = z.infer<typeof ZEnv>;

/**
 * The web app's environment, read and checked when it is built (or served by Vite in development): a wrong
 * value fails the build with the list of what is wrong, and the browser gets the values, not the validator.
 */
export function readWebEnv(mode: string, root: string): WebEnv {
  const parsed = ZEnv.safeParse(loadEnv(mode, root, 'VITE_'));
  if (!parsed.success) {
    throw new Error(`Invalid web environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
