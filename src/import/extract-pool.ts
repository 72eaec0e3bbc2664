// Extraction off the event loop: a pool of worker threads, one per core, each preparing one article
// at a time under a time budget. An article over the budget fails naming the limit, and its thread
// is terminated (piscina replaces it), so a pathological text cannot hold a core.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BroadcastChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Config } from '../config.js';
import { ImportError, type ArticleInput } from './article-input.js';
import type { PrepareOutcome, PrepareTask } from './extract-worker.js';
import type { SerializedArticle } from './payload.js';
import { bundledModule } from './worker-bundle.js';

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

/** The module the threads run, one per process: the TypeScript worker bundled as plain JavaScript
 *  (worker-bundle.ts), else the worker itself. Made when the first article arrives. */
let threadModule: Promise<string> | undefined;
function workerModule(): Promise<string> {
  if (!workerFile.endsWith('.ts')) return Promise.resolve(workerFile);
  threadModule ??= bundledModule(workerFile, path.resolve(path.dirname(self), '../..')).then((bundle) => bundle ?? workerFile);
  return threadModule;
}

/** A TypeScript worker needs tsx's loader in its thread; under `tsx` it is inherited already. A
 *  JavaScript one (the bundle, or the compiled worker) runs without it: with the loader, piscina's
 *  `require` of the bundle goes through tsx, which compiles it again, wrapping every named function
 *  in `__name(...)` (about a tenth of a thread's extraction time). */
export function workerExecArgv(file: string, inherited = process.execArgv): string[] {
  const withoutLoader = withoutTsxLoader(inherited);
  if (!file.endsWith('.ts')) return withoutLoader;
  const hasLoader = withoutLoader.length < inherited.length;
  return hasLoader ? inherited : [...inherited, '--import', 'tsx'];
}

/** `argv` without the flags that load tsx, given as a flag and its value ("--import tsx") or joined
 *  ("--import=tsx"); every other flag stays. */
function withoutTsxLoader(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, joinedValue] = argv[i]!.split(/=(.*)/su);
    const value = joinedValue ?? argv[i + 1];
    if (LOADER_FLAG.test(flag!) && value?.includes('tsx')) {
      if (joinedValue === undefined) i++; // the value was the next item: skip it too
      continue;
    }
    kept.push(argv[i]!);
  }
  return kept;
}
const LOADER_FLAG = /^(--import|--require|-r|--loader|--experimental-loader)$/u;

let pools = 0;

/** V8's young generation of each thread: three semi-spaces' worth, so 192 MB means 64 MB semi-spaces,
 *  the most V8 gives a thread (a larger figure is cut to it). */
const YOUNG_GENERATION_MB = 192;

/** What each extraction thread is started with. Extraction allocates several MB per article, nearly all
 *  short-lived: with V8's default young generation (16 MB semi-spaces) a thread collected garbage every
 *  9 articles, a tenth of its time. A collection costs about the same however much died (a few per cent
 *  survives), so fewer of them cost less: 64 MB semi-spaces collect every 22 articles (32 MB: every 11),
 *  for about 64 MB more per thread than 32 MB. */
export const THREAD_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };

/** What each thread is handed: the extractor's version, hashed once here, not again by every thread
 *  (version.ts). Loaded with the first article, as the threads are. */
async function threadData(): Promise<{ extractorVersion: string }> {
  const { EXTRACTOR_VERSION } = await import('../extract/version.js');
  return { extractorVersion: EXTRACTOR_VERSION };
}

/** The threads of a pool, running `file`. */
async function threadPool(file: string, threads: number): Promise<Piscina<PrepareTask, PrepareOutcome>> {
  return new Piscina<PrepareTask, PrepareOutcome>({
    filename: file,
    execArgv: workerExecArgv(file),
    minThreads: 0, // threads (and the extraction module, ~1.5 s to load) start on the first article
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: THREAD_RESOURCE_LIMITS,
    workerData: await threadData(),
  });
}

/** The channel on which threads say which task they start, its budget starting then (`budgetStarts`:
 *  each task's id and what starts its budget). One channel for the pool: a MessagePort created and
 *  transferred with every task cost the event loop more than the rest of dispatching the task and
 *  receiving its result. */
function budgetChannel(): { channel: BroadcastChannel; budgetStarts: Map<number, () => void> } {
  const channel = new BroadcastChannel(`newskb-extract-${process.pid}-${++pools}`);
  channel.unref();
  const budgetStarts = new Map<number, () => void>();
  channel.onmessage = (event) => budgetStarts.get((event as { data: number }).data)?.();
  return { channel, budgetStarts };
}

export function createExtractPool({ timeoutMs, threads = availableParallelism() }: ExtractPoolOptions): ExtractPool {
  let piscina: Promise<Piscina<PrepareTask, PrepareOutcome>> | undefined;
  const { channel, budgetStarts } = budgetChannel();
  let tasks = 0;

  async function run(task: PrepareTask['task']): Promise<SerializedArticle> {
    const id = ++tasks;
    const budget = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    budgetStarts.set(id, () => {
      budgetStarts.delete(id);
      timer = setTimeout(() => budget.abort(), timeoutMs);
    });
    let outcome: PrepareOutcome;
    try {
      piscina ??= workerModule().then((file) => threadPool(file, threads));
      outcome = await (await piscina).run({ task, channel: channel.name, id }, { signal: budget.signal });
    } catch (e) {
      if (budget.signal.aborted) {
        throw new ImportError('text', `extraction took longer than the limit of ${timeoutMs} ms (EXTRACT_TIMEOUT_MS)`);
      }
      throw e;
    } finally {
      budgetStarts.delete(id);
      clearTimeout(timer);
    }
    if (!outcome.ok) throw new ImportError(outcome.field, outcome.reason);
    return outcome.article;
  }

  return {
    threads,
    prepare: (input) => run({ input }),
    prepareFile: (file, sourceName) => run({ file, sourceName }),
    close: async () => {
      await (await piscina)?.destroy();
      channel.close();
    },
  };
}

/** The pool the configuration asks for (EXTRACT_TIMEOUT_MS, EXTRACT_THREADS). */
export function extractPoolFor(config: Pick<Config, 'EXTRACT_TIMEOUT_MS' | 'EXTRACT_THREADS'>): ExtractPool {
  return createExtractPool({ timeoutMs: config.EXTRACT_TIMEOUT_MS, threads: config.EXTRACT_THREADS });
}
