import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the built web app, once at build time, so the
 * server sends compressed files without compressing per request (serveStatic's `precompressed`).
 */
const dist = fileURLToPath(new URL('../web/dist', import.meta.url));
const TEXT = /\.(js|css|html|svg|json|txt|webmanifest)$/;
const SMALLEST = 1024;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.test(entry.name)) yield path;
  }
}

let count = 0;
for await (const path of files(dist)) {
  if ((await stat(path)).size < SMALLEST) continue;
  const content = await readFile(path);
  await writeFile(
    `${path}.br`,
    await promisify(brotliCompress)(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  await writeFile(`${path}.gz`, await promisify(gzip)(content, { level: 9 }));
  count += 1;
}
console.log(`precompressed ${count} files in web/dist`);
