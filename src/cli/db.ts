// Database maintenance without the Prisma CLI's native engine (which it downloads first):
//   migrate        apply committed migrations (DATABASE_URL, else the embedded server)
//   check          fail when prisma/schema.prisma and prisma/migrations disagree
//   diff <from>    print the SQL from an older schema.prisma to the current one, for a new migration
//   reset [--yes]  delete every article, entity, quote and statement (asks first unless --yes)
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { Command } from 'commander';
import { schemaDrift, schemaScript } from '../db/drift.js';
import { resetDatabase } from '../db/reset.js';
import { openDatabase } from '../db/runtime.js';
import { readSchema } from '../db/schema-engine.js';
import { runCommand } from './run.js';

const program = new Command('db').description('Apply, check and write migrations offline');
program
  .command('migrate')
  .description('apply committed migrations')
  .action(() =>
    runCommand(async (config, log) => {
      const database = await openDatabase(config, log);
      await database.stop();
    }),
  );
program
  .command('check')
  .description('compare the migrations with schema.prisma')
  .action(() =>
    runCommand(async (config, log) => {
      const database = await openDatabase(config, log);
      try {
        const drift = await schemaDrift(database.url);
        if (!drift.length) {
          console.log('migrations match schema.prisma');
          return 0;
        }
        console.error('schema.prisma and prisma/migrations disagree (+ only in schema.prisma, - only in migrations):');
        for (const line of drift) console.error(`  ${line}`);
        return 1;
      } finally {
        await database.stop();
      }
    }),
  );
program
  .command('diff')
  .argument('<from>', 'the schema.prisma the latest migration was made from (e.g. `git show HEAD:prisma/schema.prisma > /tmp/old.prisma`)')
  .description('print the migration SQL from an older schema.prisma to the current one')
  .action((from: string) =>
    runCommand(async (config, log) => {
      const database = await openDatabase(config, log);
      try {
        const old = { files: [{ path: from, content: await readFile(from, 'utf8') }] };
        process.stdout.write(await schemaScript(database.url, await readSchema(), old));
      } finally {
        await database.stop();
      }
    }),
  );
program
  .command('reset')
  .description('delete every article, entity, quote and statement; the schema stays')
  .option('--yes', 'do not ask')
  .action((options: { yes?: boolean }) =>
    runCommand(async (config, log) => {
      const where = config.DATABASE_URL ? 'the database at DATABASE_URL' : `the embedded database in ${config.DATA_DIR}`;
      if (!options.yes) {
        if (!process.stdin.isTTY) {
          console.error(`db:reset deletes all data in ${where}; run it with --yes to confirm without a terminal`);
          return 2;
        }
        const prompt = createInterface({ input: process.stdin, output: process.stderr });
        const answer = await prompt.question(`Delete every article, entity, quote and statement in ${where}? Type "yes": `);
        prompt.close();
        if (answer.trim() !== 'yes') {
          console.error('nothing deleted');
          return 1;
        }
      }
      const database = await openDatabase(config, log);
      try {
        const tables = await resetDatabase(database.url);
        console.log(`emptied ${tables.length} tables in ${where}`);
      } finally {
        await database.stop();
      }
    }),
  );
await program.parseAsync();
