// Speech whose content is a topic or an object, not a clause: "spoke about the flooding", "complained
// about his microphone", "went on to discuss recent polls", "criticized the council", "endorsed Ann
// Holt", "apologized for his remarks". What was said is the phrase: after the preposition of a topic
// ("spoke of her early years"), or the verb's object ("mocked his rival for his age"). Such verbs do
// other things too ("addressed the crowd", "attacked the convoy", "spoke on the phone"): only a
// subject that speaks (topic-speakers.ts), doing an act of its own (own-acts.ts), and an object that
// can be spoken of (spoken-of.ts) make them speech.
import { cueLemma } from './cues.js';
import { contentEnd } from './content-end.js';
import { isFiniteVerb } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import { reducedRelativeEnd, relativeClauseClose, restrictiveRelativeEnd } from './relative-clause-ends.js';
import type { ReportingCue, ReportSentence } from './reporting-cues.js';
import type { TextSpan } from './types.js';
import { endsInPlural } from './speaker-words.js';
import { withoutSpeechEvent, withoutTrailingVenue } from './speech-venues.js';
import { extended } from './extended.js';
import { describesInvertedSpeaker } from './inverted-speaker-clauses.js';
import { phraseEnd, withoutMargin, withoutPartner, withoutTrailingTime, withoutVoteOccasion } from './topic-end.js';
import { topicStart, topicVerbLemma } from './topic-verbs.js';
import { givesName, nameGivenAt } from './names-given.js';
import { isOpeningQuoteMark } from './quote-mark-tokens.js';
import { ownAct, sharedAct } from './own-acts.js';
import { speaks } from './topic-speakers.js';
import { MAKING_PUBLIC, spokenOf } from './spoken-of.js';
import { opensTopicAt } from './topic-nouns.js';

/** Subjects of two or more sides: "the two", "both leaders", "Lee and Holt". */
const JOINT = /^(the two|both)\b|\band\b/iu;

/** Verbs that give, explain or make public a thing said ("offered", "explained", "released", "unveiled"). */
const WORDS_GIVEN = new Set(['offer', 'explain', ...MAKING_PUBLIC]);

/** Verbs of a stance taken in a poll or a vote, whose margin may follow their object. */
const STANCES = new Set(['support', 'back', 'endorse', 'oppose', 'vote']);
/** A topic quote for the cue `cue`, whose speaker stands before it or is shared with the clause
 *  before (`conjoined`), or null when it is no speech. */
export function topicSpeech(s: ReportSentence, cue: ReportingCue, speaker: SpeakerSurface, conjoined: boolean): QuoteDraft | null {
  const { tokens, text, sentence } = s;
  if (cue.possessed || cue.light) return null;
  const lemma = topicVerbLemma(tokens[cue.at]!.text) ?? cueLemma(tokens[cue.at]!.text) ?? cue.lemma;
  const from = topicOpening(s, cue, speaker, conjoined, lemma);
  if (from < 0) return null;
  // ("refers to the islands as Chinese bases": the name given runs on past "as", which opens no clause there.)
  const named = lemma === 'refer' || givesName(lemma) ? nameGivenAt(tokens, cue.at, lemma) : -1;
  const content = topicContent(s, lemma, from, named, topicReach(s, cue, speaker, conjoined, from));
  // (The thing named is what is spoken of, not the name: "as Chinese bases".)
  if (!content || !spokenOf(s, from, named > 0 ? tokens[named]!.start : content.end, lemma)) return null;
  // ("offered a blunt assessment of the levy": the noun's own topic is what topic-nouns.ts reports.)
  if (lemma === 'offer' && tokens.some((t, n) => n >= from && t.end <= content.end && opensTopicAt(tokens, n))) return null;
  // ("did not unveil plans", "did not offer details", "could not explain the website": words withheld,
  // as speech declined is, are none given.)
  if (cue.negated && WORDS_GIVEN.has(lemma)) return null;
  // ("has not endorsed a candidate", "did not mention a name": denied of anything of its kind, nothing is spoken of.)
  if (cue.negated && /^(a|an)$/iu.test(tokens[from]!.text)) return null;
  // "The two discussed trade", "Lee and Holt discussed …": a meeting's readout of what its sides
  // talked over, no one's words.
  const joint = JOINT.test(speaker.text) || /\band\s*$/iu.test(text.slice(sentence.start, speaker.start)) || endsInPlural(speaker.text);
  if (lemma === 'discuss' && (speaker.kind === 'PRONOUN' ? /^(they|we)$/iu.test(speaker.text) : joint)) return null;
  return extended(draft(content, cue.span, speaker, false, sentence), { topic: true });
}

/** The index of the word the topic opens at, when the cue is its subject's own act and the subject
 *  speaks, or -1. */
function topicOpening(s: ReportSentence, cue: ReportingCue, speaker: SpeakerSurface, conjoined: boolean, lemma: string): number {
  const { tokens, sentence } = s;
  if (!ownAct(tokens, cue.at, lemma, speaker.end) || (conjoined && !sharedAct(s, cue.at, speaker))) return -1;
  // ("…,” said Tom Rath, who had endorsed Ann Holt": who the speaker is, no second report.)
  if (describesInvertedSpeaker(tokens, cue.at)) return -1;
  const from = topicStart(tokens, cue.at, lemma);
  // “…”: a quoted title is no topic of its own ("talked about “Collapse”").
  if (from < 0 || isOpeningQuoteMark(tokens[from]!.text) || !speaks(s, speaker, lemma)) return -1;
  // "Flight attendants' union endorses Clinton": a headline's description is named in the story below,
  // where "the union" should find the name, not the headline's words.
  if (sentence.index < 0 && speaker.kind !== 'NAME') return -1;
  return from;
}

/** How far the topic opening at `from` may reach: to the close of a relative clause on the speaker,
 *  to the main clause's verb, or to where the content of a cue there would end. */
function topicReach(s: ReportSentence, cue: ReportingCue, speaker: SpeakerSurface, conjoined: boolean, from: number): number {
  const { tokens, sentence } = s;
  // "Summers, who has criticised the Fed for moving too slowly, said …": a relative clause set off on
  // its speaker ends at its closing comma.
  // (Not "Laura, who spoke of talks with the director, Lonnie Bunch": the comma closes the clause only
  // where the main clause's verb follows.)
  const relativeClose = relativeClauseClose(tokens, cue.at, speaker.start);
  const closesClause = relativeClose > from && isFiniteVerb(tokens[relativeClose + 1]?.text ?? '');
  // ("Parents who complained about the noise said …": without commas, up to the main clause's verb.)
  // ("A group backing Ann Holt spent …": a participle right after the subject, up to the main clause's verb.)
  const relativeEnd = closesClause ? -1 : restrictiveRelativeEnd(tokens, cue.at, speaker.start);
  const restrictive = relativeEnd < 0 && !closesClause && !conjoined ? reducedRelativeEnd(tokens, cue.at, speaker.end) : relativeEnd;
  return closesClause ? tokens[relativeClose]!.start : restrictive > from ? tokens[restrictive]!.start : contentEnd(tokens, from - 1, sentence.end);
}

/** The phrase spoken of, from `from` (or the name given at `named`) up to `reach`, without a time, a
 *  margin, a partner in talks, a vote's occasion, a venue or the occasion of the speech after it. */
function topicContent(s: ReportSentence, lemma: string, from: number, named: number, reach: number): TextSpan | null {
  const { tokens, text } = s;
  const phrase = withoutTrailingTime(text, tokens[from]!.start, phraseEnd(tokens, named > 0 ? named : from, reach));
  // ("backed Ann Holt, 57 percent to 22 percent": by how much a stance was taken is no part of what it was on.)
  const stance = STANCES.has(lemma) ? withoutMargin(text, tokens[from]!.start, phrase) : phrase;
  const end =
    lemma === 'discuss'
      ? withoutPartner(text, tokens[from]!.start, phrase)
      : lemma === 'vote'
        ? withoutVoteOccasion(text, tokens[from]!.start, stance)
        : stance;
  return withoutSpeechEvent(text, lemma, trimmed(text, tokens[from]!.start, withoutTrailingVenue(text, tokens[from]!.start, end)));
}
