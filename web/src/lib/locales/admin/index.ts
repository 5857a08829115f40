import { audit } from './audit.ts';
import { common } from './common.ts';
import { dashboard } from './dashboard.ts';
import { interviews } from './interviews.ts';
import { moderation } from './moderation.ts';
import { professions } from './professions.ts';
import { users } from './users.ts';

/**
 * The admin panel's words, under the `admin` key of the one catalog. Only the admin pages import this module,
 * so nobody else downloads it; each area keeps its words in its own file.
 */
export const adminRu = {
  common: common.ru,
  dashboard: dashboard.ru,
  moderation: moderation.ru,
  users: users.ru,
  professions: professions.ru,
  interviews: interviews.ru,
  audit: audit.ru,
};

export const adminEn = {
  common: common.en,
  dashboard: dashboard.en,
  moderation: moderation.en,
  users: users.en,
  professions: professions.en,
  interviews: interviews.en,
  audit: audit.en,
};
