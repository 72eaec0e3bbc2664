// `npm run seed -- --status`: how far the queued imports are, and why files failed.
import type { Db } from '../db/client.js';
import { IMPORT_TASK } from './enqueue.js';

export interface QueueStatus {
  queued: number;
  /** Queued files a worker holds right now. */
  running: number;
  /** Queued files that failed on a transient error and wait for their next attempt. */
  retrying: number;
  imported: number;
  unchanged: number;
  failed: number;
  /** The first failures, oldest first: the file and why. */
  failures: Array<{ path: string; error: string }>;
}

export async function queueStatus(db: Db, { failuresShown = 20 } = {}): Promise<QueueStatus> {
  const counts = Object.fromEntries((await db.importJob.groupBy({ by: ['status'], _count: { _all: true } })).map((g) => [g.status, g._count._all]));
  const retrying = await db.importJob.count({ where: { status: 'QUEUED', error: { not: null } } });
  const [queue] = await db.$queryRaw<[{ exists: boolean }]>`SELECT to_regclass('graphile_worker.jobs') IS NOT NULL AS exists`;
  const [{ running }] = queue.exists
    ? await db.$queryRaw<
        [{ running: number }]
      >`SELECT count(*)::int AS running FROM graphile_worker.jobs WHERE task_identifier = ${IMPORT_TASK} AND locked_at IS NOT NULL`
    : [{ running: 0 }];
  const failures = await db.importJob.findMany({
    where: { status: 'FAILED' },
    orderBy: { id: 'asc' },
    take: failuresShown,
    select: { path: true, error: true },
  });
  return {
    queued: counts.QUEUED ?? 0,
    running,
    retrying,
    imported: counts.IMPORTED ?? 0,
    unchanged: counts.UNCHANGED ?? 0,
    failed: counts.FAILED ?? 0,
    failures: failures.map((f) => ({ path: f.path, error: f.error ?? 'failed' })),
  };
}

export function queueStatusLine(s: QueueStatus): string {
  return `queued ${s.queued} (running ${s.running}, retrying ${s.retrying}), imported ${s.imported}, unchanged ${s.unchanged}, failed ${s.failed}`;
}
