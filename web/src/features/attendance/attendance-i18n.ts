import { addWords } from '../../lib/i18n.ts';
import { attendance } from '../../lib/locales/attendance.ts';

// The attendance block's words join the catalog when its code runs (it loads lazily with the slot page).
addWords('attendance', attendance);
