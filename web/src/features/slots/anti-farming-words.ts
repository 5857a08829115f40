import { addWords } from '../../lib/i18n.ts';
import { antiFarming } from '../../lib/locales/anti-farming.ts';

// The anti-farming notes join the catalog with the booking and slot code that shows them (not on /login).
addWords('antiFarming', antiFarming);
