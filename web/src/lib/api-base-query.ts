import { createAction } from '@reduxjs/toolkit';
import {
  type BaseQueryFn,
  type FetchArgs,
  type FetchBaseQueryError,
  type FetchBaseQueryMeta,
  fetchBaseQuery,
} from '@reduxjs/toolkit/query/react';

export type FieldProblem = { field: string; code: string; message?: string };

/** The server's `application/problem+json` body. */
export type Problem = {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  errors?: FieldProblem[];
};

export type ApiError = {
  /** The HTTP status, or `network` when no answer arrived. */
  status: number | 'network';
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

const REFRESH: FetchArgs = { url: '/auth/refresh', method: 'POST', body: {} };

export function createApiBaseQuery({ baseUrl }: { baseUrl: string }): ApiBaseQuery {
  const rawBaseQuery = fetchBaseQuery({
    baseUrl,
    credentials: 'include',
    prepareHeaders: (headers) => {
      headers.set('Accept', 'application/json, application/problem+json');
      return headers;
    },
  });

  // The refresh token rotates on use, so requests that fail together must share one refresh: a second
  // parallel refresh would present a token the first one has already spent and end the session.
  let refreshing: Promise<boolean> | null = null;
  const refreshSession = (api: Parameters<ApiBaseQuery>[1]): Promise<boolean> => {
    refreshing ??= Promise.resolve(rawBaseQuery(REFRESH, api, {}))
      .then((result) => !result.error)
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  };

  return async (args, api, extraOptions = {}) => {
    let result = await rawBaseQuery(args, api, extraOptions);
    // Auth endpoints answer 401 for wrong credentials or a dead refresh token; refreshing would not help.
    if (result.error?.status === 401 && !isAuthRequest(args)) {
      if (await refreshSession(api)) {
        result = await rawBaseQuery(args, api, extraOptions);
      } else if (extraOptions.guestAllowed) {
        return { data: null, meta: result.meta };
      } else {
        api.dispatch(sessionExpired());
      }
    }
    if (result.error) {
      return { error: toApiError(result.error, result.meta), meta: result.meta };
    }
    return { data: result.data, meta: result.meta };
  };
}

function isAuthRequest(args: string | FetchArgs): boolean {
  const url = typeof args === 'string' ? args : args.url;
  return url.startsWith('/auth/');
}

function toApiError(error: FetchBaseQueryError, meta: FetchBaseQueryMeta | undefined): ApiError {
  const status =
    typeof error.status === 'number'
      ? error.status
      : 'originalStatus' in error
        ? error.originalStatus
        : 'network';
  const retryAfter = Number.parseInt(meta?.response?.headers.get('Retry-After') ?? '', 10);
  return {
    status,
    problem: isProblem(error.data) ? error.data : null,
    retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : null,
  };
}

function isProblem(data: unknown): data is Problem {
  return typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string';
}
