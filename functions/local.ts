import { startServer } from '#functions/platform/node-server.ts';

const server = await startServer({ env: process.env });
console.log(`\n  Mockstock is running at ${server.url}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
