import { startServer } from '#functions/platform/node-server.ts';

const server = await startServer({ env: process.env });
console.log(`\n  Mockstock is running at ${server.url}\n`);

const log = (line: Record<string, unknown>) => console.log(JSON.stringify(line));

/**
 * SIGTERM (compose, systemd) or Ctrl-C: stop taking connections and let the requests in flight finish, for
 * SHUTDOWN_TIMEOUT_SECONDS at most. A request stuck on a lock must not hold the process until the platform
 * kills it (docker-compose.yml's stop_grace_period is a little longer), so at the deadline it exits anyway:
 * PostgreSQL rolls back whatever such a request had begun, and events not yet sent wait in the outbox.
 * A second signal during the drain ends the process at once (the handlers are `once`).
 */
function shutDown(signal: NodeJS.Signals) {
  const seconds = server.deps.config.SHUTDOWN_TIMEOUT_SECONDS;
  log({ level: 'info', msg: 'shutting down', signal, deadlineSeconds: seconds });
  setTimeout(() => {
    log({ level: 'warn', msg: 'shutdown deadline passed; exiting with requests unfinished' });
    process.exit(1);
  }, seconds * 1000);
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log({ level: 'error', msg: 'shutdown failed', error: String(error) });
      process.exit(1);
    },
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => shutDown(signal));
