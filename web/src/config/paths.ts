import type { TListInterviewsQuery } from '#contract/interviews.ts';

const RETURN_TO = 'returnTo';

/** The id of the feedback section on a slot's page, for links straight to it. */
export const FEEDBACK_SECTION = 'feedback';

function withReturnTo(path: string, returnTo: string | undefined): string {
  return returnTo ? `${path}?${new URLSearchParams({ [RETURN_TO]: returnTo })}` : path;
}

export const paths = {
  home: { path: '/', getHref: () => '/' },
  login: { path: '/login', getHref: (returnTo?: string) => withReturnTo('/login', returnTo) },
  register: { path: '/register', getHref: (returnTo?: string) => withReturnTo('/register', returnTo) },
  exchange: { path: '/exchange', getHref: () => '/exchange' },
  publishSlot: { path: '/slots/new', getHref: () => '/slots/new' },
  slot: {
    path: '/slots/:id',
    /** `feedback` opens the page at the interview's feedback. */
    getHref: (id: string, section?: typeof FEEDBACK_SECTION) =>
      `/slots/${encodeURIComponent(id)}${section ? `#${section}` : ''}`,
  },
  editSlot: { path: '/slots/:id/edit', getHref: (id: string) => `/slots/${encodeURIComponent(id)}/edit` },
  interviews: {
    path: '/interviews',
    getHref: (scope?: TListInterviewsQuery['scope']) =>
      scope && scope !== 'upcoming' ? `/interviews?scope=${scope}` : '/interviews',
  },
  points: { path: '/points', getHref: () => '/points' },
  myFeedback: { path: '/me/feedback', getHref: () => '/me/feedback' },
  profile: { path: '/u/:login', getHref: (login: string) => `/u/${encodeURIComponent(login)}` },
  settings: {
    path: '/settings',
    getHref: (section?: 'profile' | 'password') => (section ? `/settings#${section}` : '/settings'),
  },
  // The admin panel: its pages and their code exist for admins only (the server checks every admin route).
  // `adminOnly`: neither the shell nor the app's start preloads their code; it loads once the viewer is known
  // to be an admin.
  adminDashboard: { path: '/admin', getHref: () => '/admin', adminOnly: true },
  adminModeration: { path: '/admin/moderation', getHref: () => '/admin/moderation', adminOnly: true },
  adminUsers: {
    path: '/admin/users',
    getHref: (query?: string) =>
      query ? `/admin/users?${new URLSearchParams({ q: query })}` : '/admin/users',
    adminOnly: true,
  },
  adminUser: {
    path: '/admin/users/:id',
    getHref: (id: string) => `/admin/users/${encodeURIComponent(id)}`,
    adminOnly: true,
  },
  adminInterviews: { path: '/admin/interviews', getHref: () => '/admin/interviews', adminOnly: true },
  adminInterview: {
    path: '/admin/interviews/:id',
    getHref: (slotId: string) => `/admin/interviews/${encodeURIComponent(slotId)}`,
    adminOnly: true,
  },
  adminProfessions: { path: '/admin/professions', getHref: () => '/admin/professions', adminOnly: true },
  adminAudit: { path: '/admin/audit', getHref: () => '/admin/audit', adminOnly: true },
} as const;

/**
 * The page to open after signing in. Only a path of this site is accepted: a `returnTo` pointing elsewhere
 * (`//evil.example`, `https://…`, `/\evil.example`) would turn the login page into an open redirect.
 */
export function readReturnTo(search: URLSearchParams): string | undefined {
  const value = search.get(RETURN_TO);
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  return value;
}
