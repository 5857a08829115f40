import { createAction } from '@reduxjs/toolkit';
import {
  type BaseQueryFn,
  type FetchArgs,
  type FetchBaseQueryError,
  type FetchBaseQueryMeta,
  fetchBaseQuery,
} from '@reduxjs/toolkit/query/react';
import type { Problem } from '#contract/errors.ts';

export type ApiError = {
  /** The HTTP status, or `network` when no answer arrived. */
  status: number | 'network';
  /** The server's `application/problem+json` body, when the answer carried one. */
  problem: Problem | null;
  /** From `Retry-After` on 429 answers. */
  retryAfterSeconds: number | null;
};

export type ApiExtraOptions = {
  /**
   * For requests a guest may make: a 401 that a refresh cannot cure means "signed out" and answers `null`
   * instead of sending the viewer to the login page.
   */
  guestAllowed?: boolean;
  /**
   * For what the app reads on its own, not at the viewer's request (the notifications behind the bell, live
   * refreshes): when the session is gone the viewer is signed out where they are, not sent to the login page.
   */
  background?: boolean;
};

export type ApiBaseQuery = BaseQueryFn<
  string | FetchArgs,
  unknown,
  ApiError,
  ApiExtraOptions,
  FetchBaseQueryMeta
>;

/** Dispatched when the session is gone for good; the app resets its data and opens the login page. */
export const sessionExpired = createAction('session/expired');

/**
 * Dispatched when the session is gone but the request was answered as for a guest: the viewer stays on the
 * page, signed out.
 */
export const sessionEnded = createAction('session/ended');

/** Refreshes the session; true when a new access token was issued. Concurrent callers share one attempt. */
export type SessionRefresh = () => Promise<boolean>;

export type Session = {
  refresh: SessionRefresh;
  /** Hears every successful refresh: the session cookie changed. */
  onRefreshed(listener: () => void): () => void;
};

/**
 * The one session refresh of the tab, shared by HTTP requests and the live connection. The refresh token
 * rotates on use, so everything that fails together must share one refresh: a second parallel refresh would
 * present a token the first one has already spent and end the session.
 */
export function createSession({ baseUrl }: { baseUrl: string }): Session {
  let refreshing: Promise<boolean> | null = null;
  const listeners = new Set<() => void>();
  return {
    refresh() {
      refreshing ??= fetch(
        new Request(`${baseUrl}/auth/refresh`, {
          method: 'POST',
          credentials: 'include',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json, application/problem+json',
          },
          body: '{}',
        }),
      )
        .then(
          (response) => response.ok,
          () => false,
        )
        .then((refreshed) => {
          if (refreshed) for (const listener of [...listeners]) listener();
          return refreshed;
        })
        .finally(() => {
          refreshing = null;
        });
      return refreshing;
    },
    onRefreshed(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export function createApiBaseQuery({
  baseUrl,
  refreshSession,
}: {
  baseUrl: string;
  refreshSession: SessionRefresh;
}): ApiBaseQuery {
  const rawBaseQuery = fetchBaseQuery({
    baseUrl,
    credentials: 'include',
    prepareHeaders: (headers) => {
      headers.set('Accept', 'application/json, application/problem+json');
      return headers;
    },
  });

  return async (args, api, extraOptions = {}) => {
    let result = await rawBaseQuery(args, api, extraOptions);
    // Auth endpoints answer 401 for wrong credentials or a dead refresh token; refreshing would not help.
    if (result.error?.status === 401 && !isAuthRequest(args)) {
      const refreshed = await refreshSession();
      // A refused refresh cleared the session cookies, so the retry is answered as for a guest: public
      // requests (the exchange, a slot, the professions) succeed and the viewer stays where they are. The
      // server, not a list kept here, decides what a guest may read. A 401 does nothing on the server, so
      // retrying a write is harmless: it fails again.
      result = await rawBaseQuery(args, api, extraOptions);
      if (result.error?.status === 401) {
        if (extraOptions.guestAllowed) return { data: null, meta: result.meta };
        api.dispatch(extraOptions.background ? sessionEnded() : sessionExpired());
      } else if (!refreshed) {
        api.dispatch(sessionEnded());
      }
    }
    if (result.error) {
      return { error: await toApiError(result.error, result.meta), meta: result.meta };
    }
    return { data: result.data, meta: result.meta };
  };
}

function isAuthRequest(args: string | FetchArgs): boolean {
  const url = typeof args === 'string' ? args : args.url;
  return url.startsWith('/auth/');
}

/**
 * The contract's schema (and zod with it) loads with the first error that has a body to read: a page that
 * meets none, as a guest's first page, never downloads it.
 */
async function readProblem(data: unknown): Promise<Problem | null> {
  if (data === undefined || data === null) return null;
  const { ZProblem } = await import('#contract/errors.ts');
  return ZProblem.safeParse(data).data ?? null;
}

async function toApiError(
  error: FetchBaseQueryError,
  meta: FetchBaseQueryMeta | undefined,
): Promise<ApiError> {
  const status =
    typeof error.status === 'number'
      ? error.status
      : 'originalStatus' in error
        ? error.originalStatus
        : 'network';
  const retryAfter = Number.parseInt(meta?.response?.headers.get('Retry-After') ?? '', 10);
  return {
    status,
    problem: await readProblem(error.data),
    retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : null,
  };
}
