import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { adminRu } from './locales/admin/index.ts';
import type { antiFarming } from './locales/anti-farming.ts';
import type { attendance } from './locales/attendance.ts';
import type { interviewDay } from './locales/interview-day.ts';
import { ru } from './locales/ru.ts';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const DEFAULT_LANGUAGE = 'ru' satisfies Language;
const STORAGE_KEY = 'mockstock.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Words that travel with lazily loaded code join the catalog when that code runs (addWords below): the
    // admin panel's, the attendance block's, the interview day's and the anti-farming notes.
    resources: {
      translation: typeof ru & {
        admin: typeof adminRu;
        attendance: (typeof attendance)['ru'];
        interviewDay: (typeof interviewDay)['ru'];
        antiFarming: (typeof antiFarming)['ru'];
      };
    };
  }
}

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (privacy modes); the default language still works.
    return DEFAULT_LANGUAGE;
  }
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  // Screen readers pick their voice from the document language.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

// Russian comes with the app (the default, and the fallback for a missing key); another language's words
// load when it is chosen, so that most visitors do not download them.
const catalogs: Record<Exclude<Language, typeof DEFAULT_LANGUAGE>, () => Promise<object>> = {
  en: () => import('./locales/en.ts').then((module) => module.en),
};

/** Makes a language's words available, without switching to it. */
const loaded = new Set<Language>([DEFAULT_LANGUAGE]);

export async function loadLanguage(language: Language): Promise<void> {
  if (language === DEFAULT_LANGUAGE || loaded.has(language)) return;
  // Deep and without overwriting: words added before (the admin panel's) stay.
  i18n.addResourceBundle(language, 'translation', await catalogs[language](), true, false);
  loaded.add(language);
}

async function switchTo(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

i18n.use(initReactI18next).init({
  resources: { ru: { translation: ru } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** Settles once the visitor's language is ready: the app renders after it, never in the wrong language. */
export const languageReady: Promise<void> = switchTo(storedLanguage());

/**
 * Adds the words of a part of the app that loads lazily (the admin panel, the attendance block) under `key`:
 * called by that part's code, so the words travel with it rather than in everyone's first load.
 */
export function addWords(key: string, words: Record<Language, object>): void {
  for (const language of LANGUAGES)
    i18n.addResourceBundle(language, 'translation', { [key]: words[language] }, true, true);
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts until the page is reloaded.
  }
  void switchTo(language);
}

export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LANGUAGE;
}
