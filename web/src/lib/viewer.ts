import type { TMe } from '#contract/me.ts';
import { useGetMeQuery } from './api.ts';
import { DEFAULT_TIME_ZONE } from './time.ts';

export type Viewer = {
  /** `null` for a guest. */
  me: TMe | null;
  /** True until the first answer about the session arrives. */
  isLoading: boolean;
  timeZone: string;
};

/** Who is looking at the page: every part of the app asks here rather than reading the cache itself. */
export function useViewer(): Viewer {
  // Only what it returns: a component that asks who is viewing is not rendered again each time the session
  // check runs (a refetch, a reconnect), only when the answer changes.
  // A selector of its own replaces RTK Query's, which counts a query not started yet as loading: before the
  // session check starts, a member is not yet known, not a guest (members' pages would send them to log in).
  const { data, isLoading } = useGetMeQuery(undefined, {
    selectFromResult: (result) => ({
      data: result.data,
      isLoading: result.isLoading || result.isUninitialized,
    }),
  });
  return { me: data ?? null, isLoading, timeZone: data?.timeZone ?? DEFAULT_TIME_ZONE };
}

type ViewerId = string | null;

let announced: { id: ViewerId } | null = null;
const listeners = new Set<(id: ViewerId) => void>();

/** The store announces each answer about who is viewing (a user id, null for a guest). */
export function announceViewer(id: ViewerId): void {
  announced = { id };
  for (const listener of [...listeners]) listener(id);
}

/**
 * For what lives outside React and may load long after the first answer (the live connection): hears the
 * viewer known so far at once, then every later answer.
 */
export function onViewer(listener: (id: ViewerId) => void): () => void {
  listeners.add(listener);
  if (announced) listener(announced.id);
  return () => {
    listeners.delete(listener);
  };
}
