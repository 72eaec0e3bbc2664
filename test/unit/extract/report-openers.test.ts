// mayOpenReport lets reportedSpeech pass over words no test of its loop can open a report at. A test
// added to the loop whose word the guard does not know would never run, and nothing would say so:
// here every sentence reportedSpeech reads is read twice, guarded and with the guard open, and the
// two must report the same. The sentences are those the unit tests write (every string of at least
// two words in test/unit/extract, not their titles) and the dev sets where EVAL_DIR has them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { evalDir } from '../../../bench/corpus.js';
import { extract } from '../../../src/extract/index.js';
import type { QuoteDraft } from '../../../src/extract/quote-draft.js';

/** The guard's state: `open` lets every word through; `dropped` words it turns away, as a guard
 *  missing a rule's word would; `misses` lists each sentence the guard changes the reports of. */
const guard = vi.hoisted(() => ({ open: false, dropped: new Set<string>(), misses: [] as string[] }));

vi.mock('../../../src/extract/report-openers.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/extract/report-openers.js')>();
  return { ...actual, mayOpenReport: (word: string) => guard.open || (!guard.dropped.has(word.toLowerCase()) && actual.mayOpenReport(word)) };
});

vi.mock('../../../src/extract/reported-speech.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/extract/reported-speech.js')>();
  const reportedSpeech: typeof actual.reportedSpeech = (text, sentence, speakers, passages) => {
    const guarded = actual.reportedSpeech(text, sentence, speakers, passages);
    guard.open = true;
    const open = actual.reportedSpeech(text, sentence, speakers, passages);
    guard.open = false;
    const [was, all] = [guarded.map(described), open.map(described)];
    const missed = all.filter((q) => !was.includes(q));
    if (missed.length || was.some((q) => !all.includes(q)))
      guard.misses.push(`${text.slice(sentence.start, sentence.end)}\n  only with the guard open: ${missed.join(' | ') || '(none)'}`);
    return guarded;
  };
  return { ...actual, reportedSpeech };
});

/** A report as the next stages read it: its span, kind, cue and speaker. */
const described = (q: QuoteDraft) =>
  `${q.kind} ${q.start}-${q.end} cue <${q.cue?.text ?? ''}> speaker [${q.speaker?.text ?? ''}]${q.conjoined ? ' conjoined' : ''}${q.continues ? ' continues' : ''}${q.topic ? ' topic' : ''}`;

/** The sentences reportedSpeech turned out otherwise with the guard open, over `texts`. */
function missesOver(texts: Iterable<string>): string[] {
  guard.misses = [];
  for (const text of texts) extract(text);
  return guard.misses;
}

/** Every string literal of two words or more in the unit tests of extraction, but titles of tests and
 *  strings that are part of a longer one in the same file (what a test expects back). */
function unitTestTexts(): Set<string> {
  const dir = path.resolve(import.meta.dirname);
  const texts = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      const call = node.parent;
      const title = !!call && ts.isCallExpression(call) && call.arguments[0] === node && /^(it|describe|test)\b/u.test(call.expression.getText(source));
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !title && /\p{L}+\s+\p{L}+/u.test(node.text)) found.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    for (const text of found) if (!found.some((other) => other.length > text.length && other.includes(text))) texts.add(text);
  }
  return texts;
}

const devSets = ['seed', 'polnear-dev', 'conll-dev'].map((set) => path.join(evalDir, `${set}.jsonl`));
const hasDev = devSets.every((file) => existsSync(file));
if (!hasDev) console.warn(`report guard on the dev sets skipped: no evaluation data at ${evalDir} (set EVAL_DIR)`);

describe('mayOpenReport', () => {
  it('turns away no word a report opens at: dropping the word of a rule shows', () => {
    const text = 'The minister said the deal was fair. Officials insisted it would pass.';
    expect(missesOver([text])).toEqual([]);
    guard.dropped = new Set(['said', 'insisted']);
    try {
      expect(missesOver([text])).toHaveLength(2);
    } finally {
      guard.dropped = new Set();
    }
  });

  it('lets through every word a report opens at in the unit tests’ sentences', { timeout: 600_000 }, () => {
    const texts = unitTestTexts();
    expect(texts.size).toBeGreaterThan(1000);
    expect(missesOver(texts)).toEqual([]);
  });

  it.skipIf(!hasDev)('lets through every word a report opens at in the dev sets', { timeout: 600_000 }, () => {
    const texts = devSets.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
    expect(missesOver(texts)).toEqual([]);
  });
});
