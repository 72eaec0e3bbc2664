// npm run reextract: extracts again every stored article that another version of the extractor
// produced (after an upgrade), replacing its facts; each article is its own transaction, keeps its id,
// and one that fails keeps its old facts and is tried again next time. Results go to stdout (a
// summary line, or one JSON object with --json); progress and failures go to stderr.
import { Command } from 'commander';
import { createDb } from '../db/client.js';
import { openDatabase } from '../db/runtime.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import { extractPoolFor } from '../import/extract-pool.js';
import { countStale, renewArticles } from '../import/reextract.js';
import { startProgress, type Progress } from './progress.js';
import { runCommand } from './run.js';

const program = new Command('reextract')
  .description('Extract again the stored articles that another version of the extractor produced')
  .option('--json', 'print one JSON object on stdout instead of the summary line')
  .option('--progress-every <seconds>', 'seconds between progress lines when stderr is not a terminal', Number, 5)
  .parse();
const options = program.opts<{ json?: boolean; progressEvery: number }>();

await runCommand(async (config, log) => {
  const database = await openDatabase(config, log);
  const db = createDb(database.url);
  const pool = extractPoolFor(config);
  let progress: Progress | undefined;
  try {
    const total = await countStale(db, EXTRACTOR_VERSION);
    progress = startProgress({ total, every: options.progressEvery });
    const failures: string[] = [];
    const summary = await renewArticles(db, {
      pool,
      version: EXTRACTOR_VERSION,
      onArticle: (outcome) => {
        if (!outcome.ok) {
          failures.push(outcome.error);
          progress?.log(`failed    ${outcome.error}`);
        }
        progress?.tick(!outcome.ok);
      },
    });
    progress.stop();
    const seconds = (summary.elapsedMs / 1000).toFixed(1);
    const line = `extracted again ${summary.renewed}, failed ${summary.failed} in ${seconds} s (extractor ${EXTRACTOR_VERSION})`;
    console.log(options.json ? JSON.stringify({ ...summary, elapsedMs: Math.round(summary.elapsedMs), version: EXTRACTOR_VERSION, failures }) : line);
    return summary.failed ? 1 : 0;
  } finally {
    progress?.stop();
    await pool.close();
    await db.$disconnect();
    await database.stop();
  }
});
