// A noun summing up what was said, set off after it: "argued that the agency needs oversight, a
// position shared by several colleagues", "asked them to discuss their ideas, a request not always
// honored". The summary is the narrator's comment on the speech, not a part of it.
import type { Token } from './tokens.js';

/** Nouns that sum up a speech act or its content. */
const SUMMARY_NOUNS = new Set(
  (
    'position view views stance forecast prediction request demand characterization characterisation description assessment ' +
    'sentiment argument contention assertion suggestion notion theory warning promise pledge remark comment message ' +
    'criticism complaint accusation allegation charge claim conclusion finding estimate figure projection appeal'
  ).split(' '),
);

/** Whether from token `k` (after a comma) "a"/"an", perhaps an adjective, a summing-up noun and words
 *  about it follow: ", a position shared by …", ", a forecast most economists consider optimistic". */
export function summaryAppositionAt(tokens: Token[], k: number): boolean {
  if (!/^(a|an)$/iu.test(tokens[k]?.text ?? '')) return false;
  const noun = [k + 1, k + 2].find((n) => SUMMARY_NOUNS.has(tokens[n]?.text.toLowerCase() ?? ''));
  if (noun === undefined || (noun === k + 2 && !/^\p{Ll}+$/u.test(tokens[k + 1]!.text))) return false;
  // Something said of it must follow: a participle, a clause or "not"; ", a warning." alone may be what was said.
  return /^\p{L}/u.test(tokens[noun + 1]?.text ?? '');
}
