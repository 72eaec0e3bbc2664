// Who "he", "she", "I", "we" or "you" as a quote's speaker refers to ("it" and "they": it-and-they-speakers.ts).
import type { Entity } from './types.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import type { Antecedents } from './antecedents.js';
import { answersAsI, inAnswer, inQuestion, jointAnswering } from './interview-answers.js';
import { pullQuoteSpeaker } from './pull-quotes.js';
import { GENDER } from './speaker-words.js';
import { questionBefore, type Resolution, type SpeakerRead, type SpeechHistory, subjectSinceLastQuote } from './speech-history.js';
import { unnamedGoesOn } from './unnamed-speakers.js';
import { itPronoun, theyPronoun } from './it-and-they-speakers.js';

/** Who the pronoun at `surface` speaking `q` stands for, by which pronoun it is. */
export function pronounSpeaker(a: Antecedents, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface, before: number): Resolution {
  const p: SpeakerRead = { a, history, q, surface, before };
  const word = surface.text.toLowerCase() === 'them' ? 'they' : surface.text.toLowerCase();
  const gender = GENDER.get(word) ?? null;
  if (gender) return personPronoun(p, word, gender);
  if (word === 'i' || word === 'we') return authorPronoun(a, word, q);
  if (word === 'you') return addresseePronoun(a, q);
  if (word === 'it') return itPronoun(p);
  if (word === 'they') return theyPronoun(p);
  return { entity: null, name: null };
}

/** "he" or "she": the unnamed speaker going on, else a person who is the subject lately, else
 *  someone described but not named, else the person most in view before the quote. */
function personPronoun(p: SpeakerRead, word: string, gender: NonNullable<Entity['gender']>): Resolution {
  const { a, history, q, surface, before } = p;
  // "Jane Hunt asked Mr Read whether … “I rely on my team,” he said": the one asked answers, never the asker.
  const question = questionBefore(a, history, q);
  // ("Ann Lee asked Tom Reyes whether … She said she asked it …": one asked of the other gender does not
  // answer as "she"; the asker may go on.)
  const answers = !question?.asked?.gender || question.asked.gender === gender;
  // ("A reporter asked the mayor whether … “…,” he replied": nor does an asker described, not named, go on.)
  if (!(question && answers) && unnamedGoesOn(a, history, q, before, gender)) return { entity: null, name: history.last!.name };
  // ("Margaret, who gave only her first name" is no "he".)
  // ("She handed me a shirt … she said" in an interview's answer: the one answering is "I" there, never "she".)
  const answering = a.interview && answersAsI(a.layout, q.start, a.interview) ? a.interview.interviewee : null;
  const toldOther = (e: Entity) => e === answering || history.genders.otherThan(e.name, gender) || (answers && e === question?.asker);
  const fits = (e: Entity | null | undefined) => !!e && e.type === 'PERSON' && (!e.gender || e.gender === gender) && !toldOther(e);
  const goesOn = speakerGoesOn(p, gender, toldOther);
  if (goesOn) return { entity: goesOn, name: null };
  const subject =
    a.openingSubject(before, fits) ??
    (question?.asked && fits(question.asked) ? question.asked : null) ??
    // "Ann Holt agreed with Smith. “…,” she wrote.": a person who became the subject after the last quote.
    subjectSinceLastQuote(a, history, q, surface, fits);
  if (subject) return { entity: subject, name: null };
  // "The tenant, who asked not to be named, suffered … she said": someone described, not named.
  const described = a.unnamedSubjectBefore(before, gender);
  const name = answers && question && described === question.askerName ? null : described;
  if (name) return { entity: null, name };
  return { entity: personInView(p, word, gender, fits, toldOther), name };
}

/** Cues that go on with what was just said: "He continued, “…”", "she added". */
const GOES_ON = /^(?:continue[sd]?|continuing|add(?:s|ed)?|went|goes)$/iu;

/** "Lindsey Graham said, “…” He continued, “…”": a pronoun going on with what the person named in the
 *  sentence before just said ("continued", "added", "went on") is that speaker, also when only a given
 *  name told the other gender ("Lindsey", "Kelly"), if no one of the pronoun's gender was named since. */
function speakerGoesOn({ a, history, q, before }: SpeakerRead, gender: NonNullable<Entity['gender']>, toldOther: (e: Entity) => boolean): Entity | null {
  const last = history.lastQuote;
  const speaker = history.last?.entity;
  // (A quotation of several sentences was said just before when its last one is the sentence before.)
  const previous = a.layout.sentences[q.sentence - 1];
  if (!last || !previous || last.sentence >= q.sentence || last.end <= previous.start) return null;
  if (!q.cue || !GOES_ON.test(q.cue.text) || !speaker || speaker.type !== 'PERSON') return null;
  if (history.last?.surface?.kind !== 'NAME' || toldOther(speaker)) return null;
  if (speaker.gender && speaker.gender !== gender && a.salience.isSurelyGendered(speaker)) return null;
  // (Nor when the quotation itself or its sentence named one: "X said Clinton called on members … She added …".)
  const from = a.layout.sentences[last.sentence]?.start ?? last.start;
  for (const { e } of a.mentionsBefore(before, (e) => e.type === 'PERSON' && e !== speaker && (!e.gender || e.gender === gender), from)) if (e) return null;
  return speaker;
}

/** The person "he" or "she" most likely means when no subject settles it: the most salient, the last
 *  speaker if recent, the subject or nearest person before, or (given names telling gender only
 *  mostly) the person the sentence before was about. */
function personInView(
  { a, history, q, before }: SpeakerRead,
  word: string,
  gender: NonNullable<Entity['gender']>,
  fits: (e: Entity | null | undefined) => boolean,
  toldOther: (e: Entity) => boolean,
): Entity | null {
  const last = history.last?.entity;
  return (
    a.salience.person(before, gender, toldOther) ??
    (fits(last) && history.isRecent(q) ? last! : null) ??
    a.previousSubject(before, fits, word) ??
    a.nearest(before, fits)?.e ??
    // Given names tell gender only mostly ("Terry", "Jordan"): with nobody else to refer to,
    // the person the sentence before was about, unless a title told the gender ("Mr. Obama").
    a.previousSubject(before, (e) => e.type === 'PERSON' && (!e.gender || (e.name.includes(' ') && a.salience.mayBeOtherGender(e))) && !toldOther(e), word)
  );
}

/** "I told my colleagues …" in narration: the author of an op-ed or a letter; in an answer of an
 *  interview set out as questions and answers, with no author named, the one interviewed, who speaks
 *  for the shop or team as "we" too ("We opened in May because we thought the harbour needed it"). */
function authorPronoun({ author, interview, layout, pullQuotes }: Antecedents, word: 'i' | 'we', q: QuoteDraft): Resolution {
  // ("I" in a pull quote, or in its words quoted again, is the one its name line credits.)
  const pulled = word === 'i' ? pullQuoteSpeaker(pullQuotes, layout.text, q.start, q.end) : null;
  if (pulled) return { entity: pulled, name: null };
  // ("we" answering for two interviewed together is both: "Ann Holt and Tom Reyes".)
  // ("I" asking is the one the introduction says asks: "Ann Holt sat down with Tom Reyes".)
  if (!author && word === 'i' && interview?.asker && inQuestion(layout, q.start, interview)) return { entity: interview.asker, name: null };
  if (!author && interview && inAnswer(layout, q.start, interview))
    return (word === 'we' && jointAnswering(interview)) || { entity: interview.interviewee, name: null };
  return { entity: author?.entity ?? null, name: author?.name ?? (word === 'i' ? 'I' : null) };
}

/** "you" in a question of an interview set out as questions and answers ("Why did you decide to sell
 *  the ferry?"): the one interviewed, asked; elsewhere no one the text names. */
function addresseePronoun({ interview, layout }: Antecedents, q: QuoteDraft): Resolution {
  const asked = interview && inQuestion(layout, q.start, interview);
  return (asked && jointAnswering(interview)) || { entity: asked ? interview.interviewee : null, name: null };
}
