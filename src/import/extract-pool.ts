// Extraction off the event loop: a pool of worker threads, one per core, each preparing one article
// at a time under a time budget. An article over the budget fails naming the limit, and its thread
// is terminated (piscina replaces it), so a pathological text cannot hold a core.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Config } from '../config.js';
import { ImportError, type ArticleInput } from './article-input.js';
import type { PrepareOutcome, PrepareTask } from './extract-worker.js';
import type { SerializedArticle } from './store.js';

export interface ExtractPoolOptions {
  /** Per-article budget in milliseconds, counted from the moment a thread starts on the article. */
  timeoutMs: number;
  threads?: number;
}

export interface ExtractPool {
  readonly threads: number;
  /** Validates, extracts and serializes an article for `storeSerialized`; ImportError on bad input. */
  prepare(input: ArticleInput): Promise<SerializedArticle>;
  /** The same for an article file, read by the thread (ImportError naming the file when unreadable). */
  prepareFile(file: string, sourceName: string): Promise<SerializedArticle>;
  close(): Promise<void>;
}

// The worker sits next to this module: extract-worker.ts under tsx, extract-worker.js once compiled.
const self = fileURLToPath(import.meta.url);
const workerFile = path.join(path.dirname(self), `extract-worker${path.extname(self)}`);

/** A TypeScript worker needs tsx's loader in its thread; under `tsx` it is inherited already. */
function workerExecArgv(): string[] {
  const inherited = process.execArgv;
  if (!workerFile.endsWith('.ts') || inherited.some((a) => a.includes('tsx'))) return inherited;
  return [...inherited, '--import', 'tsx'];
}

export function createExtractPool({ timeoutMs, threads = availableParallelism() }: ExtractPoolOptions): ExtractPool {
  const piscina = new Piscina<PrepareTask, PrepareOutcome>({
    filename: workerFile,
    execArgv: workerExecArgv(),
    minThreads: 0, // threads (and the extraction module, ~1.5 s to load) start on the first article
    maxThreads: threads,
    idleTimeout: 60_000,
  });

  async function run(task: Omit<PrepareTask, 'started'>): Promise<SerializedArticle> {
    const { port1, port2 } = new MessageChannel();
    const budget = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => budget.abort(), timeoutMs);
      port1.close();
    });
    let outcome: PrepareOutcome;
    try {
      outcome = await piscina.run({ ...task, started: port2 } as PrepareTask, { transferList: [port2], signal: budget.signal });
    } catch (e) {
      if (budget.signal.aborted) {
        throw new ImportError('text', `extraction took longer than the limit of ${timeoutMs} ms (EXTRACT_TIMEOUT_MS)`);
      }
      throw e;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
    if (!outcome.ok) throw new ImportError(outcome.field, outcome.reason);
    return outcome.article;
  }

  return {
    threads,
    prepare: (input) => run({ input }),
    prepareFile: (file, sourceName) => run({ file, sourceName }),
    close: () => piscina.destroy(),
  };
}

/** The pool the configuration asks for (EXTRACT_TIMEOUT_MS, EXTRACT_THREADS). */
export function extractPoolFor(config: Pick<Config, 'EXTRACT_TIMEOUT_MS' | 'EXTRACT_THREADS'>): ExtractPool {
  return createExtractPool({ timeoutMs: config.EXTRACT_TIMEOUT_MS, threads: config.EXTRACT_THREADS });
}
