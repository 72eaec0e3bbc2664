// The narration around a quotation and its attribution: “A,” X told a meeting being held in a
// church. — what follows the cue of a quotation opening its sentence is no second content of that
// cue; a quotation a colon sets after reported words, attributed on its own, ends the report; and
// a quotation that is all a cue reports ends before the narration goes on.
import { cueLemma, SPEECH_NOUNS } from './cues.js';
import { isBeParticiple, isFiniteAuxiliary, isFiniteVerb, isVerbForm, mayBePresentInS, finiteVerbWithin, thatOpensClause } from './lexicon.js';
import { trimmed, type QuoteDraft } from './quote-draft.js';
import { isOpeningQuoteMark } from './quote-mark-tokens.js';
import { spanAt, type SpanSet } from './span-index.js';
import type { Token } from './tokens.js';
import type { Layout, TextSpan } from './types.js';

/** ‘argued that the town had lost its patience: “This place is done with excuses,” she told the crowd’: a
 *  quotation a colon sets after reported words, with an attribution of its own after it, is its
 *  own quote; the reported content ends at the colon. */
export function cutAtOwnQuotation(text: string, q: QuoteDraft, directs: SpanSet<QuoteDraft>): void {
  let own: QuoteDraft | undefined;
  const closesContent = (d: QuoteDraft) => d.start > q.start && d.end <= q.end && /^[\s”"’».,!?]*$/u.test(text.slice(d.end, q.end));
  if (!directs.some(q, (d) => !!(own = closesContent(d) && d.cue && d.cue.start >= q.end ? d : undefined))) return;
  const before = /:\s*[“"‘«]?\s*$/u.exec(text.slice(q.start, own!.start));
  const rest = before ? trimmed(text, q.start, q.start + before.index) : null;
  if (rest) Object.assign(q, rest);
}

/** “A,” Whitman told a town hall meeting being held in a church hall.: the cue of a quotation opening its
 *  sentence has that quotation for content; words after the cue are narration, no second content
 *  of it (but ‘“A,” they wrote, that B’ goes on with the quotation's own clause). */
export function cuesOfOpeningQuotations(layout: Layout, direct: QuoteDraft[]): Set<number> {
  // (A quotation of two sentences or more opens the first, and its cue stands in the last.)
  const opening = (d: QuoteDraft, cue: TextSpan) => {
    const sentence = spanAt(layout.sentences, d.start);
    const last = spanAt(layout.sentences, Math.max(d.start, d.end - 1));
    // (“All the way!” Holt shouted, …: a quotation ending in "!" or "?" ends its sentence before the cue.)
    const cried = !!last && /[!?][”"’»]*$/u.test(layout.text.slice(d.start, last.end).trimEnd()) && !/[.!?;:“"]/u.test(layout.text.slice(last.end, cue.start));
    return !!sentence && !!last && (cue.end <= last.end || cried) && /^[\s“"‘'«]*$/u.test(layout.text.slice(sentence.start, d.start));
  };
  return new Set(direct.flatMap((d) => (d.kind === 'DIRECT' && d.cue && d.end <= d.cue.start && opening(d, d.cue) ? [d.cue.start] : [])));
}

const NARRATED_TIME = /^(?:as|while|when|before|after|until|once)$/iu;
const PARTICIPLE_NEXT = /^(?:by|as|at|in|on|out|up|down|with|from|into|over|around)$/iu;
const ANSWERING = /\b(?:answering|responding to|replying to) (?:a|the|one|another) questions?\b/iu;

/** Narration after a cue, as its second content: words that name no other speech (‘when asked
 *  whether …’, ‘after hinting that …’, ‘needing to mention …’ report more) and say nothing of their
 *  own (‘…, and a big reason was …’ is a clause: left as found), opening with no quotation or clause
 *  of the cue's (‘“A,” they wrote, that B’ goes on with the quotation). */
export function onlyNarration(text: string, q: QuoteDraft): boolean {
  // ("said in her speech that night": "that" before a time is no clause's.)
  if (/^(?:[“"‘'«]|(?:whether|if|how|why|what|which|who|when)\b)/iu.test(q.text) || thatOpensClause(q.text)) return false;
  const narration = `${text.slice(q.cue!.end, q.start)} ${q.text}`;
  const found = [...narration.matchAll(/\p{L}+/gu)];
  const words = found.map((m) => m[0]);
  // ("a meeting being held in a church": a passive participle is no clause of its own; "as the crowd
  // roared", "as the words rolled by": a clause of the time it was said in, up to its comma and
  // holding no quoted words, is narration too; "without further comment" names speech not given.)
  const timed = found.findIndex((m, i) => i > 0 && NARRATED_TIME.test(m[0]));
  const timeClause = timed < 0 ? null : /^[^,;:]*/u.exec(narration.slice(found[timed]!.index))![0];
  const timeEnd = timeClause && ![...timeClause].some(isOpeningQuoteMark) ? found[timed]!.index + timeClause.length : -1;
  const inTime = (i: number) => i > timed && found[i]!.index < timeEnd;
  const unsaid = (i: number) => words.slice(Math.max(0, i - 2), i).some((v) => /^without$/iu.test(v));
  // ("her voice drowned out by boos", "dressed as the mayor", "people gathered at the pier": a participle
  // before a preposition, with no pronoun for its subject, is no clause's verb.)
  const participle = (w: string, i: number) =>
    /\p{Ll}ed$/u.test(w) && PARTICIPLE_NEXT.test(words[i + 1] ?? '') && !/^(?:i|we|you|he|she|it|they|who)$/iu.test(words[i - 1] ?? '');
  const clauseVerb = (w: string, i: number) => isFiniteVerb(w) && !isBeParticiple(words[i - 1] ?? '') && !inTime(i) && !participle(w, i);
  // ("in her victory speech", "during an interview": the speech it was said in, no other.)
  const venue = (i: number) => words.slice(Math.max(0, i - 3), i).some((v) => /^(?:in|during)$/iu.test(v));
  // ("answering a question at a town hall": the question answered is no speech of its own.)
  const answered = (w: string, i: number) =>
    /^(?:answering|responding|replying|questions?)$/iu.test(w) && ANSWERING.test(words.slice(Math.max(0, i - 3), i + 4).join(' '));
  const speech = (w: string, i: number) => (!!cueLemma(w) || (SPEECH_NOUNS.has(w.toLowerCase()) && !inTime(i) && !venue(i))) && !unsaid(i) && !answered(w, i);
  return !words.some((w, i) => speech(w, i) || /^(?:whether|if)$/iu.test(w) || clauseVerb(w, i));
}

/** ‘He says “The farmers love me” and swears …’, ‘voters saying “the council should build homes”
 *  increased by 12 points’: a quotation right after the cue is all it reports when the speaker's
 *  next act follows ("and" with a verb of the cue's tense, no auxiliary) or, a clause quoted, the
 *  verb of the sentence the cue stands in. The index of its closing mark, or -1. */
export function quotationAloneClose(tokens: Token[], cue: number): number {
  const open = /^[,:]$/u.test(tokens[cue + 1]?.text ?? '') ? cue + 2 : cue + 1;
  if (!/^[“"]$/u.test(tokens[open]?.text ?? '')) return -1;
  const close = tokens.findIndex((t, n) => n > open && /^[”"]$/u.test(t.text));
  if (close < 0) return -1;
  const after = tokens[close + 1]?.text === ',' ? close + 2 : close + 1;
  const next = tokens[after]?.text ?? '';
  if (/^(and|but)$/u.test(next)) {
    const verb = tokens[after + 1]?.text ?? '';
    // ("says … and swears": the lexicon may know a present in -s as a plural only.)
    const present = /s$/u.test(tokens[cue]!.text) && mayBePresentInS(verb);
    // (An auxiliary may go on with what was said: "… and would not elaborate" may be either's.)
    return (isVerbForm(verb) || present) && !isFiniteAuxiliary(verb) ? close : -1;
  }
  const quotedClause = finiteVerbWithin(tokens, open + 1, close);
  return quotedClause && after === close + 1 && isVerbForm(next) && !isFiniteAuxiliary(next) && !cueLemma(next) ? close : -1;
}
