// What a cue whose speaker stands before it reports: the clause after it ("X said (that) …"), or the
// sentence around it when the attribution is set off by commas ("The plan, she said, will fail");
// with no clause after the cue, the words before it (speech-before-cue.ts).
import { appealsThrough, DOCUMENT_NOUNS, INFINITIVE_VERBS, LISTENER_VERBS, NAMING_VERBS } from './cues.js';
import { hasClause, isClause, nounPhraseOnly, subjectAndPastVerb } from './clauses.js';
import { withoutSpeechEvent, withoutTrailingTimes, withoutTrailingVenue } from './speech-venues.js';
import { isFiniteVerb, isFunctionWord, thatOpensClause } from './lexicon.js';
import { isTitleWord, namesPersons } from './phrase-heads.js';
import type { SpeakerSurface } from './name-index.js';
import { addGap, draft, trimmed, type QuoteDraft } from './quote-draft.js';
import { lastWord, SPEAKER_NOUNS } from './speaker-words.js';
import { openAtRelativePronoun } from './relative-speech.js';
import type { Report, ReportingCue, ReportSentence } from './reporting-cues.js';
import { type ContentFrame, contentFrame, openingCondition } from './set-off-attribution.js';
import { reportBeforeCue } from './speech-before-cue.js';
import type { TextSpan } from './types.js';
import { extended } from './extended.js';
import { noContentAfterComma } from './after-cue-comma.js';
import { adjectiveGivenAt, givenEnd } from './named-adjectives.js';
import { beliefClause, isBeliefLemma, takesInfinitive } from './belief-verbs.js';
import { shortAnswer } from './short-answers.js';
import { withoutTrailingTime } from './topic-end.js';
import { workNamedOnly } from './written-works.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { opensWithInfinitive } from './to-infinitives.js';
import { isShareOfGroup } from './poll-shares.js';

/** A content that only points back at what was said: "this", "so", "these views", "the same". */
const REFERS_BACK =
  /^(this|so|these|those|such|the same)(\s+(view|views|remarks|comments|words|sentiments|thoughts|opinion|opinions|things|points))?(?=$|[,.;:]|\s+(while|when|during|at|in|on|after|before|as|to|from|via|through|and|but)\b)/iu;

/** Cue verbs that often mean something else ("accused him of", "charged a fee", "claimed the title",
 *  "reported a profit", "answered the charge", "maintained their lead", "dismissed 200 workers"). */
const CLAUSE_ONLY = new Set([
  'maintain',
  'indicate',
  'claim',
  'answer',
  'report',
  'accuse',
  'charge',
  'post',
  'signal',
  'agree',
  'dismiss',
  'explain',
  'promise',
]);

/** "cited the firm for safety lapses", "cited him for contempt": a citation issued to someone, a summons
 *  or an honour, where "cited the falling crime rate", "cited a study" and "cited his support for the
 *  levy" put forward what was cited. */
function citationIssued(lemma: string, content: string): boolean {
  const cited = lemma === 'cite' ? /^(.+?)\s+for\s/u.exec(content)?.[1] : undefined;
  if (!cited) return false;
  const words = cited.split(/\s+/u);
  const head = words.at(-1)!;
  const named = words.every((w) => /^\p{Lu}/u.test(w));
  return (
    words.length <= 4 && (/^(him|her|them|us)$/u.test(cited) || named || (/^(the|its|their)$/u.test(words[0]!) && (CITED.test(head) || namesPersons(head))))
  );
}
/** Bodies a citation is issued to. */
const CITED =
  /^(company|companies|firm|firms|operator|operators|owner|owners|employer|employers|plant|airline|hospital|school|club|agency|administration|department|government|crew|unit)$/u;

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
interface ContentRead {
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

/** "accused X of lying", "cited a report", "called for a moratorium": these verbs report speech
 *  for sure only with a clause for content; with a noun phrase the quote is kept but unsure. */
function takenAsPhraseOnly({ s, cue, speaker, content, afterThat, infinitive, calledFor }: ContentRead): boolean {
  const { lemma } = cue;
  // "accused the GOP of stoking the issue", "accused the council of negligence": whom one accuses and
  // of what is an accusation, whatever follows "of".
  const accusedOf = lemma === 'accuse' && ACCUSED_OF.test(content.text);
  // "Protesters called for his dismissal" is a demand; "the plan calls for 200 homes" is none; an
  // appeal for something is always asked for ("Police appealed for calm").
  const demand = (lemma === 'call' && /^for$/iu.test(s.tokens[cue.at + 1]!.text) && demandsSpeaker(speaker)) || lemma === 'appeal';
  return (
    (calledFor || CLAUSE_ONLY.has(lemma) || citationIssued(lemma, content.text)) &&
    !afterThat &&
    !infinitive &&
    !accusedOf &&
    !demand &&
    nounPhraseOnly(content.text)
  );
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

/** Whether the content is what was said: a clause (or, after "that" or a to-infinitive, two words or
 *  more), what one is asked about; not a listener's name, a speaker described, nor a time after "that". */
function isWhatWasSaid(r: ContentRead): boolean {
  const { s, cue, content, afterThat, infinitive } = r;
  const { text } = s;
  // "told the weekly Welt am Sonntag": a name alone is a listener, whatever words it holds.
  const nameAlone = (s.speakers.nameAt.get(content.start)?.end ?? -1) >= content.end;
  // "…, said organiser Ana Ruiz, a nurse in Tulsa": a person named, with titles or a description set
  // off after the name and no verb, is who spoke, not what was said.
  const speakerDescribed = INVERTED_CUES.has(cue.lemma) && !afterThat && describedPerson(s, content);
  // "asked both candidates about jobs": what one is asked about is what was said, a clause or not.
  const askedAbout = cue.lemma === 'ask' && /\s(about|on)\s+$/iu.test(text.slice(cue.span.end, r.frame.from));
  const words = content.text.split(/\s+/u).length;
  // ("said in her speech that night": a time is all "that" opens.)
  const thatTimeOnly = words === 2 && /^that\s/iu.test(content.text) && !thatOpensClause(content.text);
  return !nameAlone && !speakerDescribed && !thatTimeOnly && (afterThat || infinitive ? words >= 2 : makesClause(r) || askedAbout);
}

/** Whether the content makes a clause of what was said: an object and the quoted name it was given, a
 *  short answer, the words around an attribution set off, or a clause after the cue as its verb allows. */
function makesClause({ s, cue, speaker, frame, content, answer, given, afterThat, infinitive }: ContentRead): boolean {
  const { lemma } = cue;
  // "called it “disgraceful”": an object and the quoted name it was given report speech, short as they are.
  const named = NAMING_VERBS.has(lemma) && (quotedEpithet(content.text) || given > 0);
  if (named || answer) return true;
  if (frame.parenthetical) return interruptedWordsMakeClause(s, frame, speaker);
  return (
    !noContentAfterComma(s.text.slice(cue.span.end, content.end)) &&
    // "which critics say is unfair": the relative pronoun is the subject of what was said.
    (isClause(withoutTrailingTimes(content.text)) || (frame.speakerRelative > 0 && isFiniteVerb(content.text.split(/\s+/u)[0]!))) &&
    // "told a news conference in Moscow": after a listener only a clause of its own is what was said.
    // ("adding a laughing emoji": what is added without a clause is no speech either.)
    (lemma !== 'add' || afterThat || hasClause(content.text) || subjectAndPastVerb(content.text)) &&
    (!LISTENER_VERBS.has(lemma) ||
      afterThat ||
      infinitive ||
      /^(how|why|whether|what|when)\b/iu.test(content.text) ||
      hasClause(content.text) ||
      subjectAndPastVerb(content.text))
  );
}

/** Cues that stand before their speaker after what was said: "…, said Ana Ruiz". */
const INVERTED_CUES = new Set(['say', 'write', 'add', 'tell', 'explain', 'note']);

/** Whether the words are a person's name, titles perhaps before it ("union organiser Ana
 *  Ruiz") and a description set off after it ("Ana Ruiz, a former driver"), with no verb among them,
 *  not even in a relative clause. */
function describedPerson(s: ReportSentence, content: TextSpan): boolean {
  const comma = content.text.indexOf(',');
  const nameEnd = content.start + (comma > 0 ? comma : content.text.length);
  const name = s.speakers.nameAt.get(nameEnd - 1);
  if (!name || name.end !== nameEnd || name.entity.type !== 'PERSON' || name.start < content.start) return false;
  const titles = s.text.slice(content.start, name.start).split(/\s+/u).filter(Boolean);
  const words = content.text.split(/\s+/u).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, ''));
  const titled = titles.length === 0 || (titles.length <= 4 && isTitleWord(titles.at(-1)!) && titles.every((w) => w === 'and' || !isFunctionWord(w)));
  return titled && !words.some((w) => isFiniteVerb(w)) && !/\bto\s+\p{Ll}/u.test(content.text);
}

/** "Republicans believe the ruling will help them": a belief reports a clause right after it, or
 *  one its relative pronoun opens ("a step they believe could help"), nothing else (belief-verbs.ts). */
function believedClause(
  s: ReportSentence,
  cue: ReportingCue,
  speaker: SpeakerSurface,
  conjoined: boolean,
  frame: ContentFrame,
  content: TextSpan | null,
): Report | null {
  // ("As we know, the plan failed": a clause after a comma is the narrator's.)
  if (!content || frame.parenthetical || content.start < cue.span.end || /[^\s\p{L}]/u.test(s.text.slice(cue.span.end, content.start))) return null;
  if (quotedFirstPerson(s.text, speaker, cue)) return null;
  // ("Insiders who think Rubio can win stressed the polls": a belief inside the subject's relative clause
  // has no end this can find before the sentence's own verb, whose report it would swallow.)
  if (RELATIVE_BEFORE.test(s.text.slice(Math.max(0, cue.span.start - 8), cue.span.start))) return null;
  const relative = frame.speakerRelative > 0 && isFiniteVerb(content.text.split(/\s+/u)[0]!);
  // "The council wants to sell the quay", "decided not to appeal": an intention is "to" and a verb.
  const intended = takesInfinitive(cue.lemma) && opensWithInfinitive(withoutNot(s.text, content), s.speakers);
  if (!relative && !intended && !beliefClause(content.text)) return null;
  return { quote: framedQuote(s, cue, speaker, conjoined, frame, content, false), holds: content };
}

/** The content after a "not" opening it: "not to appeal" reads as "to appeal" does. */
const withoutNot = (text: string, content: TextSpan): TextSpan => {
  const not = /^not\s+/iu.exec(content.text);
  return not ? { start: content.start + not[0].length, end: content.end, text: text.slice(content.start + not[0].length, content.end) } : content;
};

/** "who ", "that ", "which " right before the verb of belief. */
const RELATIVE_BEFORE = /\b(who|that|which)\s+$/iu;

/** "I think they will succeed" a few lines after a quote mark: a first person is more likely the one
 *  quoted, in quotations whose marks the copy lost, than the writer. */
const quotedFirstPerson = (text: string, speaker: SpeakerSurface, cue: ReportingCue) =>
  /^(i|we)$/iu.test(speaker.text) && /["“”]/u.test(text.slice(Math.max(0, cue.span.start - 300), cue.span.start));

/** An object, then a quoted name for it: "it “disgraceful”", "the plan “a disaster for the town”",
 *  "Trump’s remarks ''racist,''" (an apostrophe inside a word is no mark; two make one, as in
 *  archives typed in ASCII). */
const quotedEpithet = (content: string) => QUOTED_EPITHET.test(content.replace(WORD_APOSTROPHE, '').replace(TWO_APOSTROPHES, '"'));
const QUOTED_EPITHET = /^[^“”"‘’]{1,60}[“"‘][^“”"‘’]+[”"’][.,!?]?$/u;
const WORD_APOSTROPHE = /(?<=\p{L})[’'](?=\p{L})/gu;
const TWO_APOSTROPHES = /''/gu;

/** "the GOP of stoking the issue", "the mayor of negligence": whom one accuses, then of what. Both
 *  are what was said, as "the board for ignoring the ballot" after "criticised" and "the plan as a
 *  giveaway" after "described"; only an object alone ("accused the mayor") is too little to report for sure. */
// (An abbreviation's point may stand in whom: "accused Mr. Trump of running …".)
const ACCUSED_OF = /^(?:[^.;:“”"]|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|St))\.){1,80}?\bof\s+[\p{Ll}“"‘]/u;

/** Whether the words on either side of an attribution set off by commas make a clause. */
function interruptedWordsMakeClause(s: ReportSentence, frame: ContentFrame, speaker: SpeakerSurface): boolean {
  const { text, tokens } = s;
  const resumed = tokens[frame.closingComma + 1]!;
  return (
    isClause(text.slice(frame.from, speaker.start)) ||
    isFiniteVerb(resumed.text) ||
    /^\p{Ll}+ed$/u.test(resumed.text) ||
    isClause(text.slice(resumed.start, frame.to).replace(/^(and|but|or)\s+/iu, ''))
  );
}

/** The quote of `content`: without the attribution it is set around ("The plan, she said, will
 *  fail"), with a condition opening the sentence ("If the US lifts the sanctions, Zarif said Iran
 *  would talk"), opening at a relative pronoun ("the plan, which critics say is unfair"). */
function framedQuote(
  s: ReportSentence,
  cue: ReportingCue,
  speaker: SpeakerSurface,
  conjoined: boolean,
  frame: ContentFrame,
  content: TextSpan,
  phraseOnly: boolean,
): QuoteDraft {
  const { text, sentence, tokens } = s;
  const { parenthetical, opening } = frame;
  const q = extended(draft(content, cue.span, speaker, false, sentence), { phraseOnly });
  // "The plan, she said, will fail": the attribution between the commas is no part of what was said.
  if (parenthetical && !frame.openingPhrase) addGap(text, q, { start: tokens[opening]!.start, end: tokens[frame.closingComma]!.end });
  // "If the US lifts the sanctions, Zarif said Iran would talk": the condition is said too.
  const condition = parenthetical || conjoined ? -1 : openingCondition(tokens, opening);
  if (condition >= 0 && content.start > tokens[condition]!.start) {
    addGap(text, q, { start: tokens[opening]!.start, end: content.start });
    Object.assign(q, { start: tokens[condition]!.start, text: text.slice(tokens[condition]!.start, q.end) });
  }
  // "the plan, which critics say is unfair": the content opens at the relative pronoun.
  if (!parenthetical && !conjoined) openAtRelativePronoun(text, q, tokens, speaker.start);
  return q;
}

/** Whether a speaker can make a demand: a name, a person's pronoun, or a noun for people or a body, no document. */
function demandsSpeaker(speaker: SpeakerSurface): boolean {
  if (speaker.kind === 'NAME') return true;
  if (speaker.kind === 'PRONOUN') return !/^it$/iu.test(speaker.text);
  const head = lastWord(speaker);
  return SPEAKER_NOUNS.has(head) && !DOCUMENT_NOUNS.has(head) && !WRITINGS.has(head);
}
const WRITINGS = new Set(
  'letter memo paper editorial article document filing lawsuit complaint ad clip video tweet post release data figures statement'.split(' '),
);

/** A noun phrase reported without the time closing it, which dates the act, not what was said:
 *  "announced her candidacy in June 2015", "stated his intention to run on Wednesday"; a clause keeps
 *  its time ("said the plant closed in March"). */
function objectWithoutTime(text: string, content: TextSpan): TextSpan {
  // ("says she’ll go on later this week": a pronoun opens a clause the lexicon may not parse.)
  if (/^(that|to|i|you|he|she|it|we|they)\b/iu.test(content.text) || !nounPhraseOnly(content.text)) return content;
  const end = withoutTrailingTime(text, content.start, content.end);
  // ("predicted two more rate rises next year": a time to come is what was foretold.)
  if (end === content.end || /\bnext\b/iu.test(text.slice(end, content.end))) return content;
  return trimmed(text, content.start, end) ?? content;
}
