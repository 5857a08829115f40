import { addGroups } from '../i18n.ts';
import { interviewsWords } from '../locales/interviews.ts';

// Imported by every module that shows these words, so they are in the catalog before it renders
// (lib/words/registered.test.ts checks it); the first load of other pages does not carry them.
addGroups(interviewsWords);
