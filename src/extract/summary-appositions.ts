// A noun summing up what was said, set off after it: "argued that the agency needs oversight, a
// position shared by several colleagues", "asked them to discuss their ideas, a request not always
// honored", "said the House would go its own way, a signal that the bill may never pass". The summary is
// the narrator's comment on the speech, not a part of it.
import { finiteCue } from './clause-openings.js';
import { isLowerCaseWord, type Token } from './tokens.js';

/** Nouns that sum up a speech act or its content. */
const SUMMARY_NOUNS = new Set(
  (
    'position view views stance forecast prediction request demand characterization characterisation description assessment ' +
    'sentiment argument contention assertion suggestion notion theory warning promise pledge remark comment message ' +
    'criticism complaint accusation allegation charge claim conclusion finding estimate figure projection appeal ' +
    // what the speech stands for: ", a signal that the bill may never pass", ", a proposal backed by both parties"
    'signal sign indication hint reference allusion metaphor proposal move step plan measure ' +
    // what the speech was aimed at: ", a swipe at the mayor's rallies", ", a jab at her rival"
    'swipe jab dig rebuke ' +
    // how the speech was meant to work: ", a tactic her rivals hope will win back the port towns"
    'tactic ' +
    // what came of it or what it amounts to: ", a decision that could force …", ", an outcome analysts
    // expect …", ", an approach several candidates have embraced", ", a proportion that had risen …"
    'decision ruling verdict outcome result approach requirement proportion'
  ).split(' '),
);

const ORDINALS = /^(first|second|third|latest|last|biggest|largest)$/iu;

/** Whether from token `k` (after a comma) "a"/"an", perhaps an adjective, a summing-up noun and words
 *  about it follow: ", a position shared by …", ", a forecast most economists consider optimistic". */
export function summaryAppositionAt(tokens: Token[], k: number): boolean {
  // ", the first move in that direction since 2006", ", the latest sign that …": an ordinal counts it among others.
  if (/^the$/iu.test(tokens[k]?.text ?? '') && ORDINALS.test(tokens[k + 1]?.text ?? '')) return summaryAppositionAt(tokens, k + 1);
  if (/^something$/iu.test(tokens[k]?.text ?? '')) return judgedSomething(tokens, k);
  if (!/^(a|an)$/iu.test(tokens[k]?.text ?? '') && !ORDINALS.test(tokens[k]?.text ?? '')) return false;
  if (judgedApposition(tokens, k)) return true;
  const noun = [k + 1, k + 2].find((n) => SUMMARY_NOUNS.has(tokens[n]?.text.toLowerCase() ?? ''));
  if (noun === undefined || (noun === k + 2 && !isLowerCaseWord(tokens[k + 1]!.text))) return false;
  // Something said of it must follow: a participle, a clause or "not"; ", a warning." alone may be what was said.
  return /^\p{L}/u.test(tokens[noun + 1]?.text ?? '');
}

/** ", a delay that some investors described as embarrassing", ", a deal which poorer nations
 *  denounced": a noun whose relative clause tells what others said of it, whatever the noun. */
function judgedApposition(tokens: Token[], k: number): boolean {
  const pronoun = [k + 2, k + 3].find((n) => /^(that|which)$/iu.test(tokens[n]?.text ?? '') && isLowerCaseWord(tokens[n - 1]!.text));
  return pronoun !== undefined && cueWithin(tokens, pronoun + 2, pronoun + 5);
}

/** ", something he denied", ", something that the mayor mocked", ", something her rivals had urged
 *  her to do": "something" and a clause telling what others said or asked of it, its pronoun
 *  optional. ", something every mayor has done" tells no speech and stays. */
function judgedSomething(tokens: Token[], k: number): boolean {
  const from = /^(that|which)$/iu.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  // The clause's subject comes first: "something denied by …" is a participle, no clause.
  return /^\p{L}/u.test(tokens[from]?.text ?? '') && cueWithin(tokens, from + 1, from + 4);
}

/** Whether a finite cue stands between `from` and `to`, only words before it. */
function cueWithin(tokens: Token[], from: number, to: number): boolean {
  for (let n = from; n <= to && n < tokens.length; n++) {
    if (finiteCue(tokens, n)) return true;
    if (!/^[\p{L}'’-]+$/u.test(tokens[n]!.text)) return false;
  }
  return false;
}
