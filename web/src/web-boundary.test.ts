import { execFile } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every file the web's typecheck reads, relative to the repository. */
async function webProgramFiles(): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    'node_modules/.bin/tsc',
    ['-p', 'web/tsconfig.json', '--listFilesOnly'],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((file) => relative(ROOT, file));
}

describe('the web app', () => {
  // The lint rules keep imports out; this checks what the compiler really reads, imports of imports included.
  it('knows the server only through the contract', async () => {
    const files = await webProgramFiles();

    expect(files.filter((file) => /^(functions|db|realtime)\//.test(file))).toEqual([]);
    expect(files.some((file) => file.startsWith('contract/'))).toBe(true);
  }, 60_000);
});
