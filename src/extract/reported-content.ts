// What a cue whose speaker stands before it reports: the clause after it ("X said (that) …"), or the
// sentence around it when the attribution is set off by commas ("The plan, she said, will fail");
// with no clause after the cue, the words before it (speech-before-cue.ts). Whether the words are
// what was said: what-was-said.ts; cues sure only with a clause: phrase-only-cues.ts; verbs of
// belief: believed-clauses.ts; the quote within its frame: framed-quotes.ts.
import { appealsThrough } from './phrasal-cues.js';
import { INFINITIVE_VERBS, NAMING_VERBS } from './cues.js';
import { nounPhraseOnly } from './clauses.js';
import { withoutSpeechEvent, withoutTrailingVenue } from './speech-venues.js';
import type { SpeakerSurface } from './name-index.js';
import { draft, trimmed } from './quote-draft.js';
import type { Report, ReportingCue, ReportSentence } from './reporting-cues.js';
import { type ContentFrame, contentFrame } from './set-off-attribution.js';
import { reportBeforeCue } from './speech-before-cue.js';
import type { TextSpan } from './types.js';
import { extended } from './extended.js';
import { adjectiveGivenAt, givenEnd } from './named-adjectives.js';
import { isBeliefLemma } from './belief-verbs.js';
import { shortAnswer } from './short-answers.js';
import { withoutTrailingTime } from './topic-end.js';
import { workNamedOnly } from './written-works.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { opensWithInfinitive } from './to-infinitives.js';
import { isShareOfGroup } from './poll-shares.js';
import { takenAsPhraseOnly } from './phrase-only-cues.js';
import { isWhatWasSaid } from './what-was-said.js';
import { believedClause } from './believed-clauses.js';
import { framedQuote } from './framed-quotes.js';

/** A content that only points back at what was said: "this", "so", "these views", "the same". */
const REFERS_BACK =
  /^(this|so|these|those|such|the same)(\s+(view|views|remarks|comments|words|sentiments|thoughts|opinion|opinions|things|points))?(?=$|[,.;:]|\s+(while|when|during|at|in|on|after|before|as|to|from|via|through|and|but)\b)/iu;

/** The quote of a cue with its speaker before it; `conjoined`: the speaker is shared with what the sentence said before. */
export function reportAfterCue(s: ReportSentence, cue: ReportingCue, speaker: SpeakerSurface, conjoined: boolean): Report | null {
  const frame = contentFrame(s, cue, speaker, conjoined);
  const { content, answer, given } = contentAfterCue(s, cue, frame);
  if (isBeliefLemma(cue.lemma)) return believedClause(s, cue, speaker, conjoined, frame, content);
  // "She said this while addressing …", "expressed these views at …", "said so in a statement": words
  // standing for speech reported before are no content of their own.
  // ("after half said so in the spring survey", "48 percent said the same": a share of a poll's
  // respondents answers the question the words stand for, which is what the poll found.)
  const refersBack = content && !frame.parenthetical ? REFERS_BACK.exec(content.text) : null;
  if (content && refersBack) {
    if (!isShareOfGroup(s.text, s.sentence.start, speaker)) return null;
    const answered = { start: content.start, end: content.start + refersBack[0].length, text: refersBack[0] };
    return { quote: draft(answered, cue.span, speaker, conjoined, s.sentence) };
  }
  if (!content) return reportBeforeCue(s, cue, speaker, conjoined, frame.opening);
  const r = readContent(s, cue, speaker, frame, content, answer, given);
  const phraseOnly = takenAsPhraseOnly(r);
  if (r.calledFor) return asksNothing(r) ? null : { quote: extended(draft(content, cue.span, speaker, false, s.sentence), { phraseOnly }) };
  if (isWhatWasSaid(r))
    return { quote: framedQuote(s, cue, speaker, conjoined, frame, objectWithoutTime(s.text, content), phraseOnly || workNamed(r)), holds: content };
  return reportBeforeCue(s, cue, speaker, conjoined, frame.opening);
}

/** The words after a cue its frame holds: trimmed of a venue and the occasion of the speech, cut at
 *  a short answer or at the adjective a naming verb gives its object. */
function contentAfterCue(s: ReportSentence, cue: ReportingCue, frame: ContentFrame): { content: TextSpan | null; answer: TextSpan | null; given: number } {
  const { text, tokens } = s;
  const { lemma } = cue;
  const { from, to, parenthetical } = frame;
  const whole = from < to ? withoutSpeechEvent(text, lemma, trimmed(text, from, withoutTrailingVenue(text, from, to))) : null;
  // "64 per cent said yes": a one-word answer is said, and ends there.
  const answer = whole && !parenthetical ? shortAnswer(text, lemma, whole) : null;
  // "called the return good and the point was replayed": what the object was called ends at its adjective.
  const given = NAMING_VERBS.has(lemma) ? adjectiveGivenAt(tokens, cue.at) : -1;
  const givenTo = given > 0 ? givenEnd(tokens, given) : -1;
  const content = answer ?? (whole && givenTo > 0 ? (trimmed(text, whole.start, Math.min(whole.end, tokens[givenTo]!.end)) ?? whole) : whole);
  return { content, answer, given };
}

/** A cue's content read once for the tests of what it reports. */
export interface ContentRead {
  s: ReportSentence;
  cue: ReportingCue;
  speaker: SpeakerSurface;
  frame: ContentFrame;
  content: TextSpan;
  /** "64 per cent said yes": a one-word answer */
  answer: TextSpan | null;
  /** where the adjective a naming verb gives its object stands ("called the return good"), or -1 */
  given: number;
  /** "that" opens the content, or ends the words before it */
  afterThat: boolean;
  /** "agreed to pay", not "agreed to a ceasefire" nor "its warning to Wales" (to-infinitives.ts) */
  infinitive: boolean;
  /** "called for", "appealed to": the cue asks for something */
  calledFor: boolean;
}

function readContent(
  s: ReportSentence,
  cue: ReportingCue,
  speaker: SpeakerSurface,
  frame: ContentFrame,
  content: TextSpan,
  answer: TextSpan | null,
  given: number,
): ContentRead {
  const { text, tokens } = s;
  const { from } = frame;
  const afterThat = /^that\s/iu.test(text.slice(from, from + 5)) || /\bthat\s*$/iu.test(text.slice(Math.max(0, from - 6), from));
  const infinitive = INFINITIVE_VERBS.has(cue.lemma) && opensWithInfinitive(content, s.speakers);
  const calledFor = appealsThrough(cue.lemma, tokens[cue.at + 1]?.text ?? '');
  return { s, cue, speaker, frame, content, answer, given, afterThat, infinitive, calledFor };
}

/** "wrote a book about Velmora": a work named is no speech; one that carries a message is (written-works.ts). */
function workNamed({ s, cue, frame, content, afterThat }: ContentRead): boolean {
  const { tokens } = s;
  return (
    cue.lemma === 'write' &&
    !afterThat &&
    !frame.parenthetical &&
    workNamedOnly(tokens, firstStartingAtOrAfter(tokens, content.start), firstStartingAtOrAfter(tokens, content.end))
  );
}

/** "pleaded with officers": a listener with nothing asked of them. */
const asksNothing = ({ s, cue, content }: ContentRead) => /^with$/iu.test(s.tokens[cue.at + 1]!.text) && !/\bto\s+\p{Ll}/u.test(content.text);

/** A noun phrase reported without the time closing it, which dates the act, not what was said:
 *  "announced her candidacy in June 2015", "stated his intention to run on Wednesday"; a clause keeps
 *  its time ("said the plant closed in March"). */
function objectWithoutTime(text: string, content: TextSpan): TextSpan {
  // ("says she’ll go on later this week": a pronoun opens a clause the lexicon may not parse.)
  if (/^(that|to|i|you|he|she|it|we|they)\b/iu.test(content.text)) return content;
  const end = withoutTrailingTime(text, content.start, content.end);
  // (Read without the time: "praised Tom Reed in the last two debates" has no verb in "debates"; a
  // gerund keeps it as its own occasion: "accused him of misleading them in interviews".)
  const before = text.slice(content.start, end);
  if (!nounPhraseOnly(content.text) && (!nounPhraseOnly(before) || /\p{Ll}ing\b/u.test(before))) return content;
  // ("predicted two more rate rises next year": a time to come is what was foretold.)
  if (end === content.end || /\bnext\b/iu.test(text.slice(end, content.end))) return content;
  return trimmed(text, content.start, end) ?? content;
}
