// Whether the subject of an evidence verb names a document by its head noun, whatever name stands
// inside it: "A Quinnipiac University poll released Tuesday showed …", "The latest Reuters/Ipsos
// poll showed …", "Early results of exit polls conducted by Edison Research show …". The name
// found as the speaker ("Reuters", "Edison Research") is not the phrase's last word, nor is the
// document word after it, so the head is read from where the clause opens.
import { DOCUMENT_NOUNS } from './cues.js';
import { isAdverb, isCalendarWord, isFiniteVerb, SUBORDINATING_CONJUNCTIONS, tagsOf } from './lexicon.js';
import { isLowerCaseWord, type Token } from './tokens.js';

/** Words that open a clause before its subject: "… one day after a CNN poll showed …". Reading back from
 *  the verb to where its clause opens: the conjunctions, "that" and "so", and "after", "before", "as"
 *  and "once", which elsewhere may be prepositions or adverbs. */
const CLAUSE_OPENERS = new RegExp(`^(${SUBORDINATING_CONJUNCTIONS}|after|before|as|that|once|so)$`, 'iu');

/** Words that end a clause before the next one opens. */
const CLAUSE_MARKS = /^[,;:—–(“"]$/u;

/** How far back a subject may open before its verb. */
const SUBJECT_REACH = 20;

/** Whether a phrase set off by commas opens with `word`: ", conducted by Ipsos,", ", which …", ", a …". */
const opensSetOffPhrase = (word: string | undefined) =>
  !!word && (/^\p{Ll}+(ed|ing)$/u.test(word) || /^(which|a|an|the|published|released|commissioned)$/iu.test(word));

/** The index where the clause holding the verb at `i` opens. */
function clauseStart(tokens: Token[], i: number): number {
  const reach = Math.max(0, i - SUBJECT_REACH);
  // "The poll, conducted by Ipsos for the BBC, ITV and Sky, shows …": past a phrase set off before the verb.
  let last = i - 1;
  if (tokens[last]?.text === ',')
    last = reach + tokens.slice(reach, last).findLastIndex((t, n) => t.text === ',' && opensSetOffPhrase(tokens[reach + n + 1]?.text)) - 1;
  for (let k = last; k >= reach; k--) {
    const word = tokens[k]!.text;
    if (CLAUSE_MARKS.test(word) || CLAUSE_OPENERS.test(word)) return k + 1;
  }
  return i > SUBJECT_REACH ? -1 : 0;
}

/** Whether a word after a noun ends the words naming it ("poll released Tuesday", "poll last month",
 *  "poll of voters", "results also showed"), rather than going on with another noun ("poll workers"). */
function endsNounWords(word: string | undefined): boolean {
  if (!word || !isLowerCaseWord(word)) return word !== "'s" && word !== '’s';
  if (/(ed|ing)$/u.test(word) || isAdverb(word) || isCalendarWord(word) || /^(last|this|that|which|who)$/u.test(word)) return true;
  return tagsOf(word).includes('Preposition');
}

/** The subject, up to its head, before the verb at `i` when that head is a document noun (token
 *  indexes): the first noun phrase of its clause, up to the first preposition, conjunction or verb,
 *  holds one whose noun words end with it. */
export function documentHeadBefore(tokens: Token[], i: number): { start: number; head: number } | null {
  const start = clauseStart(tokens, i);
  if (start < 0) return null;
  for (let k = start; k < i; k++) {
    const word = tokens[k]!.text;
    if (DOCUMENT_NOUNS.has(word.toLowerCase()) && (k + 1 === i || endsNounWords(tokens[k + 1]?.text))) return { start, head: k };
    if (tagsOf(word.toLowerCase()).includes('Preposition') || /^(that|which|who|and|but)$/iu.test(word) || isFiniteVerb(word)) return null;
  }
  return null;
}

/** Whether the name after a document's head is its maker: "A study by Loyola Law School professor
 *  Justin Levitt", not "a poll by Ipsos for the BBC" nor "results from Sunderland". */
export function madeBy(tokens: Token[], head: number, name: { start: number }): boolean {
  for (let k = tokens.findIndex((t) => t.start === name.start) - 1; k > head; k--) {
    const word = tokens[k]!.text.toLowerCase();
    if (tagsOf(word).includes('Preposition')) return word === 'by';
  }
  return false;
}
