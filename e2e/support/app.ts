import { randomBytes } from 'node:crypto';
import { startServer } from '#functions/platform/node-server.ts';
import { createTestDatabase } from '#functions/testing/pg.ts';

/** The whole product (built web app and API) on a free port, over a fresh PostgreSQL database. */
export async function startApp(): Promise<{ url: string; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const server = await startServer({
    env: {
      DATABASE_URL: database.url,
      PORT: '0',
      JWT_SECRET: randomBytes(32).toString('hex'),
    },
    log: () => {},
  });
  return {
    url: server.url,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
