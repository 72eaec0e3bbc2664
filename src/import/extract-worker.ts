// Runs in a worker thread of the extraction pool: validates, extracts and serializes one article for
// the write statement (a string crosses threads at the cost of a copy; an object graph costs the
// receiving event loop a deserialization). It first tells the pool it has started, so the time budget
// counts work, not waiting. Bad input comes back as data: an ImportError thrown here would reach the
// caller as a plain Error.
import { BroadcastChannel } from 'node:worker_threads';
import { ImportError, prepareArticle, type ArticleInput } from './document.js';
import { readArticleFileSync } from './files.js';
import { serializeArticle, type SerializedArticle } from './payload.js';

/** An article given as input, or as a file the thread reads itself (the event loop then only passes
 *  a path one way and a payload the other). */
export interface PrepareTask {
  task: { input: ArticleInput } | { file: string; sourceName: string };
  /** The pool's channel, on which the thread announces task `id` as started. */
  channel: string;
  id: number;
}

export type PrepareOutcome = { ok: true; article: SerializedArticle } | { ok: false; field: string; reason: string };

const channels = new Map<string, BroadcastChannel>();

function announce(name: string, id: number): void {
  let channel = channels.get(name);
  if (!channel) {
    channel = new BroadcastChannel(name);
    channel.unref();
    channels.set(name, channel);
  }
  channel.postMessage(id);
}

export default function prepareInWorker({ task, channel, id }: PrepareTask): PrepareOutcome {
  announce(channel, id);
  try {
    const input = 'input' in task ? task.input : { text: readArticleFileSync(task.file), sourceName: task.sourceName };
    return { ok: true, article: serializeArticle(prepareArticle(input)) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, field: e.field, reason: e.reason };
    throw e;
  }
}
