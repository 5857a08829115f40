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

const parsed = ZEnv.safeParse(import.meta.env);
if (!parsed.success) {
  throw new Error(`Invalid web environment:\n${z.prettifyError(parsed.error)}`);
}

export const env = {
  apiBaseUrl: parsed.data.VITE_API_BASE_URL,
};
