// Pull quotes: a paragraph of words in the first person that a person's name alone closes ("… as long as
// I can steer it. Ann Holt") or follows on a line of its own ("… as long as I can steer it." ⏎ "Ann Holt").
// Its "I" is the one named, and so is the "I" of the same words where the story quotes them again.
import { speaksAsI } from './interview-answers.js';
import { spanAt } from './span-index.js';
import type { Block, Entity, Layout, Mention } from './types.js';

/** A pull quote: its words (the name aside) and the person named. */
interface PullQuote {
  start: number;
  end: number;
  words: string;
  entity: Entity;
}

/** The end of a sentence before the name closing a paragraph: "… steer it. Ann Holt". */
const SENTENCE_END = /[.!?]["”’]?\s+$/u;
/** How many characters of words a quotation must share with a pull quote to be the same words again. */
const SAME_WORDS = 30;

/** The pull quotes of a story, in order. */
export function pullQuotesIn(layout: Layout, entities: Entity[]): PullQuote[] {
  const { text, blocks } = layout;
  // (each person's name mention by where it ends)
  const persons = new Map<number, { e: Entity; m: Mention }>();
  for (const e of entities) if (e.type === 'PERSON') for (const m of e.mentions) if (m.kind === 'NAME') persons.set(m.end, { e, m });
  const nameEnding = (end: number) => persons.get(end);
  const out: PullQuote[] = [];
  for (const [i, b] of blocks.entries()) {
    if (b.role === 'TITLE') continue;
    const end = b.start + b.text.trimEnd().length;
    // "… steer it. Ann Holt": the name after the last full stop ends the paragraph.
    const closing = nameEnding(end);
    if (closing && closing.m.start > b.start && SENTENCE_END.test(text.slice(b.start, closing.m.start))) {
      const words = text.slice(b.start, closing.m.start).trimEnd();
      if (speaksAsI(words)) out.push({ start: b.start, end: closing.m.start, words, entity: closing.e });
      continue;
    }
    // "… steer it." ⏎ "Ann Holt": a line holding only the name (a full stop at most) after the words.
    const next = blocks[i + 1];
    const named = next && nameAlone(text, next, persons);
    if (named && speaksAsI(b.text)) out.push({ start: b.start, end, words: text.slice(b.start, end), entity: named });
  }
  return out;
}

/** The person a block names and holds nothing else: "Ann Holt", "Ann Holt.", "— Ann Holt". */
function nameAlone(text: string, b: Block, persons: Map<number, { e: Entity; m: Mention }>): Entity | null {
  const line = /^\s*(?:[—–-]\s*)?/u.exec(b.text)![0].length;
  const named = persons.get(b.start + b.text.replace(/\.?\s*$/u, '').length);
  return named && named.m.start === b.start + line && !/\n/u.test(text.slice(named.m.start, named.m.end)) ? named.e : null;
}

/** The person of the pull quote a quotation at [start, end) lies in, or whose words it quotes again. */
export function pullQuoteSpeaker(pulls: PullQuote[], text: string, start: number, end: number): Entity | null {
  if (!pulls.length) return null;
  const within = spanAt(pulls, start);
  if (within && end <= within.end) return within.entity;
  const words = text.slice(start, end).trim();
  if (words.length < SAME_WORDS) return null;
  return pulls.find((p) => p.words.includes(words))?.entity ?? null;
}
