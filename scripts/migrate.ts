import { connectPostgres } from '#db/client.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { parseEnv } from '#functions/kernel/env.ts';

// The deploy step for Lambda and Workers, which never migrate by themselves: `npm run db:migrate`.
const { DATABASE_URL } = parseEnv(process.env);
if (!DATABASE_URL) throw new Error('Invalid environment:\n  DATABASE_URL: required to migrate');
const database = connectPostgres(DATABASE_URL, { max: 1 });
try {
  await migrateDatabase(database, DATABASE_URL);
  console.log('Migrations and seed applied.');
} finally {
  await database.close();
}
