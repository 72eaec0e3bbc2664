// Why PolNeAR attributions with a speech cue the extractor knows are missed: for each gold content no
// prediction matches at overlap 0.3 whose cue holds a known speech verb or noun, the first step of
// reported speech that loses it (found below the confidence threshold, found as a belief, content cut
// wrong, inside another quote, cue rejected by which guard, no speaker, content rejected and its
// shape), as a table of counts.
//   npx tsx src/cli/missed-cues.ts --polnear <checkout> [--split train|dev] [--examples N] [--kind K]
// Counts only; the examples it prints are read from the checkout and never stored.
import { writeFileSync } from 'node:fs';
import { DEFAULT_MIN_CONFIDENCE } from '../extract/confidence.js';
import { bratAttributions, matchesAny } from '../extract/confidence-training.js';
import { nounPhraseOnly } from '../extract/clauses.js';
import { attributiveParticiple, idiom, passive } from '../extract/cue-guards.js';
import { nounUse } from '../extract/cue-nouns.js';
import { cueLemma, reportsAnAmount, SPEECH_NOUNS } from '../extract/cues.js';
import { otherSense } from '../extract/cue-senses.js';
import { demandedSpeech } from '../extract/demanded-speech.js';
import { recognizeEntities } from '../extract/entities/index.js';
import { mergeChains } from '../extract/entity-chains.js';
import { graveOpenings } from '../extract/grave-quotes.js';
import { extract } from '../extract/index.js';
import { beliefForm, intentionAt } from '../extract/belief-verbs.js';
import { layout as layoutOf } from '../extract/layout.js';
import { blankMarkupTags } from '../extract/markup-tags.js';
import { modifierParticiple } from '../extract/modifier-cues.js';
import { narratorHedge } from '../extract/narrator-hedges.js';
import { negationOf } from '../extract/negated-speech.js';
import { reportAfterCue } from '../extract/reported-content.js';
import { cueSpeaker } from '../extract/reported-speakers.js';
import { mayOpenReport } from '../extract/report-openers.js';
import { type ReportSentence, reportingCueAt } from '../extract/reporting-cues.js';
import { curlySingleQuotes } from '../extract/single-quotes.js';
import { trimmedSpan } from '../extract/scorer-spans.js';
import { SpeakerFinder } from '../extract/speakers.js';
import { speechNounLemma } from '../extract/speech-nouns.js';
import { speechToCome, talkReportedAhead } from '../extract/speech-to-come.js';
import { tokenize } from '../extract/tokens.js';
import type { Sentence, Span } from '../extract/types.js';
import { listingOptions, polnearArticles } from './polnear-corpus.js';

const opts = listingOptions('missed-cues', 'missed attribution with a known cue');
const rows: string[] = [];

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

interface GoldAttribution {
  content: Span;
  cue: Span | null;
}

function goldAttributions(ann: string): GoldAttribution[] {
  return bratAttributions(ann).map(({ content, cue }) => ({
    content: { start: content.start, end: content.end },
    cue: cue ? { start: cue.start, end: cue.end } : null,
  }));
}

/** The word of a gold cue that is a known speech cue: its offset and lemma, or null. */
function knownCueWord(text: string, cue: Span): { start: number; word: string; belief: boolean } | null {
  for (const m of text.slice(cue.start, cue.end).matchAll(/[\p{L}’']+/gu)) {
    const w = m[0];
    const lower = w.toLowerCase();
    const start = cue.start + m.index;
    if (beliefForm(lower)) return { start, word: w, belief: true };
    if (cueLemma(w) || SPEECH_NOUNS.has(lower) || speechNounLemma(lower) || lower === 'according') return { start, word: w, belief: false };
  }
  return null;
}

/** The shape of a content the cue's report rejected. */
function shape(text: string, content: Span, cueStart: number): string {
  if (content.end <= cueStart) return 'before the cue';
  if (content.start < cueStart) return 'around the cue';
  const t = text.slice(content.start, content.end).trim();
  const between = text.slice(cueStart, content.start);
  if (/\bthat\s*$/iu.test(between) || /^that\b/iu.test(t)) return 'that-clause';
  if (/^(why|how|what|whether|when|where|who|if)\b/iu.test(t)) return 'wh-clause';
  if (/^to\s/iu.test(t)) return 'to-infinitive';
  if (/^["“]/u.test(t)) return 'quotation';
  if (nounPhraseOnly(t)) return between.trim().split(/\s+/u).length > 2 ? 'noun phrase, words between' : 'noun phrase';
  return between.trim().split(/\s+/u).length > 2 ? 'bare clause, words between' : 'bare clause';
}

/** Why the cue at token `i` opens no report: the guard of reportingCueAt that rejects it. */
function guardOf(s: ReportSentence, i: number): string {
  const { tokens, text, sentence } = s;
  const t = tokens[i]!;
  const lemma = cueLemma(t.text) ?? '';
  if (t.text[0] !== t.text[0]!.toLowerCase()) return 'capitalised';
  if (idiom(tokens, i)) return 'idiom';
  if (narratorHedge(tokens, i)) return 'narrator hedge';
  if (passive(tokens, i)) return 'passive';
  if (otherSense(tokens, i, lemma)) return 'other sense';
  if (reportsAnAmount(lemma, tokens[i + 1]?.text, tokens[i + 2]?.text)) return 'amount';
  if (attributiveParticiple(tokens, i)) return 'attributive participle';
  if (modifierParticiple(tokens, i)) return 'modifier participle';
  const negation = negationOf(tokens, i, text.slice(Math.max(sentence.start, t.start - 30), t.start));
  if (negation === 'none') return 'negated (none)';
  if (!talkReportedAhead(lemma) && speechToCome(tokens, i)) return 'speech to come';
  if (demandedSpeech(tokens, i)) return 'demanded speech';
  return 'other (hypothetical, noun)';
}

const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
function note(kind: string, example: string) {
  if (opts.jsonl) rows.push(JSON.stringify({ kind, example }));
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const list = examples.get(kind) ?? [];
  if (list.length < Number(opts.examples)) list.push(example);
  examples.set(kind, list);
}

const otherCues = new Map<string, number>();
let gold = 0;
let missed = 0;
for (const { text: raw, annotation } of polnearArticles(opts.polnear, opts.split)) {
  const x = extract(raw);
  const text = curlySingleQuotes(graveOpenings(blankMarkupTags(raw)));
  const layout = layoutOf(text);
  const speakers = new SpeakerFinder(layout.text, mergeChains(recognizeEntities(layout)));
  const shown = x.quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE && q.act === 'SPEECH');
  for (const g of goldAttributions(annotation)) {
    gold++;
    if (shown.some((q) => matchesAny(raw, q, [g.content]))) continue;
    missed++;
    const known = g.cue && knownCueWord(raw, g.cue);
    if (!known) {
      const word = g.cue ? raw.slice(g.cue.start, g.cue.end).toLowerCase().replace(/\s+/gu, ' ') : '-';
      otherCues.set(word, (otherCues.get(word) ?? 0) + 1);
      counts.set(
        `(cue not a known speech word: ${g.cue ? 'other' : 'no cue'})`,
        (counts.get(`(cue not a known speech word: ${g.cue ? 'other' : 'no cue'})`) ?? 0) + 1,
      );
      continue;
    }
    const sentence = layout.sentences.find((s) => s.start <= known.start && known.start < s.end);
    const context = `${raw.slice(sentence?.start ?? g.content.start, Math.max(sentence?.end ?? 0, g.content.end)).replace(/\s+/gu, ' ')}\n      CUE «${known.word}» GOLD «${raw.slice(g.content.start, g.content.end).replace(/\s+/gu, ' ')}»`;
    const found = x.quotes.find((q) => matchesAny(raw, q, [g.content]));
    const withCue = x.quotes.find((q) => q.cue && q.cue.start <= known.start && known.start < q.cue.end);
    const predText = (q: Span) => `\n      PRED «${raw.slice(q.start, q.end).replace(/\s+/gu, ' ')}»`;
    if (known.belief) note(found ? 'belief cue: found as belief' : 'belief cue: not found', context);
    else if (found && found.act !== 'SPEECH') note('found, but as a belief', context);
    else if (found) note(`found, confidence below ${DEFAULT_MIN_CONFIDENCE}`, `${context} (${found.confidence.toFixed(2)})`);
    else if (withCue) {
      const p = trimmedSpan(raw, withCue);
      const c = trimmedSpan(raw, g.content);
      const kind =
        p.start <= c.start && p.end >= c.end ? 'too long' : p.start >= c.start && p.end <= c.end ? 'too short' : overlap(p, c) ? 'shifted' : 'elsewhere';
      note(`cue's quote, content ${kind}`, context + predText(withCue));
    } else {
      const host = x.quotes.find((q) => overlap(q, g.content));
      if (host) note(host.start <= g.content.start && host.end >= g.content.end ? 'inside another quote' : 'overlaps another quote', context + predText(host));
      else note(sentence ? `no quote: ${traced(text, sentence, known.start, g.content, speakers)}` : 'no quote: no sentence', context);
    }
  }
}

/** The first step of reported speech that loses the cue at `at`. */
function traced(text: string, sentence: Sentence, at: number, content: Span, speakers: SpeakerFinder): string {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const i = tokens.findIndex((t) => t.start === at);
  if (i < 0) return 'cue not a token';
  const s: ReportSentence = { text, sentence, tokens, speakers };
  if (!mayOpenReport(tokens[i]!.text)) return 'word opens no report';
  const cue = reportingCueAt(s, i);
  if (!cue) return `cue guard: ${guardOf(s, i)}`;
  if (intentionAt(tokens, i, cue.lemma)) return 'intention';
  if (cue.topicOnly) return 'topic-only verb';
  if (!cue.possessed && !cue.light && nounUse(tokens, i, cue.lemma, speakers)) return `noun use (${shape(text, content, at)})`;
  const who = cueSpeaker(s, cue, []);
  if (!who) return 'speaker: none (reports nothing)';
  if (!who.speaker) return `speaker: none before, after not found (${shape(text, content, at)})`;
  const report = reportAfterCue(s, cue, who.speaker, who.conjoined);
  if (!report) return `content rejected: ${shape(text, content, at)}`;
  return `report found alone, lost in the sentence (${shape(text, content, at)})`;
}

if (opts.jsonl) writeFileSync(opts.jsonl, `${rows.join('\n')}\n`);
console.log(`${opts.split}: gold ${gold}, missed at 0.3 ${missed}`);
for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(n).padStart(6)}  ${kind}`);
  if (!opts.kind || kind.startsWith(opts.kind)) for (const e of examples.get(kind) ?? []) console.log(`      ${e}`);
}
console.log(
  `the other cues, most frequent: ${[...otherCues]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 60)
    .map(([w, n]) => `${w} ${n}`)
    .join(', ')}`,
);
