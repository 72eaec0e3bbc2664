// npm run seed [-- <files or directories...>]: imports articles (default: the seeds/ directory).
import { Command } from 'commander';
import { createDb } from '../db/client.js';
import { openDatabase } from '../db/runtime.js';
import { importFiles, summaryLine } from '../import/batch.js';
import { extractPoolFor } from '../import/extract-pool.js';
import { runCommand } from './run.js';

const program = new Command('seed')
  .description('Import article files (PressReader exports or plain text) into the knowledge base')
  .argument('[paths...]', 'article files or directories (default: SEED_DIR, the seeds/ directory)')
  .parse();

await runCommand(async (config, log) => {
  const paths = program.args.length ? program.args : [config.SEED_DIR];
  const database = await openDatabase(config, log);
  const db = createDb(database.url);
  const pool = extractPoolFor(config);
  try {
    const summary = await importFiles(db, paths, {
      pool,
      onFile: (o) => {
        if (o.ok) console.log(`${o.result.status === 'CREATED' ? 'imported ' : 'unchanged'} ${o.file} (article ${o.result.articleId})`);
        else console.error(`failed    ${o.error}`);
      },
    });
    console.log(summaryLine(summary));
    return summary.failed ? 1 : 0;
  } finally {
    await pool.close();
    await db.$disconnect();
    await database.stop();
  }
});
