// Cues that report speech for sure only with a clause for content ("accused X of lying", "cited a
// report", "called for a moratorium"): with a noun phrase the quote is kept but unsure (reported-content.ts).
import { DOCUMENT_NOUNS } from './cues.js';
import { nounPhraseOnly } from './clauses.js';
import { namesPersons } from './phrase-heads.js';
import type { SpeakerSurface } from './name-index.js';
import { lastWord, SPEAKER_NOUNS, WRITINGS } from './speaker-words.js';
import type { ContentRead } from './reported-content.js';

/** "accused X of lying", "cited a report", "called for a moratorium": these verbs report speech
 *  for sure only with a clause for content; with a noun phrase the quote is kept but unsure. */
export function takenAsPhraseOnly({ s, cue, speaker, content, afterThat, infinitive, calledFor }: ContentRead): boolean {
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

/** "the GOP of stoking the issue", "the mayor of negligence": whom one accuses, then of what. Both
 *  are what was said, as "the board for ignoring the ballot" after "criticised" and "the plan as a
 *  giveaway" after "described"; only an object alone ("accused the mayor") is too little to report for sure. */
// (An abbreviation's point may stand in whom: "accused Mr. Trump of running …".)
const ACCUSED_OF = /^(?:[^.;:“”"]|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|St))\.){1,80}?\bof\s+[\p{Ll}“"‘]/u;

/** Whether a speaker can make a demand: a name, a person's pronoun, or a noun for people or a body, no document. */
function demandsSpeaker(speaker: SpeakerSurface): boolean {
  if (speaker.kind === 'NAME') return true;
  if (speaker.kind === 'PRONOUN') return !/^it$/iu.test(speaker.text);
  const head = lastWord(speaker);
  return SPEAKER_NOUNS.has(head) && !DOCUMENT_NOUNS.has(head) && !WRITINGS.has(head);
}
