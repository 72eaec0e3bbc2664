// `npm run seed -- DIR --queue`: one import job per file, for `npm run worker` processes anywhere.
// A file's text goes into the database with its job, so workers need no shared file system; a file
// that cannot be read is recorded as failed right away.
import { runMigrations } from 'graphile-worker';
import type { Logger } from '../logger.js';
import type { Db } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import { failureReason } from '../import/batch.js';
import { listArticleFiles, readArticleFile, sourceNameFor } from '../import/files.js';
import { queueLogger } from './logger.js';

export const IMPORT_TASK = 'import_file';
const BATCH = 500; // files per transaction: rows and jobs land together

export interface EnqueueSummary {
  queued: number;
  failed: number;
}

/** Creates graphile-worker's own schema (graphile_worker) when it is missing or old. */
export async function prepareQueue(databaseUrl: string, log: Logger): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: queueLogger(log) });
}

export async function enqueueFiles(
  db: Db,
  paths: string[],
  { maxAttempts, onFailed = () => {} }: { maxAttempts: number; onFailed?: (error: string) => void },
): Promise<EnqueueSummary> {
  const files = await listArticleFiles(paths);
  const summary: EnqueueSummary = { queued: 0, failed: 0 };
  for (let i = 0; i < files.length; i += BATCH) {
    const rows: Prisma.ImportJobCreateManyInput[] = [];
    for (const path of files.slice(i, i + BATCH)) {
      try {
        // Stored under the name the article will carry (relative, as `npm run seed` names it).
        rows.push({ path: sourceNameFor(path), text: await readArticleFile(path) });
      } catch (e) {
        const error = failureReason(path, e);
        rows.push({ path: sourceNameFor(path), status: 'FAILED', error, finishedAt: new Date() });
        onFailed(error);
        summary.failed++;
      }
    }
    await db.$transaction(async (tx) => {
      const created = await tx.importJob.createManyAndReturn({ data: rows, select: { id: true, status: true } });
      const specs = created.filter((r) => r.status === 'QUEUED').map((r) => ({ identifier: IMPORT_TASK, payload: { id: r.id }, max_attempts: maxAttempts }));
      await tx.$queryRaw`SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
        SELECT json_populate_record(NULL::graphile_worker.job_spec, spec) FROM json_array_elements(${JSON.stringify(specs)}::json) AS spec))`;
      summary.queued += specs.length;
    });
  }
  return summary;
}
