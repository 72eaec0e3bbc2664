// graphile-worker's log lines through the project's pino logger.
import { Logger as QueueLogger } from 'graphile-worker';
import type { Logger } from '../logger.js';

/** While `quiet()` (the worker stopping), warnings and errors are logged at debug level: failing
 *  connections and interrupted jobs are then expected, and the jobs are retried. */
export function queueLogger(log: Logger, quiet: () => boolean = () => false): QueueLogger {
  const queue = log.child({ component: 'queue' });
  return new QueueLogger(() => (level, message, meta) => {
    const method = quiet() && (level === 'warning' || level === 'error') ? 'debug' : level === 'warning' ? 'warn' : level;
    queue[method](meta ?? {}, message);
  });
}
