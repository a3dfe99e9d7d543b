// Fails when the entities and the migrations disagree; prints the SQL a new migration needs.
import { createLogger } from '../logging/logger.js';
import { createDataSource, migrateDatabase } from '../db/data-source.js';
import { withScratchDatabase } from './tool-database.js';

const log = createLogger('warn');

const pending = await withScratchDatabase(async (url) => {
  await migrateDatabase(url, log);
  const dataSource = createDataSource(url, log, 2, 'owner');
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
});

if (pending.length > 0) {
  console.error('The entities and the migrations disagree. A migration needs:\n');
  for (const query of pending) console.error(`${query};`);
  process.exit(1);
}
console.log('migrations: entities and migrations agree');
