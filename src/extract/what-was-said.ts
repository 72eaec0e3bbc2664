// Whether the words after a cue are what was said (reported-content.ts): a clause, as the cue's verb
// allows, an object and the quoted name it was given, a short answer, the words around an attribution
// set off; not a listener's name nor a speaker described.
import { LISTENER_VERBS, NAMING_VERBS } from './cues.js';
import { hasClause, isClause, subjectAndPastVerb } from './clauses.js';
import { withoutTrailingTimes } from './speech-venues.js';
import { isFiniteVerb, isFunctionWord, thatOpensClause } from './lexicon.js';
import { isTitleWord } from './phrase-heads.js';
import type { SpeakerSurface } from './name-index.js';
import type { ReportSentence } from './reporting-cues.js';
import type { ContentFrame } from './set-off-attribution.js';
import type { TextSpan } from './types.js';
import { noContentAfterComma } from './after-cue-comma.js';
import type { ContentRead } from './reported-content.js';

/** Whether the content is what was said: a clause (or, after "that" or a to-infinitive, two words or
 *  more), what one is asked about; not a listener's name, a speaker described, nor a time after "that". */
export function isWhatWasSaid(r: ContentRead): boolean {
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
  // ("told the crowd, to cheers from the pier": how the words were taken is no infinitive said.)
  const received = infinitive && noContentAfterComma(text.slice(cue.span.end, content.end));
  return !nameAlone && !speakerDescribed && !thatTimeOnly && !received && (afterThat || infinitive ? words >= 2 : makesClause(r) || askedAbout);
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

/** An object, then a quoted name for it: "it “disgraceful”", "the plan “a disaster for the town”",
 *  "Trump’s remarks ''racist,''" (an apostrophe inside a word is no mark; two make one, as in
 *  archives typed in ASCII). */
const quotedEpithet = (content: string) => QUOTED_EPITHET.test(content.replace(WORD_APOSTROPHE, '').replace(TWO_APOSTROPHES, '"'));
const QUOTED_EPITHET = /^[^“”"‘’]{1,60}[“"‘][^“”"‘’]+[”"’][.,!?]?$/u;
const WORD_APOSTROPHE = /(?<=\p{L})[’'](?=\p{L})/gu;
const TWO_APOSTROPHES = /''/gu;

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
