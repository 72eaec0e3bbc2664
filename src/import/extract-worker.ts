// Runs in a worker thread of the extraction pool: validates and extracts one article. It first tells
// the pool it has started, so the time budget counts work, not waiting. Bad input comes back as data,
// since an ImportError thrown here would reach the caller as a plain Error.
import type { MessagePort } from 'node:worker_threads';
import { ImportError, prepareArticle, type ArticleInput, type PreparedArticle } from './document.js';

export interface PrepareTask {
  input: ArticleInput;
  started: MessagePort;
}

export type PrepareOutcome = { ok: true; prepared: PreparedArticle } | { ok: false; field: string; reason: string };

export default function prepareInWorker({ input, started }: PrepareTask): PrepareOutcome {
  started.postMessage('started');
  started.close();
  try {
    return { ok: true, prepared: prepareArticle(input) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, field: e.field, reason: e.reason };
    throw e;
  }
}
