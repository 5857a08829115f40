import { i18n } from '../../lib/i18n.ts';
import { adminEn, adminRu } from '../../lib/locales/admin/index.ts';

// The admin panel's words are added to the catalog when the first admin page's code runs: they travel in the
// admin pages' code, not in everyone's.
i18n.addResourceBundle('ru', 'translation', { admin: adminRu }, true, true);
i18n.addResourceBundle('en', 'translation', { admin: adminEn }, true, true);

export const adminWordsLoaded = true;
