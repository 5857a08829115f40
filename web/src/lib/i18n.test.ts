import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { addWords, loadLanguage, Trans, translator, type WordKey, words } from './i18n.ts';
// The word the tags test reads travels with the notifications' code.
import './words/notifications.ts';

const ru = translator('ru');
const en = translator('en');

describe('the catalog', () => {
  it('picks the Russian plural form for the count', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => ru('common.points', { count }))).toEqual([
      '1 балл',
      '2 балла',
      '5 баллов',
      '11 баллов',
      '21 балл',
      '22 балла',
      '25 баллов',
    ]);
  });

  it('speaks English once its words are loaded, and Russian where English lacks a word', async () => {
    await loadLanguage('en');
    expect([1, 2, 5].map((count) => en('common.points', { count }))).toEqual([
      '1 point',
      '2 points',
      '5 points',
    ]);
    // Words added by lazily loaded code with no English yet fall back to Russian, not to their key.
    addWords('fallbackProbe', { ru: { only: 'Только по-русски' }, en: {} });
    // A key of words added at run time, which the compiler's catalog does not list.
    expect(en('fallbackProbe.only' as WordKey)).toBe('Только по-русски');
    expect(words('timeZones', 'en')).toMatchObject({ 'Europe/Moscow': expect.any(String) });
  });

  it('keeps the words a page adds while a language is still loading', async () => {
    // A fresh catalog: the tab opens in English, and the page's code arrives before English's words do.
    vi.resetModules();
    const fresh = await import('./i18n.ts');
    const loading = fresh.loadLanguage('en');
    fresh.addWords('whileLoading', { ru: { word: 'Слово' }, en: { word: 'Word' } });
    await loading;
    expect(fresh.translator('en')('whileLoading.word' as WordKey)).toBe('Word');
  });

  it('fills placeholders, leaves unknown ones in sight, and shows nothing for a missing value', () => {
    expect(ru('common.characters', { used: 12, max: 2000 })).toBe('Символов: 12 из 2000');
    expect(ru('scores.named', { value: 4 })).toBe('4 — {{meaning}}');
    expect(ru('scores.named', { value: 4, meaning: null })).toBe('4 — ');
    expect(ru('nowhere.at.all' as WordKey)).toBe('nowhere.at.all');
  });

  it('puts elements where the word has tags, and never lets a value add one', () => {
    const render = (name: string) =>
      renderToStaticMarkup(
        createElement(Trans, {
          i18nKey: 'notifications.booked.text',
          values: { name, time: '1 декабря в 18:00 МСК' },
          components: { person: createElement('b') },
        }),
      );
    expect(render('Анна')).toBe('Кандидат <b>Анна</b> записан на ваш слот 1 декабря в 18:00 МСК.');
    expect(render('<person>Ева</person>')).toBe(
      'Кандидат <b>&lt;person&gt;Ева&lt;/person&gt;</b> записан на ваш слот 1 декабря в 18:00 МСК.',
    );
  });
});
