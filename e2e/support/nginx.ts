import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NGINX = '/usr/sbin/nginx';
const template = fileURLToPath(new URL('../../deploy/nginx/mockstock.conf.template', import.meta.url));

/** A port nothing listens on yet. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The deployed template with this machine's addresses, exactly as the nginx image's envsubst renders it. */
async function renderConfig(values: Record<string, string>): Promise<string> {
  return (await readFile(template, 'utf8')).replace(/\$\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`The nginx template uses \${${name}}, which the test does not set`);
    return value;
  });
}

export type Nginx = { url: string; log(): string; stop(): Promise<void> };

/**
 * Debian's nginx running the deployed config (deploy/nginx/) in the foreground, in front of the given
 * function servers and relays (host:port each, balanced round robin, as upstream blocks).
 */
export async function startNginx(options: {
  webRoot: string;
  functions: string[];
  relays: string[];
}): Promise<Nginx> {
  if (!existsSync(NGINX))
    throw new Error(`nginx is not installed at ${NGINX}: run \`apt-get update && apt-get install -y nginx\``);
  const workDir = await mkdtemp(join(tmpdir(), 'mockstock-nginx-'));
  // nginx's workers drop root privileges and must still read the config and the web root.
  await chmod(workDir, 0o755);
  const port = await freePort();
  const upstream = (name: string, servers: string[]) => [
    `  upstream ${name} {`,
    ...servers.map((s) => `    server ${s};`),
    '  }',
  ];
  await writeFile(
    join(workDir, 'mockstock.conf'),
    await renderConfig({
      NGINX_LISTEN: `127.0.0.1:${port}`,
      WEB_ROOT: options.webRoot,
      FUNCTIONS_UPSTREAM: 'mockstock_functions',
      RELAY_UPSTREAM: 'mockstock_relays',
    }),
  );
  await writeFile(
    join(workDir, 'nginx.conf'),
    [
      'worker_processes 1;',
      'events { worker_connections 1024; }',
      'http {',
      '  types { text/html html; text/javascript js; text/css css; image/svg+xml svg; }',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path temp/${kind};`,
      ),
      ...upstream('mockstock_functions', options.functions),
      ...upstream('mockstock_relays', options.relays),
      `  include ${join(workDir, 'mockstock.conf')};`,
      '}',
    ].join('\n'),
  );
  await mkdir(join(workDir, 'temp'));
  const nginx: ChildProcess = spawn(
    NGINX,
    ['-p', workDir, '-c', join(workDir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off; pid nginx.pid;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  nginx.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}):\n${log}`);
    if (
      await fetch(`${url}/`).then(
        (res) => res.status > 0,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`nginx did not start in 10 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    log: () => log,
    async stop() {
      if (nginx.exitCode === null) {
        const exited = new Promise((resolve) => nginx.once('exit', resolve));
        nginx.kill('SIGTERM');
        await exited;
      }
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
