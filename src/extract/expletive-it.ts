// "It" that stands for nothing: "It’s hard to say …", "It was no surprise when …", "It took her a day
// to answer …". Such an "it" opens a clause of the narrator's and names no one who speaks, so a
// participle or an infinitive of speech looks past it for its subject (clause-subjects.ts), and an
// infinitive after "for X" or "it took X" has X for its subject (controlled-infinitives.ts).
import type { Token } from './tokens.js';

/** What follows an empty "it": a form of "be" (also "’s" and "has been"), "seems", "appears", "took". */
const EMPTY_VERB = /^(?:['’]s|is|was|has|had|will|would|seems|seemed|appears|appeared|remains|remained|took|takes|becomes|became)$/iu;
/** Words after "has", "will" and the like that keep the verb one of being: "has been", "will be", "has become". */
const BE_FORMS = /^(?:been|be|become)$/iu;

/** Whether the "it" at `k` is an empty subject: a form of "be" or "took" after it, and neither a
 *  noun of its own nor a participle of what it did after that ("It was closed", "It has said"). */
export function emptyItAt(tokens: Token[], k: number): boolean {
  if (!/^it$/iu.test(tokens[k]?.text ?? '')) return false;
  const verb = tokens[k + 1]?.text ?? '';
  if (!EMPTY_VERB.test(verb)) return false;
  let next = k + 2;
  if (/^(?:has|had|will|would)$/iu.test(verb)) {
    if (!BE_FORMS.test(tokens[next]?.text ?? '')) return false;
    next++;
  }
  // ("It’s been …": "’s" for "has" before "been".)
  if (BE_FORMS.test(tokens[next]?.text ?? '')) next++;
  const after = tokens[next]?.text ?? '';
  // ("It was closed on Monday", "It is leading the talks": the pronoun did something, as a body may.)
  return !/^\p{Ll}+(?:ed|ing)$/u.test(after) || /^(?:took|takes)$/iu.test(verb);
}
