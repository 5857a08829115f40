import { cloneElement, type ReactElement, type ReactNode, useSyncExternalStore } from 'react';
import type { accountWords } from './locales/account.ts';
import type { adminRu } from './locales/admin/index.ts';
import type { antiFarming } from './locales/anti-farming.ts';
import type { attendance } from './locales/attendance.ts';
import type { homeWords } from './locales/home.ts';
import type { interviewDay } from './locales/interview-day.ts';
import type { interviewsWords } from './locales/interviews.ts';
import type { notificationsWords } from './locales/notifications.ts';
import { ru } from './locales/ru.ts';
import type { slotPageWords } from './locales/slot-page.ts';

/**
 * The app's words in its languages: a catalog per language, `{{name}}` placeholders, plural forms as
 * `key_one`, `key_few`, `key_many`, `key_other` chosen by Intl.PluralRules, Russian as the fallback. Our own
 * rather than i18next with react-i18next: those were 17 KB gzip of every page's first load (issue 11), for
 * the four things above (decision 015).
 */
export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const DEFAULT_LANGUAGE = 'ru' satisfies Language;
const STORAGE_KEY = 'mockstock.language';

/**
 * Every word of the app, shaped as Russian has them. ru.ts holds the words of the app's frame and of the
 * pages most visitors open first (the exchange, a slot's card, logging in); the rest travel with the code
 * that shows them and join the catalog when it runs (addGroups, addWords): the home page's, the account's,
 * a slot's page and forms, the interviews', the notifications', the admin panel's, the attendance block's,
 * the interview day's and the anti-farming notes.
 */
type Words = typeof ru &
  (typeof homeWords)['ru'] &
  (typeof accountWords)['ru'] &
  (typeof slotPageWords)['ru'] &
  (typeof interviewsWords)['ru'] &
  (typeof notificationsWords)['ru'] & {
    admin: typeof adminRu;
    attendance: (typeof attendance)['ru'];
    interviewDay: (typeof interviewDay)['ru'];
    antiFarming: (typeof antiFarming)['ru'];
  };

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** `points_few` is a form of `points`: callers name the word and pass `count`. */
type Singular<K extends string> = K extends `${infer Word}_${PluralForm}` ? Word : K;
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? Singular<K> : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];
type Branches<T> = {
  [K in keyof T & string]: T[K] extends string ? never : K | `${K}.${Branches<T[K]>}`;
}[keyof T & string];
type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** A word's dotted key: "exchange.title", "common.points". Checked by the compiler against the catalog. */
export type WordKey = Leaves<Words>;
/** A group of words: "timeZones", "admin.interviews.columns". */
export type WordGroup = Branches<Words>;
/** What fills a word's `{{placeholders}}` (nothing, for null); `count` also picks its plural form. */
export type Values = Readonly<Record<string, string | number | null | undefined>>;
export type Translate = (key: WordKey, values?: Values) => string;

type Tree = { [key: string]: string | Tree };

const catalogs: Record<Language, Tree> = { ru, en: {} };

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

/** Copies `source` into `target`, deeply; what `target` has already stays unless `overwrite`. */
function merge(target: Tree, source: Tree, overwrite: boolean): Tree {
  const merged: Tree = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const present = merged[key];
    if (typeof value === 'object' && typeof present === 'object')
      merged[key] = merge(present, value, overwrite);
    else if (present === undefined || overwrite) merged[key] = value;
  }
  return merged;
}

function lookup(language: Language, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = catalogs[language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
function pluralForm(language: Language, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

const interpolate = (text: string, values: Values | undefined): string =>
  values
    ? text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
        Object.hasOwn(values, name) ? String(values[name] ?? '') : placeholder,
      )
    : text;

/** The word in `language`, or in Russian when that language lacks it, or else its key (a missing word shows). */
function wordOf(language: Language, key: string, count: unknown): string | undefined {
  const candidates: Language[] = language === DEFAULT_LANGUAGE ? [language] : [language, DEFAULT_LANGUAGE];
  for (const candidate of candidates) {
    if (typeof count === 'number') {
      const form =
        lookup(candidate, `${key}_${pluralForm(candidate, count)}`) ?? lookup(candidate, `${key}_other`);
      if (typeof form === 'string') return form;
    }
    const word = lookup(candidate, key);
    if (typeof word === 'string') return word;
  }
  return undefined;
}

function translate(language: Language, key: string, values?: Values): string {
  return interpolate(wordOf(language, key, values?.count) ?? key, values);
}

/** One function per language, so that a component's `t` changes only with the language. */
const translators: Record<Language, Translate> = {
  ru: (key, values) => translate('ru', key, values),
  en: (key, values) => translate('en', key, values),
};

/** Words in a given language, outside React (time labels, the interview day's countdown). */
export function translator(language: Language): Translate {
  return translators[language];
}

/** A group of words at once, as the catalog has them (the zone names, a table's column titles). */
export function words<G extends WordGroup>(group: G, language: Language): At<Words, G> {
  const found = lookup(language, group) ?? lookup(DEFAULT_LANGUAGE, group);
  // The catalogs follow Words (en.ts is typed by Catalog<typeof ru>), so the group has its shape.
  return found as At<Words, G>;
}

let current: Language = DEFAULT_LANGUAGE;
const listeners = new Set<() => void>();
const readLanguage = () => current;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function changeLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  // Screen readers pick their voice from the document language.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of [...listeners]) listener();
}

// Russian comes with the app (the default, and the fallback for a missing key); another language's words
// load when it is chosen, so that most visitors do not download them.
const loaders: Record<Exclude<Language, typeof DEFAULT_LANGUAGE>, () => Promise<Tree>> = {
  en: () => import('./locales/en.ts').then((module) => module.en),
};

/** Makes a language's words available, without switching to it. */
const loaded = new Set<Language>([DEFAULT_LANGUAGE]);

export async function loadLanguage(language: Language): Promise<void> {
  if (language === DEFAULT_LANGUAGE || loaded.has(language)) return;
  const loadedWords = await loaders[language]();
  // Without overwriting: words added before (the admin panel's), or while these loaded (a page's), stay.
  catalogs[language] = merge(catalogs[language], loadedWords, false);
  loaded.add(language);
}

async function switchTo(language: Language): Promise<void> {
  await loadLanguage(language);
  changeLanguage(language);
}

/** Settles once the visitor's language is ready: the app renders after it, never in the wrong language. */
export const languageReady: Promise<void> = switchTo(storedLanguage());

/**
 * Adds the words of a part of the app that loads lazily (the admin panel, the attendance block) under `key`:
 * called by that part's code, so the words travel with it rather than in everyone's first load.
 */
export function addWords(key: string, added: Record<Language, Tree>): void {
  addGroups({ ru: { [key]: added.ru }, en: { [key]: added.en } });
}

/**
 * Adds groups of words (`guestHome`, `settings`…) that travel with the code that shows them: called by
 * lib/words/<name>.ts, which each module showing them imports, so they are there before it renders.
 */
export function addGroups(added: Record<Language, Tree>): void {
  for (const language of LANGUAGES) catalogs[language] = merge(catalogs[language], added[language], true);
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts until the page is reloaded.
  }
  void switchTo(language);
}

/** The language the app is shown in; the component renders again when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, readLanguage, readLanguage);
}

/** `t` for the language the app is shown in. */
export function useTranslation(): { t: Translate } {
  return { t: translators[useLanguage()] };
}

/**
 * A word with parts that are elements: `<person>{{name}}</person>` in the catalog becomes the element given
 * as `person`, holding the text between the tags. The tags are read from the catalog's word before its
 * placeholders are filled, so a value (a person's name) can never add an element.
 */
export function Trans({
  i18nKey,
  values,
  components,
}: {
  i18nKey: WordKey;
  values?: Values;
  components: Record<string, ReactElement<{ children?: ReactNode }>>;
}): ReactNode {
  const language = useLanguage();
  const word = wordOf(language, i18nKey, values?.count) ?? i18nKey;
  const parts: ReactNode[] = [];
  let rest = 0;
  for (const match of word.matchAll(/<(\w+)>(.*?)<\/\1>/g)) {
    const [whole, name = '', inner = ''] = match;
    parts.push(interpolate(word.slice(rest, match.index), values));
    const element = components[name];
    const text = interpolate(inner, values);
    parts.push(element ? cloneElement(element, { key: parts.length }, text) : text);
    rest = match.index + whole.length;
  }
  parts.push(interpolate(word.slice(rest), values));
  return parts;
}
