// The attribution after a quoted passage: “…,” he said / “…,” said X / “…,” X, a spokesman, said /
// “…” — Name; “A,” he said, “B.” is one quote spanning the interruption.
import { isClause } from './clauses.js';
import { cueLemma, quotationCueLemma } from './cues.js';
import { cueNounAt } from './cue-nouns.js';
import { dashAt } from './cue-asides.js';
import { PERSON_TITLES } from './entities/person-vocabulary.js';
import type { SpeakerSurface } from './name-index.js';
import { isTitleWord } from './phrase-heads.js';
import { isFiniteVerb, finiteVerbWithin, isArticle, isModal } from './lexicon.js';
import { addGap, passageQuote, type QuotedWords, type QuoteDraft, trimmed } from './quote-draft.js';
import type { QuotedPassage } from './quote-marks.js';
import { type Relay, relayedQuotation, relayedSource } from './relayed-sources.js';
import type { SpeakerFinder } from './speakers.js';
import { spanAt } from './span-index.js';
import { tokenize, type Token, spanOf } from './tokens.js';
import { OPENING_SUBORDINATORS } from './word-classes.js';
import type { Layout, TextSpan } from './types.js';

/** The quote of passage `p` (its words `w`) attributed after it, or null; `next`: the passage after it. */
export function attributionAfter(
  w: QuotedWords,
  layout: Layout,
  p: QuotedPassage,
  next: QuotedPassage | undefined,
  speakers: SpeakerFinder,
): QuoteDraft | null {
  const after = wordsAfter(w.text, layout, p);
  const signed = dashSignature(after.tail, after.k, speakers);
  if (signed) return passageQuote(w, signed, null);
  const found = attributingCue(w, p, next, after, speakers);
  return found ? attributedQuote(w, layout, p, next, after, found, speakers) : null;
}

/** The words after a passage's close, to the end of its sentence and at least 40 characters on within its block. */
interface WordsAfter {
  tail: Token[];
  /** Past the comma or stop right after the quotation's close: 1, else 0. */
  k: number;
  sentenceEnd: number;
}

function wordsAfter(text: string, layout: Layout, p: QuotedPassage): WordsAfter {
  const block = layout.blocks[p.lastBlock]!;
  const sentenceEnd = (spanAt(layout.sentences, p.end - 1) ?? spanAt(layout.sentences, p.end))?.end ?? block.end;
  const tail = tokenize(text, p.end, Math.max(Math.min(block.end, sentenceEnd), Math.min(block.end, p.end + 40)));
  const k = /^[,.!?]$/u.test(tail[0]?.text ?? '') ? 1 : 0;
  return { tail, k: dashedAttribution(tail, k) ? k + 1 : k, sentenceEnd };
}

/** “A” — she said — “and B.”: an attribution set off by a pair of dashes between the quotation's close
 *  (the dash at `k`) and a quotation opening after the second dash. */
function dashedAttribution(tail: Token[], k: number): boolean {
  if (!dashAt(tail, k)) return false;
  for (let m = k + 2; m < Math.min(tail.length - 1, k + 16); m++) {
    if (/^[.!?:;“”"«»]$/u.test(tail[m]!.text)) return false;
    if (dashAt(tail, m) && /^[“"«]$/u.test(tail[m + 1]!.text)) return true;
  }
  return false;
}

/** The cue (its index `j` in the tail) that attributes the quotation, and its speaker. */
interface AttributingCue {
  j: number;
  who: SpeakerSurface;
}

/** The cue after passage `p` that attributes it and the cue's speaker, or null. */
function attributingCue(w: QuotedWords, p: QuotedPassage, next: QuotedPassage | undefined, after: WordsAfter, speakers: SpeakerFinder): AttributingCue | null {
  const { text, content } = w;
  const { tail, k } = after;
  const j = cueAfter(tail, k);
  // “Women in Power,” answering questions …: a participle right after the quotation has no subject after it.
  if (j < 0 || (j === k && /ing$/u.test(tail[j]!.text))) return null;
  const closed = k === 1 ? tail[0]!.text === '.' : /[.!?]$/u.test(content.text);
  if (j > k && next && introducesNext(w, p, next, tail, j, closed)) return null;
  // "… declined to comment on “market speculation”. The company said last month it was …": a cue in
  // the next sentence with a clause of its own reports that clause, not the quotation before it.
  // (Only the cue's own sentence: “Why now?” Pike said. “We waited …” has its verb in the next quotation.)
  const cueSentenceEnd = sentenceStopAfter(tail, j);
  if (closed && j > k && finiteVerbWithin(tail, j + 1, cueSentenceEnd)) return null;
  const who = j > k ? speakers.before(tail, j, true) : speakers.after(tail, j, true);
  // The speaker opens the attribution (“…,” Pruitt, the attorney general, said), after at most a
  // few title words ("panel Chairman Rep. Jason Chaffetz said").
  if (!who || who === 'CONJOINED' || !attributes(text, content.text, tail.slice(0, cueSentenceEnd), k, j, who)) return null;
  return { j, who };
}

/** “…”. The player added: “…”: whether the cue at `j` introduces the quotation `next` instead: before
 *  a colon, or before a comma when the quotation `p` closed a sentence of narration (`closed`: "… because
 *  “A.” Holt says, “B.”"), not one standing alone (“A.” Holt says, “B.”). */
function introducesNext(w: QuotedWords, p: QuotedPassage, next: QuotedPassage, tail: Token[], j: number, closed: boolean): boolean {
  const { text } = w;
  const introducer = tail[j + 1]?.text === ':' || (tail[j + 1]?.text === ',' && closed && /\S/u.test(text.slice(w.sentence.start, p.start)));
  return introducer && /^\s*$/u.test(text.slice(tail[j + 1]!.end, next.start));
}

/** The quote of passage `p` that the cue found after it attributes to its speaker. */
function attributedQuote(
  w: QuotedWords,
  layout: Layout,
  p: QuotedPassage,
  next: QuotedPassage | undefined,
  { tail, k, sentenceEnd }: WordsAfter,
  { j, who }: AttributingCue,
  speakers: SpeakerFinder,
): QuoteDraft {
  const { text, content } = w;
  const cue = spanOf(tail[j]!);
  // “A,” he said, “B.”: one quote spanning the interruption; “A,” he said, adding, “B.” is two.
  const resumed = next && resumes(text, p, next, tail[j]!.end) ? next : undefined;
  // “…,” as X said: the quotation alone is X's; the narration before it is not.
  const start = (opensWithAs(wordsBeforeSpeaker(tail, k, j, who)) ? null : reportedLead(text, w.sentence.start, p.start)) ?? content.start;
  // “Only you,” she said, would use the ferry: the sentence goes on after the attribution unquoted.
  const goesOn = resumed ? null : unquotedResumption(text, content.text, tail, k, j, sentenceEnd);
  // “…,” Holt said at the meeting, according to the Gazette: the Gazette reports the quotation and its attribution.
  const relay = relayedThrough(text, layout, cue, who, speakers);
  const q = passageQuote(w, relay?.source ?? who, cue, false, resumed ? resumed.inner.end : (goesOn?.end ?? content.end), start);
  if (resumed) addGap(text, q, { start: content.end, end: resumed.inner.start });
  if (goesOn) {
    addGap(text, q, { start: content.end, end: goesOn.start });
    q.kind = 'MIXED';
  }
  return relay && !resumed && !goesOn ? relayedQuotation(text, q, relay) : q;
}

/** “…,” Holt said, according to the Gazette: the source the attribution came through, which reports it, or null. */
function relayedThrough(text: string, layout: Layout, cue: TextSpan, who: SpeakerSurface, speakers: SpeakerFinder): Relay | null {
  const cueSentence = spanAt(layout.sentences, cue.start);
  return cueSentence ? relayedSource(text, cueSentence, tokenize(text, cueSentence.start, cueSentence.end), speakers, Math.max(cue.end, who.end)) : null;
}

/** The index of the stop (or opening quote mark) that ends the sentence of the cue at `j` in
 *  `tail`, or the tail's length. */
function sentenceStopAfter(tail: Token[], j: number): number {
  for (let n = j + 1; n < tail.length; n++) if (endsSentence(tail, n)) return n;
  return tail.length;
}

/** A stop or an opening quote mark at `n`, not a title's period ("Mr."). */
const endsSentence = (tail: Token[], n: number) =>
  /^[.!?“"«]$/u.test(tail[n]!.text) && !(tail[n]!.text === '.' && PERSON_TITLES.has(tail[n - 1]?.text.toLowerCase() ?? ''));

/** The index of the first cue word after the quotation's close (the token at `k`), before the
 *  sentence ends or another quotation opens, or -1. */
function cueAfter(tail: Token[], k: number): number {
  for (let j = k; j < Math.min(tail.length, k + 32); j++) {
    // "Rep. Jane Doe (D-Md.) said": a short aside in brackets, with its abbreviation periods, ends nothing.
    if (tail[j]!.text === '(') {
      const close = tail.slice(j + 1, j + 8).findIndex((t) => t.text === ')');
      if (close >= 0) {
        j += close + 1;
        continue;
      }
    }
    if (endsSentence(tail, j)) return -1;
    // "a nurse, who asked not to be named, told Reuters": the relative clause's verb is not the cue.
    if (quotationCueLemma(tail[j]!.text, tail[j + 1]?.text) && !/^(who|which)$/iu.test(tail[j - 1]?.text ?? '')) return j;
  }
  return -1;
}

/** Whether the words from the quotation's close (the token at `k`) to the cue at `j`, with its
 *  speaker `who`, are the quotation's attribution, not narration of their own. */
function attributes(text: string, content: string, tail: Token[], k: number, j: number, who: SpeakerSurface): boolean {
  const lead = wordsBeforeSpeaker(tail, k, j, who);
  // “… optics.” (Mr. Holt has pleaded not guilty.): a bracket opening after the quotation holds a
  // sentence of its own, not an attribution ("(she said)" is one: its cue ends the aside).
  if (tail[k]?.text === '(' && tail[j + 1] && tail[j + 1]!.text !== ')') return false;
  // “Arrogant,” features a Times report: a word before the speaker that is no title or article
  // opens a clause of its own.
  if (j > k && !opensWithAs(lead) && !isAppositionBefore(lead) && (lead.length > 4 || lead.some((t) => /^[,;:]$/u.test(t.text) || isNarrationWord(t.text))))
    return false;
  // Without a comma after the quotation (“Keepin’ It Real” radio program who said …), only a
  // name or pronoun right after it can be its speaker. (A quotation within it may close with it,
  // its comma inside both: “He said, ‘You’re fired,’” the driver recalled.)
  if (k === 0 && !/[,.!?…][’'"”]?$/u.test(content.trimEnd()) && (lead.length > 0 || who.kind === 'NOMINAL')) return false;
  // In British style the full stop follows the marks: “… her party”. He told …
  const stopAfter = k === 1 && tail[0]!.text === '.';
  // “… Our Time.” She sang …: after a full stop a capitalised pronoun opens a new sentence.
  if ((stopAfter || /[.!?]$/u.test(content.trimEnd())) && j > k && /^(He|She|They|We|I|It)$/u.test(tail[k]!.text)) return false;
  // “… coal base.” While growers welcomed the plan, …: nor does a subordinate clause opening one.
  if ((stopAfter || /[.!?]$/u.test(content.trimEnd())) && j > k && opensClauseBefore(tail[k]!.text)) return false;
  // “… policy.” The network said it would …: after a full stop, a cue with content of its own starts a new sentence.
  return !((stopAfter || /\.$/u.test(content.trimEnd())) && j > k && tail[j + 1] && isClause(text.slice(tail[j + 1]!.start, tail[tail.length - 1]!.end)));
}

/** A capitalised subordinator opening a clause set before its sentence's main clause ("While", "After"). */
const OPENING_SUBORDINATOR = new RegExp(`^(?:${OPENING_SUBORDINATORS}|after|before|as)$`, 'iu');
const opensClauseBefore = (word: string) => /^\p{Lu}/u.test(word) && OPENING_SUBORDINATOR.test(word);

/** The words between the quotation's close (the token at `k`) and the speaker of the cue at `j`. */
const wordsBeforeSpeaker = (tail: Token[], k: number, j: number, who: SpeakerSurface) => tail.slice(k, j).filter((t) => t.end <= who.start);

/** “…,” the company's director, Paul Wen, said: a description set off before the speaker's name. */
function isAppositionBefore(lead: Token[]): boolean {
  const words = lead.slice(0, -1);
  return (
    lead[lead.length - 1]?.text === ',' &&
    words.length >= 2 &&
    words.length <= 6 &&
    /^(the|a|an|its|his|her|their)$/iu.test(words[0]!.text) &&
    words.every((t) => /^[\p{L}’'-]+$/u.test(t.text) && !isFiniteVerb(t.text))
  );
}

/** “…,” as Eric Garner said: "as" may open the attribution. */
const opensWithAs = (lead: Token[]) => lead.length === 1 && /^as$/iu.test(lead[0]!.text);

/** Whether the passage `next` resumes the quotation `p` after an attribution ending at `cueEnd`:
 *  “A,” he said, “B.”, but not “A,” he said, adding, “B.”. */
function resumes(text: string, p: QuotedPassage, next: QuotedPassage, cueEnd: number): boolean {
  const interruption = text.slice(cueEnd, next.start);
  // (“A” — she said on Monday — “and B.”: set off by dashes, as by commas)
  // (“A,” she said — pausing — “b.”: an aside after the cue set off by dashes, or a dash alone)
  const dashed = (/^[,\s]*[—–-]/u.test(text.slice(p.end, cueEnd)) || /^\s*[—–-]/u.test(interruption)) && /[—–-]\s*$/u.test(interruption);
  // A longer account of where and when (“…,” she said at a meeting that ran past midnight, “and …”)
  // when the quotation goes on in lower case, as one sentence.
  const limit = /^\s*\p{Ll}/u.test(text.slice(next.inner.start, next.inner.end)) ? 100 : 40;
  return (
    next.firstBlock === p.lastBlock &&
    interruption.trim().length <= limit &&
    (/[,:]\s*$/u.test(interruption) || dashed) &&
    !tokenize(interruption).some((t, n, all) => cueLemma(t.text) && !cueNounAt(all, n))
  );
}

/** “…,” she said, would use …: after a quotation closing on a comma and an attribution "X said,", the
 *  rest of the sentence when it goes on in lower case with a verb, a modal, "that" or "from" (not a
 *  participle of the speaker's: “…,” he said, smiling / dressed in black), or null. */
function unquotedResumption(text: string, content: string, tail: Token[], k: number, j: number, sentenceEnd: number): TextSpan | null {
  const first = tail[j + 2];
  if (j <= k || !/,$/u.test(content.trimEnd()) || tail[j + 1]?.text !== ',' || !first || first.start >= sentenceEnd) return null;
  const w = first.text;
  const clause = /^(that|from)$/u.test(w) || isModal(w) || (/^\p{Ll}/u.test(w) && isFiniteVerb(w) && !cueLemma(w) && !/(ing|ed)$/u.test(w));
  return clause ? trimmed(text, first.start, sentenceEnd) : null;
}

/** A lower-case word that is neither an article nor a title word ("features", not "panel chairman"). */
const isNarrationWord = (word: string) => /^\p{Ll}/u.test(word) && !isArticle(word) && !isTitleWord(word);

/** "The plan sends a message that taxes ''will rise,'' Kamin said": a quotation that closes a
 *  sentence of narration-free words is part of what the trailing attribution reports (not after a
 *  dash or a bracket that sets it off: "Neither man was moved - ''It will sink,'' Reed said"). */
function reportedLead(text: string, sentenceStart: number, markStart: number): number | null {
  const lead = tokenize(text, sentenceStart, markStart);
  const words = lead.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 3 || lead.some((t) => cueLemma(t.text) || /^[:;“”"«»]$/u.test(t.text))) return null;
  if (dashAt(lead, lead.length - 1) || lead[lead.length - 1]?.text === '(') return null;
  return trimmed(text, sentenceStart, markStart)?.start ?? null;
}

/** “…” — Ann Holt, “…” — Holt: the name after a dash at token `k` that signs a quotation. */
export function dashSignature(tail: Token[], k: number, speakers: SpeakerFinder): SpeakerSurface | null {
  if (!/^[—–―‒-]$/u.test(tail[k]?.text ?? '')) return null;
  const named = speakers.phraseEndingAt(tail, k + 1);
  return named?.kind === 'NAME' ? named : titledNameAfterDash(tail, k, speakers);
}

/** “…” — Defence Minister Ann Holt: a name after capitalised title words signs the quotation. */
function titledNameAfterDash(tail: Token[], dash: number, speakers: SpeakerFinder): SpeakerSurface | null {
  for (let m = dash + 1; m < Math.min(tail.length, dash + 6) && /^\p{Lu}[\p{L}.]*$/u.test(tail[m]!.text); m++) {
    const name = speakers.nameAt.get(tail[m]!.start);
    if (name) return name.entity.type === 'PERSON' ? speakers.surface(name.start, name.end, 'NAME', name.entity.id) : null;
  }
  return null;
}
