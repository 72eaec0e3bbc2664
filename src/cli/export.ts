// npm run export -- --format jsonl [--only articles,quotes] [--out file]: the knowledge base as
// JSON Lines, streamed (see src/export/jsonl.ts).
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createDb } from '../db/client.js';
import { openDatabase } from '../db/runtime.js';
import { EXPORT_TYPES, exportJsonl, type ExportType } from '../export/jsonl.js';
import { runCommand } from './run.js';

function typeList(value: string): ExportType[] {
  const types = value.split(',').map((t) => t.trim());
  const unknown = types.filter((t) => !(EXPORT_TYPES as readonly string[]).includes(t));
  if (unknown.length) throw new InvalidArgumentError(`unknown ${unknown.join(', ')} (choose from ${EXPORT_TYPES.join(', ')})`);
  return types as ExportType[];
}

const program = new Command('export')
  .description('Write articles, entities, statements and quotes as JSON Lines (one object per line, "type" first)')
  .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
  .option('--only <types>', `comma-separated subset of ${EXPORT_TYPES.join(',')}`, typeList, [...EXPORT_TYPES])
  .option('--out <file>', 'write to this file instead of standard output')
  .parse();
const options = program.opts<{ format: 'jsonl'; only: ExportType[]; out?: string }>();

await runCommand(async (config, log) => {
  const database = await openDatabase(config, log);
  const db = createDb(database.url);
  const out = options.out ? createWriteStream(options.out) : process.stdout;
  try {
    const counts = await exportJsonl(db, out, options.only);
    if (options.out) {
      out.end();
      await finished(out);
    }
    log.info(
      counts,
      `exported ${Object.entries(counts)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')}`,
    );
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
