import { describe, expect, it } from 'vitest';
import type { TSlotDetails } from '#contract/slots.ts';
import { matchPage, renderShell, slotPreview, type WebPage } from './web-shell.ts';

const pages: WebPage[] = [
  { name: 'home', path: '/', preload: [] },
  { name: 'exchange', path: '/exchange', preload: ['/assets/exchange-1.js'] },
  { name: 'slot', path: '/slots/:id', preload: [] },
  { name: 'editSlot', path: '/slots/:id/edit', preload: [] },
];

const SHELL =
  '<!doctype html><html><head><meta name="description" content="Mockstock" /><title>Mockstock</title></head><body></body></html>';

const slot = {
  id: '0b5f3c1e-8a45-4d1e-9a51-0f3d6f1b2c3d',
  status: 'open',
  profession: {
    id: '1b5f3c1e-8a45-4d1e-9a51-0f3d6f1b2c3d',
    slug: 'frontend',
    name: { ru: 'Фронтенд', en: 'Frontend' },
  },
  startsAt: '2026-12-01T15:00:00.000Z',
  endsAt: '2026-12-01T16:00:00.000Z',
  durationMinutes: 60,
  level: 'middle',
  language: 'ru',
  description: 'React & "хуки" <b>$&</b>',
  interviewer: {
    id: '2b5f3c1e-8a45-4d1e-9a51-0f3d6f1b2c3d',
    login: 'anna',
    displayName: 'Анна',
    interviewsConducted: 3,
    rating: null,
    attendance: 100,
  },
  cutoffAt: '2026-12-01T13:00:00.000Z',
  meetingUrl: null,
  sequence: 0,
  myRole: null,
  counterpart: null,
  bookingId: null,
  canCancel: false,
  googleCalendarUrl: null,
  feedback: null,
  cancellation: null,
  earnsReward: null,
  attendance: null,
} satisfies TSlotDetails;

describe('the pages the server knows', () => {
  it('matches an address as the web app’s router does', () => {
    expect(matchPage(pages, '/')?.page.name).toBe('home');
    expect(matchPage(pages, '/Exchange/')?.page.name).toBe('exchange');
    expect(matchPage(pages, `/slots/${encodeURIComponent('a b')}`)).toMatchObject({
      page: { name: 'slot' },
      params: { id: 'a b' },
    });
    expect(matchPage(pages, '/slots/42/edit')?.page.name).toBe('editSlot');
  });

  it('knows no other address', () => {
    for (const path of ['/nope', '/exchange/more', '/slots', '/slots/42/edit/more', '/slots/%E0%A4%A'])
      expect(matchPage(pages, path), path).toBeNull();
  });
});

describe('the shell', () => {
  it('preloads the page’s code', () => {
    const html = renderShell(SHELL, { preload: ['/assets/exchange-1.js'] });
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/exchange-1.js">\n</head>');
    expect(renderShell(SHELL, {})).toBe(SHELL);
  });

  it('gives a slot’s link its title and description, escaped, and never its meeting link', () => {
    const preview = slotPreview(
      { ...slot, meetingUrl: 'https://meet.example.com/secret' },
      'https://mockstock.test/slots/1',
    );
    expect(preview.title).toBe('Собеседование: Фронтенд, middle');
    expect(preview.description).toContain('60 мин, на русском. Интервьюер: Анна.');
    expect(preview.description).not.toContain('meet.example.com');

    const html = renderShell(SHELL, { preview });
    expect(html).toContain('<title>Собеседование: Фронтенд, middle — Mockstock</title>');
    expect(html).toContain('<meta property="og:url" content="https://mockstock.test/slots/1" />');
    expect(html).toContain('React &#38; &#34;хуки&#34; &#60;b&#62;$&#38;&#60;/b&#62;');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('content="Mockstock"');
  });

  it('keeps a long description to a preview’s length', () => {
    const { description } = slotPreview(
      { ...slot, description: '🙂'.repeat(400) },
      'https://mockstock.test/slots/1',
    );
    expect([...description]).toHaveLength(300);
    expect(description.endsWith('🙂…')).toBe(true);
  });
});
