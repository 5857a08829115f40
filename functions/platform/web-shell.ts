import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TSlotDetails } from '#contract/slots.ts';

/** One page of the web app as its build lists it (web/build/page-manifest.ts, from web/src/config/paths.ts). */
export type WebPage = {
  /** The page's name in the web app's paths (`slot`, `exchange`…). */
  name: string;
  /** Its address pattern, as the router matches it: `/slots/:id`. */
  path: string;
  /** The code the page runs first, beyond the app's own: the shell preloads it. */
  preload: string[];
};

export type WebApp = { shell: string; pages: WebPage[] };

/** The built web app's shell and pages; undefined when it is not built. */
export async function readWebApp(webRoot: string): Promise<WebApp | undefined> {
  const read = (file: string) => readFile(join(webRoot, file), 'utf8').catch(() => undefined);
  const [shell, manifest] = await Promise.all([read('index.html'), read('pages.json')]);
  if (shell === undefined || manifest === undefined) return undefined;
  return { shell, pages: (JSON.parse(manifest) as { pages: WebPage[] }).pages };
}

/**
 * The page an address shows, and its parameters, matched as the web app's router does: letter case aside,
 * with or without a trailing slash, `:name` standing for one segment. Null for an address the app does not
 * have (its router shows the "not found" page).
 */
export function matchPage(
  pages: WebPage[],
  pathname: string,
): { page: WebPage; params: Record<string, string> } | null {
  const segments = (path: string) => path.split('/').filter(Boolean);
  const actual = segments(pathname);
  for (const page of pages) {
    const pattern = segments(page.path);
    if (pattern.length !== actual.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const value = actual[index] ?? '';
      if (!part.startsWith(':')) return part.toLowerCase() === value.toLowerCase();
      try {
        params[part.slice(1)] = decodeURIComponent(value);
        return true;
      } catch {
        return false;
      }
    });
    if (matches) return { page, params };
  }
  return null;
}

/** What a link to the page shows where it is shared (Open Graph): plain text, escaped when rendered. */
export type LinkPreview = { title: string; description: string; url: string };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);

/**
 * The shell for one address: the page's own code preloaded beside the app's, and, for a page worth sharing,
 * its title and link preview. Everything that comes from data is escaped.
 */
export function renderShell(
  shell: string,
  { preload = [], preview }: { preload?: string[]; preview?: LinkPreview },
): string {
  const head = preload.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`);
  let html = shell;
  if (preview) {
    const title = `${preview.title} — Mockstock`;
    // Replaced through functions: a `$&` in the data stays text, not a replacement pattern.
    html = html
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
      .replace(
        /<meta name="description" content="[^"]*"\s*\/?>/,
        () => `<meta name="description" content="${escapeHtml(preview.description)}" />`,
      );
    const og = { 'og:title': title, 'og:description': preview.description, 'og:url': preview.url };
    for (const [property, content] of Object.entries(og)) {
      head.push(`<meta property="${property}" content="${escapeHtml(content)}" />`);
    }
  }
  return head.length ? html.replace('</head>', () => `${head.join('\n')}\n</head>`) : html;
}

/** The product's home zone, as in the web app (web/src/lib/time.ts): a shared link does not know the reader's. */
const PREVIEW_TIME_ZONE = 'Europe/Moscow';
const DESCRIPTION_MAX = 300;

/** At most `max` characters (whole code points), with an ellipsis when cut. */
function shorten(text: string, max: number): string {
  const characters = [...text];
  return characters.length > max
    ? `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}

/**
 * A slot's link preview, in Russian (the product's first language), from what anyone may see of it: the
 * guest's view (never the meeting link, nor who booked it).
 */
export function slotPreview(slot: TSlotDetails, url: string): LinkPreview {
  const when = new Intl.DateTimeFormat('ru-RU', {
    timeZone: PREVIEW_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(slot.startsAt));
  const language = slot.language === 'ru' ? 'на русском' : 'на английском';
  const level = slot.level ? `, ${slot.level}` : '';
  const facts = `${when} (МСК), ${slot.durationMinutes} мин, ${language}. Интервьюер: ${slot.interviewer.displayName}.`;
  const description = [facts, slot.description.trim()].filter(Boolean).join(' ');
  return {
    title: `Собеседование: ${slot.profession.name.ru}${level}`,
    description: shorten(description, DESCRIPTION_MAX),
    url,
  };
}
