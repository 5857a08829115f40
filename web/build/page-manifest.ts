import { join } from 'node:path';
import type { OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { paths } from '../src/config/paths.ts';

/** Written beside index.html; the server reads it (functions/platform/web-shell.ts). */
export const PAGE_MANIFEST = 'pages.json';

/**
 * The app's pages as the server needs to know them, from the one list (web/src/config/paths.ts): the
 * address pattern of each, so that any other address is answered 404, and the code it runs first, so that
 * the shell sent for a page preloads that code along with the app's own (an admin page's excepted). The page named `publishSlot` is the
 * module app/routes/publish-slot.tsx, loaded lazily by the router; the build fails when one is not.
 */
export function pageManifest(routesDir: string): Plugin {
  let base = '/';
  return {
    name: 'mockstock:page-manifest',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const chunks = new Map<string, OutputChunk>();
      for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
      // A chunk and everything it imports statically: what runs as soon as it does.
      const withImports = (fileName: string, found = new Set<string>()): Set<string> => {
        if (found.has(fileName)) return found;
        found.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) withImports(imported, found);
        return found;
      };
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry) return this.error('The build has no entry chunk');
      const app = withImports(entry.fileName);
      const pages = Object.entries(paths).map(([name, entry]) => {
        const { path } = entry;
        const module = join(
          routesDir,
          `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}.tsx`,
        );
        const chunk = [...chunks.values()].find((c) => c.isDynamicEntry && c.facadeModuleId === module);
        if (!chunk) return this.error(`The page "${name}" (${path}) is not loaded lazily from ${module}`);
        // The admin panel's code is for admins, whom the shell cannot tell apart: it loads once the app knows.
        const preload =
          'adminOnly' in entry
            ? []
            : [...withImports(chunk.fileName)].filter((fileName) => !app.has(fileName));
        return { name, path, preload: preload.map((fileName) => `${base}${fileName}`) };
      });
      this.emitFile({
        type: 'asset',
        fileName: PAGE_MANIFEST,
        source: `${JSON.stringify({ pages }, null, 2)}\n`,
      });
    },
  };
}
