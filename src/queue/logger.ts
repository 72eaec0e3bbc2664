// graphile-worker's log lines through the project's pino logger.
import { Logger as QueueLogger } from 'graphile-worker';
import type { Logger } from '../logger.js';

export function queueLogger(log: Logger): QueueLogger {
  const queue = log.child({ component: 'queue' });
  return new QueueLogger(() => (level, message, meta) => {
    const method = level === 'warning' ? 'warn' : level;
    queue[method](meta ?? {}, message);
  });
}
