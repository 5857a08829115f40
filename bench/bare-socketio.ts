/**
 * The ceiling for bench/relay.ts: a bare Socket.io server on PORT that broadcasts whatever is POSTed to
 * /broadcast to every connected socket. No Redis, no parsing, no rooms, no checks.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/broadcast') {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      io.emit('event', JSON.parse(body));
      res.writeHead(204).end();
    });
  } else if (req.url === '/metrics') {
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ sockets: io.engine.clientsCount, rssBytes: process.memoryUsage().rss }));
  } else {
    res.writeHead(404).end();
  }
});
const io = new Server(server, { serveClient: false });
server.listen(Number(process.env.PORT), () => console.log('bare socket.io listening'));
