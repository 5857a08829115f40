import { addWords } from '../../lib/i18n.ts';
import { adminEn, adminRu } from '../../lib/locales/admin/index.ts';

// The admin panel's words join the catalog when the first admin page's code runs: they travel in the admin
// pages' code, not in everyone's.
addWords('admin', { ru: adminRu, en: adminEn });
