import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { freePort } from './nginx.ts';

const run = promisify(execFile);
/** Debian's PostgreSQL 15, as the shared test cluster runs. */
const BIN = '/usr/lib/postgresql/15/bin';

export type PrivatePostgres = {
  /** The application database, empty until a server migrates it. */
  url: string;
  /** `pg_ctl restart -m fast`: sessions are ended, the server is back when this resolves. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m immediate`: every backend dies at once, as in a crash. */
  crash(): Promise<void>;
  /** Starts it again (after a crash, with recovery); resolves once it accepts connections. */
  start(): Promise<void>;
  destroy(): Promise<void>;
};

/**
 * A PostgreSQL cluster of one test's own, on a free port and without fsync (its data is thrown away), so a
 * test can stop and restart it without touching the shared one on 5432. PostgreSQL refuses to run as root:
 * as root, its directory belongs to the `postgres` user and its commands run as that user.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const [port, dir] = await Promise.all([freePort(), mkdtemp(join(tmpdir(), 'mockstock-pg-'))]);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
    await chown(dir, await id('-u'), await id('-g'));
  }
  const pg = (command: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(BIN, command), ...args])
      : run(join(BIN, command), args);
  const data = join(dir, 'data');
  // With its log file named each time: a server started by pg_ctl without one would hold on to pg_ctl's
  // output, and its caller would wait for that to end.
  const ctl = (...args: string[]) =>
    pg('pg_ctl', ['-D', data, '-w', '-t', '30', '-l', join(dir, 'server.log'), ...args]).then(
      () => undefined,
    );
  const start = () =>
    ctl(
      'start',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`,
    );

  await pg('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  await start();
  const admin = postgres(`postgres://postgres@127.0.0.1:${port}/postgres`, { max: 1, onnotice: () => {} });
  await admin`create database mockstock`;
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/mockstock`,
    restart: () => ctl('restart', '-m', 'fast'),
    crash: () => ctl('stop', '-m', 'immediate'),
    start,
    async destroy() {
      await ctl('stop', '-m', 'immediate').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
