import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { matchPage, readWebApp, renderShell } from '#functions/platform/web-shell.ts';

export type InitialJs = {
  /** The script files, as the shell names them (`/assets/…`). */
  files: string[];
  raw: number;
  /** At gzip level 9, as scripts/precompress.ts stores them and the servers send them. */
  gzip: number;
  /** At brotli quality 11, as scripts/precompress.ts stores them for browsers that accept brotli. */
  brotli: number;
};

const attributes = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));

/**
 * The JavaScript a page needs before it shows anything: the shell's entry script and the modules the shell
 * preloads with it (`<link rel="modulepreload">`). Chunks loaded later, when something asks for them, are
 * not counted.
 */
export async function initialJs(webRoot: string, shell: string): Promise<InitialJs> {
  const files: string[] = [];
  for (const [tag] of shell.matchAll(/<(script|link)\b[^>]*>/g)) {
    const attrs = attributes(tag);
    if (tag.startsWith('<script') && attrs.type === 'module' && attrs.src) files.push(attrs.src);
    if (tag.startsWith('<link') && attrs.rel === 'modulepreload' && attrs.href) files.push(attrs.href);
  }
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of new Set(files)) {
    const content = await readFile(join(webRoot, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
    brotli += brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files: [...new Set(files)], raw, gzip, brotli };
}

/**
 * The initial JavaScript of one page of the built app (web/dist): what the shell the server sends for its
 * address names (functions/platform/web-shell.ts).
 */
export async function pageInitialJs(webRoot: string, path: string): Promise<InitialJs> {
  const web = await readWebApp(webRoot);
  if (!web) throw new Error(`The web app is not built in ${webRoot}: run \`npm run build\``);
  const match = matchPage(web.pages, path);
  if (!match) throw new Error(`The web app has no page at ${path}`);
  return initialJs(webRoot, renderShell(web.shell, { preload: match.page.preload }));
}
