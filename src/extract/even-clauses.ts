// "even though …", "even if …", "even as …" after a content that is an object, no clause of its own
// ("called for the closure of the pier, even though the council had voted to keep it"): the narrator's
// concession or the event told alongside, not what was called for. After a clause the speaker often
// goes on with it ("said the pier would stay shut even if the council objected"), and after an
// infinitive it is the condition of a pledge or an appeal ("vowed not to sell even if prices rose").
import { finiteVerbWithin, tagsOf } from './lexicon.js';
import type { Token } from './tokens.js';
import { isThatWhetherOrIf } from './word-classes.js';

/** Whether "even" at `k` opens a concession or a time of the narrator's after an object the cue at
 *  `cue` reports: no "that" opening a clause and no finite verb between them, and "even as" or no
 *  infinitive there. */
export function evenClauseOnObjectAt(tokens: Token[], cue: number, k: number): boolean {
  if (!/^even$/iu.test(tokens[k]!.text) || !EVEN_OPENS.test(tokens[k + 1]?.text ?? '')) return false;
  // ("As the Gazette reported, even if …": the object has words of its own before "even".)
  // ("asked that it not be used because even though …": "even" after a joining word opens that word's clause.)
  if (!tokens.slice(cue + 1, k).some((t) => /^[\p{L}\p{N}]/u.test(t.text)) || JOINING.test(tokens[k - 1]!.text)) return false;
  // ("said that even if the vote fails, …", "warned that Ann Holt, even as mayor, had …": a clause is the speaker's.)
  if ([cue, cue + 1].some((n) => isThatWhetherOrIf(tokens[n]!.text)) || finiteVerbWithin(tokens, cue + 1, k)) return false;
  // ("even as a candidate": a role, no clause.)
  if (/^as$/iu.test(tokens[k + 1]!.text)) return !/^(a|an)$/iu.test(tokens[k + 2]?.text ?? '');
  return !infinitiveWithin(tokens, cue + 1, k);
}
const EVEN_OPENS = /^(though|if|as|when|while|after|before)$/iu;
const JOINING = /^(because|since|and|but|or|so|that)$/iu;

/** "to" before a verb between `from` and `to` ("not to rush to judgment"), not "to" before a noun ("to the pier"). */
function infinitiveWithin(tokens: Token[], from: number, to: number): boolean {
  for (let n = from; n < to - 1; n++) if (/^to$/iu.test(tokens[n]!.text) && tagsOf(tokens[n + 1]!.text).includes('Infinitive')) return true;
  return false;
}
