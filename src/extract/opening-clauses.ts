// A cue inside a clause opening the sentence ("While the board insists the charges will pay for
// repairs, traders fear …", "When the chairman claimed …, several councillors laughed") reports up
// to the main clause, whatever noun phrase opens it: a bare plural, a quantifier ("nobody",
// "another", "neither side"), a name or pronoun with a verb the lexicon does not list ("Trump
// deflected", "she applauds"), the verb's plain form after a plural ("traders on Quay Street fear"),
// an auxiliary with "n't" ("it doesn't tell", "the mayor wouldn't say", finite to the lexicon: contractions.ts),
// or a pronoun with its verb's clitic ("it’s", "they’re").
import { isAdverb, isArticle, isFiniteVerb, isFunctionWord, isPastFormReadAsAdjective, mayBePresentInS, tagsOf, isPluralNoun } from './lexicon.js';
import { cliticVerbAt } from './contractions.js';
import { PRONOUNS } from './speaker-words.js';
import { isPlainWord, type Token } from './tokens.js';

/** Words that open a subject though the lexicon calls them closed-class. */
const SUBJECT_OPENERS =
  /^(the|a|an|his|her|their|its|our|this|these|those|another|neither|one|some|many|most|several|few|no|nobody|none|everyone|everybody|each|both|all|other|such)$/iu;

/** Whether a subject and its verb open the words at `k`, after the comma closing an opening clause. */
function mainClauseAt(tokens: Token[], k: number): boolean {
  const first = tokens[k]?.text ?? '';
  // "While he said he would hold a hearing, it’s unlikely …": a pronoun and its verb's clitic.
  if (cliticVerbAt(tokens, k + 1)) return true;
  if (!opensSubject(first)) return false;
  // Whether the subject's head is plural (its first or second word), and whether "and" joins two.
  let plural = isPluralWord(first);
  let joined = false;
  for (let n = k + 1; n <= k + 6 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (!isPlainWord(w) || /^(who|whom|which|that|to|whose|where)$/iu.test(w)) return false;
    if (/^(and|or)$/iu.test(w)) joined = true;
    if (verbOfSubject(tokens, n, plural, joined)) return true;
    if (n === k + 1 && isPluralWord(w)) plural = true;
  }
  return false;
}

/** A word a subject may open with: a pronoun, a determiner or quantifier, a name or number, or a
 *  lower-case word of an open class (not a verb, preposition or adverb: ", including …", ", however"). */
const opensSubject = (w: string) =>
  PRONOUNS.has(w.toLowerCase()) || SUBJECT_OPENERS.test(w) || /^[\p{Lu}\p{N}]/u.test(w) || (/^\p{Ll}/u.test(w) && !isFunctionWord(w) && !isAdverb(w));

/** A plural noun, "they" or "we", or a lower-case word the -s ending makes a plural. */
const isPluralWord = (w: string) => isPluralNoun(w) || /^(they|we)$/iu.test(w) || (/^\p{Ll}{3,}[^s]s$/u.test(w) && !isFunctionWord(w));

/** Whether the word at `n` is the subject's verb: a finite form (after "and", one that is no plural
 *  noun as well: "families and small shops"), a regular past the lexicon does not list, a plain
 *  form after a plural head, or a present in -s right after a name or pronoun. */
function verbOfSubject(tokens: Token[], n: number, plural: boolean, joined: boolean): boolean {
  const w = tokens[n]!.text;
  if (!/^\p{Ll}/u.test(w)) return false;
  const tags = tagsOf(w);
  if (isFiniteVerb(w)) return !joined || !/\p{Ll}s$/u.test(w);
  if (isPastFormReadAsAdjective(w)) return true;
  if (plural && !joined && tags.includes('Infinitive')) return true;
  const prev = tokens[n - 1]!.text;
  return mayBePresentInS(w) && (PRONOUNS.has(prev.toLowerCase()) || /^\p{Lu}/u.test(prev)) && !plural;
}

/** Words a longer subject may hold between its head and its verb: the possessive mark, and the
 *  prepositions of a phrase on the head ("one of the mayor's aides", "sources close to the talks"). */
const IN_SUBJECT = /^(?:'s|’s|of|to|for|in|on|at|from|with|and)$/iu;

/** Whether a longer subject and its verb open the words at `k`, where mainClauseAt looks only six
 *  plain words on: a subject holding a possessive or a phrase on its head ("one of the mayor's
 *  closest aides could …", "several sources close to the talks say …"), a name with an apposition
 *  set off by commas ("Councillor Ann Roe, a Liberal, says …"), or one after "even" ("even some
 *  allies questioned …"). The verb is a finite form after a word of the subject, within twelve words;
 *  a relative word, a quote mark or any other comma ends the search. */
export function longerSubjectVerbAt(tokens: Token[], k: number): boolean {
  if (mainClauseAt(tokens, k)) return true;
  let n = /^(even|only|also)$/iu.test(tokens[k]?.text ?? '') ? k + 1 : k;
  if (mainClauseAt(tokens, n)) return true;
  if (!opensSubject(tokens[n]?.text ?? '')) return false;
  const start = n;
  for (n = start + 1; n < tokens.length && n <= start + 12; n++) {
    const w = tokens[n]!.text;
    // ", a Liberal,": an apposition after a name, closed by a comma within six words.
    if (w === ',') {
      if (!/^\p{Lu}/u.test(tokens[n - 1]!.text)) return false;
      const close = tokens.findIndex((t, m) => m > n + 1 && m <= n + 7 && t.text === ',');
      if (close < 0 || !isArticle(tokens[n + 1]?.text ?? '')) return false;
      n = close;
      continue;
    }
    if (IN_SUBJECT.test(w)) continue;
    if (!isPlainWord(w) || /^(who|whom|which|that|whose|where|when)$/iu.test(w)) return false;
    const prev = tokens[n - 1]!.text;
    if (/^\p{Ll}/u.test(w) && isFiniteVerb(w) && n > start + 1 && !IN_SUBJECT.test(prev) && !SUBJECT_OPENERS.test(prev)) return true;
  }
  return false;
}
