import { type Config, parseEnv } from '#functions/kernel/env.ts';
import { isSupervisor, onStopRequest, superviseWorkers } from '#functions/platform/supervisor.ts';

const log = (line: Record<string, unknown>) => console.log(JSON.stringify(line));

/**
 * This process supervises WORKERS workers (functions/platform/supervisor.ts), each of which serves every
 * function on the shared port: a worker that dies, whatever killed it, is replaced at once.
 */
function supervise() {
  let config: Config;
  try {
    config = parseEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  superviseWorkers({
    count: config.WORKERS,
    // The scheduled functions run in one worker only: the first, or whichever replaced it.
    envFor: (place): Record<string, string> => (place === 0 ? {} : { RUN_SCHEDULER: 'false' }),
    deadlineSeconds: config.SHUTDOWN_TIMEOUT_SECONDS,
    log,
    onListening: (port) => console.log(`\n  Mockstock is running at http://localhost:${port}\n`),
  });
}

async function serve() {
  // Only the workers load the functions; the supervisor stays small.
  const { startServer } = await import('#functions/platform/node-server.ts');
  const server = await startServer({ env: process.env });

  /**
   * SIGTERM (the supervisor relaying compose's, systemd's or Ctrl-C, or an operator replacing this worker):
   * stop taking connections and let the requests in flight finish, for SHUTDOWN_TIMEOUT_SECONDS at most. A
   * request stuck on a lock must not hold the process until the platform kills it (docker-compose.yml's
   * stop_grace_period is a little longer), so at the deadline it exits anyway: PostgreSQL rolls back whatever
   * such a request had begun, and events not yet sent wait in the outbox.
   */
  onStopRequest((signal) => {
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
  });
}

if (isSupervisor()) supervise();
else await serve();
