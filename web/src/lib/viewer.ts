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
  const { data, isLoading } = useGetMeQuery();
  return { me: data ?? null, isLoading, timeZone: data?.timeZone ?? DEFAULT_TIME_ZONE };
}
