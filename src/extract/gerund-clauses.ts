// A gerund of speech after a preposition ("by declaring", "after tweeting") goes with the subject of
// the clause it stands in, the one nearest to it: in "Ann Holt, who opened her campaign by declaring
// …" Ann Holt declares, in "When Tom Pike shut the pier by claiming …, the town was angry" Tom Pike
// claims, and in "While the unions push for a deal, the mayor has won votes by promising …" the mayor
// promises, not the speaker of the sentence's first clause nor a noun inside the clause ("resigned
// from the council after tweeting …"); an infinitive of purpose too ("So it was no surprise when Tom
// Pike went off script to comment …" is Tom Pike's). ("for" is left out: "praised her for saying" is
// hers; an infinitive after an object that does what it says is read in controlled-infinitives.ts.)
import { dashAt } from './cue-asides.js';
import { isAdverb, isFiniteVerb, isVerbForm } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import type { QuoteDraft } from './quote-draft.js';
import type { SpeakerFinder } from './speakers.js';
import type { Token } from './tokens.js';
import { SUBORDINATING_CONJUNCTIONS } from './word-classes.js';

/** Prepositions whose gerund has the subject of the clause they stand in. */
const GERUND_PREPOSITIONS = /^(by|after|before|while|upon|without|despite)$/iu;
/** What opens a subordinate clause. */
const OPENERS = new RegExp(`^(${SUBORDINATING_CONJUNCTIONS}|as|once|after|before|whilst)$`, 'iu');
/** What no clause runs past. */
const BREAKS = /^[“”"‘’;:—–()]$/u;
/** How far back the clause may open. */
const REACH = 30;

/** The subject of the clause the gerund cue at `i` stands in after its preposition, or null when the
 *  cue follows no such preposition or the clause's subject is not found. */
export function gerundClauseSubject(speakers: SpeakerFinder, tokens: Token[], i: number, earlier: QuoteDraft[]): SpeakerSurface | null {
  // ("wouldn't say when the Senate will vote to confirm …", "reassured Putin that Beijing has no plans
  // to counter …": inside what an earlier cue reported, it is that speaker's, as before.)
  if (earlier.some((q) => q.start <= tokens[i]!.start && tokens[i]!.start < q.end)) return null;
  let p = i - 1;
  // ("after accidentally tweeting", "by first saying": past an adverb.)
  while (p > 0 && (isAdverb(tokens[p]!.text) || tokens[p]!.text === 'first') && !GERUND_PREPOSITIONS.test(tokens[p]!.text)) p--;
  const gerund = /^\p{Ll}+ing$/u.test(tokens[i]!.text) && GERUND_PREPOSITIONS.test(tokens[p]?.text ?? '');
  // ("when Tom Pike went off script to comment": an infinitive of purpose likewise.)
  const infinitive = tokens[i - 1]?.text.toLowerCase() === 'to' && /^\p{L}/u.test(tokens[i - 2]?.text ?? '');
  if (infinitive) p = i - 1;
  if (!(gerund || infinitive) || p < 2) return null;
  // (The clause ends where a relative clause set off before the preposition opens.)
  const end = setOffRelativeOpening(tokens, p);
  for (let k = end - 1; k >= Math.max(0, p - REACH); k--) {
    const word = tokens[k]!.text;
    if (BREAKS.test(word)) return subjectOpening(speakers, tokens, k + 1, end);
    // "Ann Holt, who opened her campaign by declaring": the relative pronoun's antecedent.
    if (/^who$/iu.test(word) && k > 0) {
      const antecedent = speakers.before(tokens, k + 1, true);
      return antecedent && antecedent !== 'CONJOINED' ? antecedent : null;
    }
    if (OPENERS.test(word) && (k === 0 || /^[,\p{L}]/u.test(tokens[k - 1]!.text))) {
      // (A subordinate clause's verb must come before the preposition: "after the vote" opens none.)
      const subject = subjectOpening(speakers, tokens, k + 1, end);
      if (subject) return subject;
      continue;
    }
    if (word === ',') {
      const subject = subjectOpening(speakers, tokens, k + 1, end);
      if (subject) return subject;
      // ("If she did, party rules give the chair power to call a meeting to vote …": a clause of its
      // own after the comma whose subject speaks for no one ends the search.)
      if (tokens.slice(k + 1, end).some((t) => isFiniteVerb(t.text) && /^\p{Ll}/u.test(t.text))) return null;
    }
    if (k === 0) return subjectOpening(speakers, tokens, 0, end);
  }
  return null;
}

/** Where the search for the gerund's clause starts: before a relative clause set off by commas or
 *  dashes that ends right before the preposition at `p` ("… circled the stadium – where the Gulls
 *  played the Rovers – while chanting …": the relative clause is not the one the gerund stands in),
 *  else at the preposition. */
function setOffRelativeOpening(tokens: Token[], p: number): number {
  const setOff = (k: number) => tokens[k]?.text === ',' || dashAt(tokens, k);
  if (!setOff(p - 1)) return p;
  for (let k = p - 2; k > 0 && k >= p - REACH; k--) {
    if (setOff(k)) return /^(where|which|who|whom|whose)$/iu.test(tokens[k + 1]?.text ?? '') ? k : p;
    if (BREAKS.test(tokens[k]!.text)) return p;
  }
  return p;
}

/** The subject opening the clause of the words from `open` to `end`: within its first four words, with
 *  its own finite verb after it before `end`; null otherwise. */
function subjectOpening(speakers: SpeakerFinder, tokens: Token[], open: number, end: number): SpeakerSurface | null {
  const subject = speakers.subject(tokens.slice(open, end));
  if (!subject) return null;
  const opening = tokens.findIndex((t) => t.start >= subject.start);
  if (opening < open || opening > open + 3) return null;
  const after = tokens.findIndex((t) => t.start >= subject.end);
  if (after < 0 || after >= end) return null;
  let k = after;
  while (k < end && isAdverb(tokens[k]!.text)) k++;
  const verb = tokens[k]?.text ?? '';
  return k < end && (isFiniteVerb(verb) || (isVerbForm(verb) && /^\p{Ll}/u.test(verb))) ? subject : null;
}
