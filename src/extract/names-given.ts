// Speech that makes something out to be another: the object, "as" and what it was made out to be.
// "Referred to the plan as a tax" names it; "portrayed her rival as a puppet", "cast himself as an
// outsider", "painted the board as wasteful" say what someone is. Without "as" these verbs are other
// acts ("painted the hall", "a video depicting the quay", "cast their votes").
import { isFiniteVerb } from './lexicon.js';
import type { Token } from './tokens.js';
import { isSubjectPronoun } from './word-classes.js';

/** Verbs that report only what their object was made out to be after "as": "portrayed X as Y". */
export const CHARACTERIZING = new Set(['portray', 'paint', 'cast', 'depict', 'characterize', 'characterise']);

// A view held of something, told as what it is made out to be: "Critics see the levy as a tax",
// "Holt regards the quay as a landmark", "voters viewed her as the steadier hand". Such a view is
// reported as "portrayed" reports words, and annotated news counts it; without "as" after an object
// these verbs perceive and look ("saw the crowd", "viewed the site"), and none is a topic verb then.
const VIEWING = new Map(
  Object.entries({ see: 'see sees saw seen seeing', view: 'view views viewed viewing', regard: 'regard regards regarded' }).flatMap(([lemma, forms]) =>
    forms.split(' ').map((f) => [f, lemma] as const),
  ),
);

/** Whether a word is a form of a verb of a view held ("sees", "viewed", "regards"). */
export const viewForm = (word: string): boolean => VIEWING.has(word);

/** The lemma of a verb of a view held at `i` with an object and "as" what it is made out to be after
 *  it ("sees the levy as a tax"), or undefined: not "saw the crowd", nor "seen" without "have" ("a
 *  state seen as critical" is described, by no one named). */
export function viewHeldAt(tokens: Token[], i: number): string | undefined {
  const form = tokens[i]!.text;
  const lemma = VIEWING.get(form);
  if (!lemma || (form === 'seen' && !/^(have|has|had|having|'ve|’ve)$/iu.test(tokens[i - 1]?.text ?? ''))) return undefined;
  // ("viewed as a sign", "saw that it was lost": no object before "as", a clause seen.)
  if (/^(as|that)$/iu.test(tokens[i + 1]?.text ?? '')) return undefined;
  return nameGivenAt(tokens, i, 'view') > 0 ? lemma : undefined;
}

/** Whether a lemma makes its object out to be something after "as": "portrayed", "sees". */
export const givesName = (lemma: string): boolean => CHARACTERIZING.has(lemma) || VIEWING_LEMMAS.has(lemma);
const VIEWING_LEMMAS = new Set(VIEWING.values());

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
