import { connectPostgres, openEmbedded } from '#db/client.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { findUserIdByLogin, grantAdmin } from '#functions/admin/admins.ts';
import { parseEnv } from '#functions/kernel/env.ts';

const usage = 'Usage: npm run admin -- grant <login>';

/** The operator's way to appoint admins from a shell (the first one above all). Returns the exit code. */
export async function runAdminCommand(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<number> {
  const [command, login] = args;
  if (command !== 'grant' || !login) {
    console.error(usage);
    return 2;
  }
  const config = parseEnv(env);
  const database = config.DATABASE_URL
    ? connectPostgres(config.DATABASE_URL, { max: 1 })
    : await openEmbedded(config.DATA_DIR);
  try {
    await migrateDatabase(database, config.DATABASE_URL);
    const userId = await findUserIdByLogin(database.db, login);
    if (!userId) {
      console.error(`No user with the login "${login}". They must register first.`);
      return 1;
    }
    const granted = await grantAdmin(database.db, { userId, actorId: null, source: 'cli', now: new Date() });
    console.log(granted ? `"${login}" is now an admin.` : `"${login}" already was an admin.`);
    return 0;
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runAdminCommand(process.argv.slice(2), process.env);
}
