// Runs in a worker thread of the extraction pool: validates, extracts and serializes one article for
// the write statement (a string crosses threads at the cost of a copy; an object graph costs the
// receiving event loop a deserialization). It first tells the pool it has started, so the time budget
// counts work, not waiting. Bad input comes back as data: an ImportError thrown here would reach the
// caller as a plain Error.
//
// A thread warms its extractor up before it takes a task: loading this module prepares a short
// made-up report once (warmUp). The first article of a fresh thread otherwise paid, against its
// budget, for the tables the tagger and the typer build from their weights and for the first run
// (compilation) of every stage's functions: some 300 to 800 ms more than the next article on a loaded
// machine. piscina loads the module, warm-up included, before it says the thread is ready.
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

/** A short report that goes through the main stages: a dateline, quotations with the speaker named
 *  after and before them, a titled person, an organisation, places, a pronoun, "according to". */
export const WARM_UP_TEXT = `Port of Lisbon reopens after strike

LISBON (Reuters) - The port of Lisbon will reopen on Monday, its director said on Friday.

"We expect the first ships next week," said Maria Costa, the director of the port authority. She added that the unions had agreed to a new contract.

According to Transport Minister John Smith, the strike cost the country about $40 million. "It was a hard month for everyone," he told reporters in Porto.`;

/** Runs extraction once on WARM_UP_TEXT, so that the tables built on first use and the first
 *  compilation of the stages are paid for when the thread starts, not by its first article. */
function warmUp(): void {
  serializeArticle(prepareArticle({ text: WARM_UP_TEXT, sourceName: 'warm-up' }));
}

warmUp();

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
