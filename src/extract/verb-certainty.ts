// Whether a cue is surely a verb, so that any noun phrase before it may be its subject (reported-speakers.ts):
// "that" after it, "said" or "told", a past form before the subject of a clause or closing the sentence.
import { evidenceLemma, NAMING_VERBS, thatFollowsAt } from './cues.js';
import { isBeliefLemma } from './belief-verbs.js';
import { relativeObjectCue } from './relative-objects.js';
import { asideAfter } from './content-start.js';
import { onlyVenueAfter } from './speech-venues.js';
import { isFiniteVerb } from './lexicon.js';
import type { ReportingCue } from './reporting-cues.js';
import { DETERMINERS, isPersonalSubject } from './speaker-words.js';
import type { Token } from './tokens.js';

/** Whether the cue is surely a verb, so that any noun phrase may be its subject, and whether "that"
 *  follows it (past when or where it was said). */
export function verbCertainty(tokens: Token[], cue: ReportingCue): { certain: boolean; thatFollows: boolean } {
  const { at: i, lemma } = cue;
  // After "X claimed that …", and for "said" or "told", which are never nouns, the verb is certain
  // and any noun phrase may be its subject ("an architect who said", "63 percent said").
  // ("testified on Tuesday that …": past when or where it was said.)
  const thatFollows = thatFollowsAt(tokens, i + asideAfter(tokens, i) + 1);
  // (Evidence verbs take any subject here and keep only documents below: "A survey released Thursday found".)
  const certain =
    thatFollows ||
    relativeObjectCue(tokens, i) ||
    lemma === 'say' ||
    lemma === 'tell' ||
    NAMING_VERBS.has(lemma) ||
    closesSentence(tokens, i) ||
    pastBeforeSubject(tokens, i) ||
    !!evidenceLemma(tokens[i]!.text) ||
    // (A belief reports only a clause after it, which makes the verb certain: "Many patients worry they …".)
    isBeliefLemma(lemma);
  return { certain, thatFollows };
}

/** "The contractor insisted she would …", "A contractor suggested the doors be replaced": a cue's past
 *  form right before the subject of a clause is the verb, not a noun, so any noun phrase before it may
 *  be its subject (a subject pronoun, or a determiner with a finite verb or "be" a few words on; not an
 *  object: "machinegun fire revealed the presence of fighters"). */
function pastBeforeSubject(tokens: Token[], i: number): boolean {
  if (!/^\p{Ll}+ed$/u.test(tokens[i]!.text)) return false;
  const next = tokens[i + 1]?.text ?? '';
  if (isPersonalSubject(next)) return true;
  if (!/^(the|his|her|their|its|this|these|those)$/u.test(next)) return false;
  for (let k = i + 2; k < i + 7 && /^[\p{L}’'-]+$/u.test(tokens[k]?.text ?? ''); k++)
    if (tokens[k]!.text === 'be' || isFiniteVerb(tokens[k]!.text)) return true;
  return false;
}

/** "…, state media reported.": a cue closing the sentence after a comma has its subject before it. */
function closesSentence(tokens: Token[], i: number): boolean {
  const comma = tokens.slice(0, i).findLastIndex((x) => x.text === ',');
  return (
    comma > 0 &&
    i - comma <= 5 &&
    /(ed|wrote)$/u.test(tokens[i]!.text) &&
    // ("…, both clubs announced": a word after a determiner is a noun, whatever else it may be.)
    !tokens
      .slice(comma + 1, i)
      .some((x, n) => (isFiniteVerb(x.text) && !DETERMINERS.has(tokens[comma + n]!.text.toLowerCase())) || !/^[\p{L}’'-]/u.test(x.text)) &&
    onlyVenueAfter(tokens, i + 1)
  );
}
