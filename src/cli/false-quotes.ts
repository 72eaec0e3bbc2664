// npx tsx src/cli/false-quotes.ts --polnear <checkout> [--split train|dev] [--examples N] [--kind K] [--jsonl FILE]
// The quotes the extractor reports that the scorer counts false at overlap 0.3 (no gold content matched
// to them), each with its cue, kind, confidence and sentence, sorted into kinds by where gold stands: a
// boundary error (it overlaps a gold content below 0.3, or the gold of its cue lies elsewhere), a
// duplicate (its gold matched another quote), or nothing of gold near, and then by what its sentence
// shows (no cue, a loose cue, a negation, a modal or a condition, a question). Counts, and up to N
// examples of each kind; the texts are read from the checkout and never stored.
import { writeFileSync } from 'node:fs';
import { LOOSE_CUES } from '../extract/confidence-features.js';
import { bratAttributions } from '../extract/confidence-training.js';
import { toContract } from '../extract/contract.js';
import { cueLemma } from '../extract/cues.js';
import { extract } from '../extract/index.js';
import { sharedLength, trimmedSpan } from '../extract/scorer-spans.js';
import type { Quote, Span } from '../extract/types.js';
import { bratGoldQuotes, listingOptions, polnearArticles } from './polnear-corpus.js';
import { scorer } from './scorer.js';

const opts = listingOptions('false-quotes', 'false quote');

const flat = (s: string) => s.replace(/\s+/gu, ' ');

/** Where gold stands for a false quote `q`: the kind of boundary error, a duplicate, or null (no gold near). */
function goldNear(text: string, q: Quote, gold: ReturnType<typeof bratAttributions>): string | null {
  const p = trimmedSpan(text, q);
  let best: { both: number; c: Span } | null = null;
  for (const g of gold) {
    const c = trimmedSpan(text, g.content);
    const o = sharedLength(p, c);
    const both = o && Math.min(o / (c.end - c.start), o / (p.end - p.start));
    if (both && (!best || both > best.both)) best = { both, c };
  }
  if (best && best.both >= 0.3) return 'duplicate: its gold matched another quote';
  if (best) {
    const { c } = best;
    const how = p.start <= c.start && p.end >= c.end ? 'longer than' : p.start >= c.start && p.end <= c.end ? 'inside' : 'crossing';
    return `boundary: ${how} a gold content, below 0.3`;
  }
  if (q.cue && gold.some((g) => g.cue && sharedLength(g.cue, q.cue!) > 0)) return 'boundary: the gold of its cue is elsewhere';
  return null;
}

/** What the sentence of a false quote with no gold near shows, the first that holds. */
function shown(text: string, q: Quote, sentence: string): string {
  const lemma = q.cue ? (cueLemma(q.cue.text) ?? (/^according/iu.test(q.cue.text) ? 'according' : 'other')) : null;
  const before = q.cue ? flat(text.slice(Math.max(0, q.cue.start - 40), q.cue.start)).toLowerCase() : '';
  if (!q.cue) return q.kind === 'INDIRECT' ? 'no gold: no cue, no quote marks' : 'no gold: no cue, quote marks';
  if (/\b(not|never|n't|no one|nobody)\s+(\w+\s+)?$/u.test(before)) return 'no gold: negated cue';
  if (/\b(would|could|might|may|should|will|can|must|to)\s+(\w+\s+)?$/u.test(before)) return 'no gold: modal or infinitive cue';
  if (/\b(if|unless|whether|when)\b[^,]*$/u.test(before)) return 'no gold: conditional cue';
  if (/\?\s*["”]?\s*$/u.test(sentence)) return 'no gold: question';
  if (lemma && LOOSE_CUES.has(lemma)) return `no gold: loose cue (${lemma})`;
  return q.kind === 'INDIRECT' ? 'no gold: speech cue, INDIRECT' : `no gold: speech cue, ${q.kind}`;
}

const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
const rows: string[] = [];
// Scored together: the scorer reads a gold file that uses `parts` as one span per content (PolNeAR's way).
const articles = [...polnearArticles(opts.polnear, opts.split)].map((a) => ({ ...a, x: extract(a.text) }));
const golds = articles.map(({ id, text, annotation }) => ({ id, text, quotes: bratGoldQuotes(annotation, text) }));
const preds = articles.map(({ id, x }) => toContract(id, x));
const result = scorer.scoreData(golds, preds, { details: 1e6 }) as { examples: { falsePos: string[] } };
const byId = new Map(articles.map((a) => [a.id, a]));
for (const line of result.examples.falsePos) {
  const [, id, s, e] = /^(\S+) (\d+)\.\.(\d+) /u.exec(line)!;
  const { text, annotation, x } = byId.get(id!)!;
  const q = x.quotes.find((q) => q.start === Number(s) && q.end === Number(e) && q.act === 'SPEECH')!;
  const at = q.cue?.start ?? q.start;
  const sentence = x.layout.sentences.find((t) => t.start <= at && at < t.end);
  const said = sentence ? flat(text.slice(sentence.start, sentence.end)) : '';
  const kind = goldNear(text, q, bratAttributions(annotation)) ?? shown(text, q, said);
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const row = {
    id,
    start: q.start,
    end: q.end,
    kind,
    quoteKind: q.kind,
    cue: q.cue?.text ?? null,
    confidence: q.confidence,
    quote: flat(text.slice(q.start, q.end)),
    sentence: said,
  };
  if (opts.jsonl) rows.push(JSON.stringify(row));
  const list = examples.get(kind) ?? [];
  if (list.length < Number(opts.examples)) list.push(`${q.kind} cue «${row.cue ?? '-'}» ${q.confidence.toFixed(2)}: ${said}\n        QUOTE «${row.quote}»`);
  examples.set(kind, list);
}

if (opts.jsonl) writeFileSync(opts.jsonl, `${rows.join('\n')}\n`);
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`${opts.split}: quotes reported ${preds.reduce((n, p) => n + p.quotes.length, 0)}, false at 0.3 ${total}`);
for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(n).padStart(6)}  ${kind}`);
  if (!opts.kind || kind.startsWith(opts.kind)) for (const e of examples.get(kind) ?? []) console.log(`      ${e}`);
}
