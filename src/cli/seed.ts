// npm run seed [-- <files or directories...>]: imports articles (default: the seeds/ directory) in this
// process, or queues them for `npm run worker` (--queue), or reports on the queue (--status).
// Results go to stdout (a summary line, or one JSON object with --json); progress and per-file lines
// go to stderr.
import { Command } from 'commander';
import type { Config } from '../config.js';
import { createDb, type Db } from '../db/client.js';
import { openDatabase } from '../db/runtime.js';
import { articlesPerSecond, importFiles, summaryLine, type FileOutcome } from '../import/batch.js';
import { extractPoolFor } from '../import/extract-pool.js';
import type { Logger } from '../logger.js';
import { enqueueFiles, prepareQueue } from '../queue/enqueue.js';
import { queueStatus, queueStatusLine } from '../queue/status.js';
import { startProgress, type Progress } from './progress.js';
import { runCommand } from './run.js';

const program = new Command('seed')
  .description('Import article files (PressReader exports or plain text) into the knowledge base')
  .argument('[paths...]', 'article files or directories (default: SEED_DIR, the seeds/ directory)')
  .option('--queue', 'queue one import job per file for `npm run worker` instead of importing here')
  .option('--status', 'show the queue: queued, imported, unchanged, failed with reasons')
  .option('--json', 'print one JSON object on stdout instead of the summary line')
  .option('--verbose', 'print a line per file, not only per failure')
  .option('--progress-every <seconds>', 'seconds between progress lines when stderr is not a terminal', Number, 5)
  .parse();

interface Options {
  queue?: boolean;
  status?: boolean;
  json?: boolean;
  verbose?: boolean;
  progressEvery: number;
}
const options = program.opts<Options>();
const print = (text: string, json: unknown) => console.log(options.json ? JSON.stringify(json) : text);

function fileLine(o: FileOutcome): string {
  return o.ok ? `${o.result.status === 'CREATED' ? 'imported ' : 'unchanged'} ${o.file} (article ${o.result.articleId})` : `failed    ${o.error}`;
}

async function importHere(db: Db, config: Config, paths: string[]): Promise<number> {
  const pool = extractPoolFor(config);
  let progress: Progress | undefined;
  const failures: string[] = [];
  try {
    const summary = await importFiles(db, paths, {
      pool,
      onStart: (total) => {
        progress = startProgress({ total, every: options.progressEvery });
      },
      onFile: (o) => {
        if (!o.ok) failures.push(o.error);
        if (options.verbose || !o.ok) progress?.log(fileLine(o));
        progress?.tick(!o.ok);
      },
    });
    progress?.stop();
    print(summaryLine(summary), {
      imported: summary.created,
      unchanged: summary.unchanged,
      failed: summary.failed,
      elapsedMs: Math.round(summary.elapsedMs),
      articlesPerSecond: Number(articlesPerSecond(summary).toFixed(1)),
      failures,
    });
    return summary.failed ? 1 : 0;
  } finally {
    progress?.stop();
    await pool.close();
  }
}

async function enqueue(db: Db, config: Config, log: Logger, databaseUrl: string, paths: string[]): Promise<number> {
  await prepareQueue(databaseUrl, log);
  const failures: string[] = [];
  const summary = await enqueueFiles(db, paths, {
    maxAttempts: config.QUEUE_MAX_ATTEMPTS,
    onFailed: (error) => {
      failures.push(error);
      console.error(`failed    ${error}`);
    },
  });
  print(`queued ${summary.queued}, failed ${summary.failed}: run \`npm run worker\` to import them, \`npm run seed -- --status\` to follow`, {
    ...summary,
    failures,
  });
  return summary.failed ? 1 : 0;
}

async function showStatus(db: Db): Promise<number> {
  const status = await queueStatus(db);
  const reasons = status.failures.map((f) => `failed    ${f.error}`);
  if (status.failed > status.failures.length) reasons.push(`... and ${status.failed - status.failures.length} more`);
  print([queueStatusLine(status), ...reasons].join('\n'), status);
  return 0;
}

await runCommand(async (config, log) => {
  const paths = program.args.length ? program.args : [config.SEED_DIR];
  const database = await openDatabase(config, log);
  const db = createDb(database.url);
  try {
    if (options.status) return await showStatus(db);
    if (options.queue) return await enqueue(db, config, log, database.url, paths);
    return await importHere(db, config, paths);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
