import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type Service = { process: ChildProcess; stop(): Promise<void>; output(): string };

/**
 * One of the product's processes as a host would run it (`node --import tsx <script>`), resolved once its
 * output matches `ready`; `output()` is everything it has printed so far. Its stderr goes to ours, so a
 * crash explains itself.
 */
export async function spawnService(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<Service & { match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const onData = () => {
      const found = out.match(ready);
      if (found) {
        child.stdout?.off('data', onData);
        resolve(found);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${out}`)));
  });
  return {
    process: child,
    match,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A function server process (`functions/local.ts`) on a free port; resolves with its URL. */
export async function spawnFunctionServer(env: Record<string, string>) {
  const service = await spawnService('functions/local.ts', { PORT: '0', ...env }, /"url":"(http:\/\/[^"]+)"/);
  return { ...service, url: service.match[1] ?? '' };
}

/** A relay process (`realtime/main.ts`) on the given port. */
export async function spawnRelay(env: Record<string, string> & { PORT: string }) {
  const service = await spawnService('realtime/main.ts', env, /relay listening/);
  return { ...service, url: `http://127.0.0.1:${env.PORT}` };
}
