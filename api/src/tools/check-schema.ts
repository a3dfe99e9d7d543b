// Compares the SDL built from the code with schema/schema.graphql; --write updates the file.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config/config.js';
import { EventBus } from '../events/event-bus.js';
import { createSchema, printSortedSchema } from '../graphql/schema.js';
import { createLogger } from '../logging/logger.js';

const file = path.join(repoRoot, 'schema', 'schema.graphql');
// Printing the SDL needs no database: the event bus is never started.
const generated = printSortedSchema(await createSchema(new EventBus('', createLogger('warn'))));
const checkedIn = await readFile(file, 'utf8').catch(() => '');

if (process.argv.includes('--write')) {
  await writeFile(file, generated);
  console.log(`schema: wrote ${path.relative(repoRoot, file)}`);
} else if (generated !== checkedIn) {
  console.error(`schema: ${path.relative(repoRoot, file)} is out of date. Run \`npm run schema:emit\` and commit it.`);
  process.exit(1);
} else {
  console.log('schema: the checked-in SDL matches the code');
}
