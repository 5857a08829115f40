import { createClient } from '#functions/testing/harness.ts';
import { TEST_PASSWORD } from './register.ts';

/** A browser-like API client talking to `base` (nginx or one function server directly), with its Origin. */
export const clientOf = (base: string) =>
  createClient((url, init) => {
    const headers = new Headers(init?.headers);
    headers.set('origin', base);
    const target = new URL(url);
    return fetch(`${base}${target.pathname}${target.search}`, { ...init, headers });
  });

let registered = 0;

/** A new account signed in through `base`: its client keeps the session cookies. */
export async function signUp(base: string) {
  const client = clientOf(base);
  registered += 1;
  const res = await client.post('/api/auth/register', {
    login: `user${registered}.${Date.now() % 100000}`,
    password: `a long enough secret ${registered}`,
    displayName: `User ${registered}`,
  });
  if (res.status !== 201) throw new Error(`registration answered ${res.status}`);
  return client;
}

/** A named account registered through `base` with the browser tests' password; its client keeps the session. */
export async function registerAccount(base: string, login: string, displayName: string) {
  const client = clientOf(base);
  const res = await client.post('/api/auth/register', { login, password: TEST_PASSWORD, displayName });
  if (res.status !== 201) throw new Error(`registration of ${login} answered ${res.status}`);
  return client;
}
