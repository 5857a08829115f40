import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './nginx.ts';

/** Debian's Redis, as the other e2e helpers use Debian's Chromium, nginx and PostgreSQL. */
const REDIS_SERVER = '/usr/bin/redis-server';

export type PrivateRedis = {
  url: string;
  /** Starts it (again) on its port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** SIGKILL, as a crash or an OOM kill would: clients see their connections drop, nothing is flushed. */
  kill(): Promise<void>;
  /** Whether it is running now (false after `kill`, or if it died by itself). */
  running(): boolean;
};

/**
 * A Redis of one test's own on a free port, without persistence, so killing it touches no other test and
 * never the shared one on 6379. Started again, it comes back empty on the same port, as after a crash.
 * Not started yet: call `start()`.
 */
export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  return {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (!existsSync(REDIS_SERVER))
        throw new Error(
          `redis-server is not installed at ${REDIS_SERVER}: run \`apt-get install -y redis-server\``,
        );
      const started = spawn(
        REDIS_SERVER,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      child = started;
      await new Promise<void>((resolve, reject) => {
        let out = '';
        const onData = (chunk: Buffer) => {
          out += chunk.toString();
          if (!out.includes('Ready to accept connections')) return;
          // Its later lines are of no interest; reading on keeps its pipe from filling up.
          started.stdout?.off('data', onData);
          started.stdout?.resume();
          resolve();
        };
        started.stdout?.on('data', onData);
        started.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
      });
    },
    async kill() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      await new Promise((resolve) => {
        running.once('exit', resolve);
        running.kill('SIGKILL');
      });
    },
    running: () => child !== null && child.exitCode === null && child.signalCode === null,
  };
}
