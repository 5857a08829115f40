import { createServer } from 'node:http';
import { systemClock } from '#functions/kernel/clock.ts';
import { createRedisBus } from '#functions/platform/events/redis-bus.ts';
import { parseRelayEnv } from './env.ts';
import { attachRelay } from './relay.ts';

// One relay process: Socket.io on PORT, fed by Redis. Run as many as needed behind nginx.
const config = parseRelayEnv(process.env);
const bus = createRedisBus(config.REDIS_URL, config.REDIS_PREFIX);
// /healthz for orchestrators: 503 while the Redis subscription is down (watchers then miss events until it is
// back and they resync); /metrics (connected sockets, memory) for operators and the benchmarks.
const server = createServer((req, res) => {
  if (req.url === '/healthz') {
    const listening = bus.isListening();
    res
      .writeHead(listening ? 200 : 503, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: listening ? 'ok' : 'degraded', redis: listening ? 'up' : 'down' }));
  } else if (req.url === '/metrics') {
    const body = { sockets: relay.io.engine.clientsCount, rssBytes: process.memoryUsage().rss };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  } else {
    res.writeHead(404).end();
  }
});
const relay = attachRelay(server, {
  bus,
  secret: config.JWT_SECRET,
  now: systemClock,
  appOrigin: config.APP_ORIGIN,
  trustProxy: config.TRUST_PROXY,
  // No database here: the functions' bus remembers in Redis which sessions ended (redis-bus.ts).
  sessionIsLive: bus.sessionIsLive,
});
server.listen(config.PORT, () =>
  console.log(JSON.stringify({ level: 'info', msg: 'relay listening', port: config.PORT })),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await relay.close();
    await bus.close();
    process.exit(0);
  });
}
