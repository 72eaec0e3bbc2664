// Speech that makes something out to be another: the object, "as" and what it was made out to be.
// "Referred to the plan as a tax" names it; "portrayed her rival as a puppet", "cast himself as an
// outsider", "painted the board as wasteful" say what someone is. Without "as" these verbs are other
// acts ("painted the hall", "a video depicting the quay", "cast their votes").
import { isFiniteVerb } from './lexicon.js';
import type { Token } from './tokens.js';
import { isSubjectPronoun } from './word-classes.js';

/** Verbs that report only what their object was made out to be after "as": "portrayed X as Y". */
export const CHARACTERIZING = new Set(['portray', 'paint', 'cast', 'depict', 'characterize', 'characterise']);

/** How far "as" may stand after the object's first word: "the billionaire real estate mogul as". */
const OBJECT_WORDS = { refer: 6, characterize: 8 };

/** The index of "as" before what the object of the verb at `i` was made out to be ("referred to the
 *  mayor as …", "portrayed Ann Holt as …"), within a few words with no verb, or -1. */
export function nameGivenAt(tokens: Token[], i: number, lemma: string): number {
  const refer = lemma === 'refer';
  if (refer && tokens[i + 1]?.text.toLowerCase() !== 'to') return -1;
  const object = refer ? i + 2 : i + 1;
  const last = object + (refer ? OBJECT_WORDS.refer : OBJECT_WORDS.characterize);
  for (let k = object + 1; k <= last && k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (/^as$/iu.test(w)) return givenAfter(tokens, k, refer) ? k : -1;
    if (!(refer ? /^[\p{L}\p{N}'’-]+$/u : /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$|^['’]s?$/u).test(w) || isFiniteVerb(w)) return -1;
  }
  return -1;
}

/** Whether the words after "as" at `k` are what the object was made out to be: not a clause of its
 *  own ("referred to the vote as she left", "painted the pier as the sun set") nor "as well as". */
function givenAfter(tokens: Token[], k: number, refer: boolean): boolean {
  const given = tokens[k + 1]?.text ?? '';
  if (!/^[\p{L}“"‘']/u.test(given) || isSubjectPronoun(given)) return false;
  if (refer) return true;
  if (/^(well|if|though|much|many|long|soon|far|usual|such)$/iu.test(given)) return false;
  for (let n = k + 1; n <= k + 5 && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    // ("as a man who would undo it": a relative clause on what was given, not a clause of "as".)
    if (/^(who|which|that|whose|whom)$/iu.test(w) || !/^[\p{L}\p{N}“"‘'’-]/u.test(w)) return true;
    if (isFiniteVerb(w)) return false;
  }
  return true;
}
