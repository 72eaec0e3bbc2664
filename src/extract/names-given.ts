// Speech that makes something out to be another: the object, "as" and what it was made out to be.
// "Referred to the plan as a tax" names it; "portrayed her rival as a puppet", "cast himself as an
// outsider", "painted the board as wasteful" say what someone is. Without "as" these verbs are other
// acts ("painted the hall", "a video depicting the quay", "cast their votes").
import { hasRegularPastShape, isAdjective, isAdverb, isCalendarWord, isClosedClassWord, isFiniteVerb, isPreposition, isVerbForm } from './lexicon.js';
import type { Token } from './tokens.js';
import { isArticle, isSubjectPronoun } from './word-classes.js';

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

// A view held told without "as": "Holt considers the levy a mistake", "considers him to be honest",
// "voters consider her reliable". The object and what it is held to be are the view; "considered a
// run", "is considering a request", "considered selling the firm" weigh a thing, and hold no view.
const CONSIDERING = new Set(['consider', 'considers', 'considered', 'considering']);

/** Whether a word is a form of a verb of a view held ("sees", "viewed", "regards", "considers"). */
export const viewForm = (word: string): boolean => VIEWING.has(word) || CONSIDERING.has(word);

/** The lemma of a verb of a view held at `i` with an object and "as" what it is made out to be after
 *  it ("sees the levy as a tax"), or undefined: not "saw the crowd", nor "seen" without "have" ("a
 *  state seen as critical" is described, by no one named). */
export function viewHeldAt(tokens: Token[], i: number): string | undefined {
  const form = tokens[i]!.text;
  if (CONSIDERING.has(form)) return heldToBeAt(tokens, i) > 0 ? 'consider' : undefined;
  const lemma = VIEWING.get(form);
  if (!lemma || (form === 'seen' && !/^(have|has|had|having|'ve|’ve)$/iu.test(tokens[i - 1]?.text ?? ''))) return undefined;
  // ("viewed as a sign", "saw that it was lost": no object before "as", a clause seen.)
  if (/^(as|that)$/iu.test(tokens[i + 1]?.text ?? '')) return undefined;
  return nameGivenAt(tokens, i, 'view') > 0 ? lemma : undefined;
}

/** Whether a lemma makes its object out to be something after "as": "portrayed", "sees". */
export const givesName = (lemma: string): boolean => CHARACTERIZING.has(lemma) || VIEWING_LEMMAS.has(lemma);
const VIEWING_LEMMAS = new Set([...VIEWING.values(), 'consider']);

/** How far "as" may stand after the object's first word: "the billionaire real estate mogul as". */
const OBJECT_WORDS = { refer: 6, characterize: 8 };

/** The index of "as" before what the object of the verb at `i` was made out to be ("referred to the
 *  mayor as …", "portrayed Ann Holt as …"), within a few words with no verb, or -1. */
export function nameGivenAt(tokens: Token[], i: number, lemma: string): number {
  if (lemma === 'consider') return heldToBeAt(tokens, i);
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

/** Object pronouns, whose next word opens what they are held to be: "considers him a racist". */
const OBJECT_PRONOUNS = /^(him|her|them|me|us|it|himself|herself|themselves|itself|myself|ourselves|yourself|yourselves)$/iu;
/** Words opening what a noun object is held to be: "considers the levy a mistake", "drug firms her enemies". */
const HELD_DETERMINERS = /^(a|an|his|her|their|its|our|my|your)$/iu;

/** The index of the first word of what the object of "consider" at `i` is held to be ("considers
 *  [the levy] a mistake", "[him] to be honest", "[Ann Holt] reliable", "[the plan] as a tax"), or -1:
 *  not "considered a run", "considering a request to reopen it", "consider it carefully". */
function heldToBeAt(tokens: Token[], i: number): number {
  const w = (k: number) => tokens[k]?.text ?? '';
  const first = w(i + 1);
  // ("considered challenging her", "is considering whether to run": an act or a question weighed.)
  if (!/^[\p{L}\p{N}]/u.test(first) || /^(as|that|whether|how|what|why|if|to)$/iu.test(first) || isFiniteVerb(first) || /^\p{Ll}+ing$/u.test(first)) return -1;
  for (let k = i + 2; k <= i + 9 && k < tokens.length; k++) {
    const word = w(k);
    // "considers him to be", "regard the pier as": what it is held to be, said outright.
    if (/^to$/iu.test(word)) return /^be$/iu.test(w(k + 1)) ? k : -1;
    // ("is considering a run as an independent", "considered Lee as a running mate": a role weighed, not
    // what the object is held to be, which after "as" is an adjective: "considered the files as secret".)
    if (/^as$/iu.test(word)) return (isAdjective(w(k + 1)) || hasRegularPastShape(w(k + 1))) && givenAfter(tokens, k, false) ? k : -1;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$|^['’]s?$/u.test(word) || isFiniteVerb(word)) break;
  }
  // Without "to be" or "as", the object must end where what it is held to be starts: after a pronoun
  // ("him a racist"), after a name ("Mr. Lee naive"), or before an article or possessive after the
  // object's noun ("the levy a mistake"), or at an adjective closing the clause ("a merger likely").
  if (OBJECT_PRONOUNS.test(first)) return bareHeldAt(tokens, i + 2);
  if (/^\p{Lu}/u.test(first) && !isClosedClassWord(first)) {
    let k = i + 2;
    while (k < i + 5 && (/^\p{Lu}/u.test(w(k)) || w(k) === '.')) k++;
    return bareHeldAt(tokens, k);
  }
  for (let k = i + 2; k <= i + 9 && k < tokens.length; k++) {
    const word = w(k);
    if (HELD_DETERMINERS.test(word) && /^[\p{Ll}\p{N}]+$/u.test(w(k - 1)) && !isClosedClassWord(w(k - 1)) && !isVerbForm(w(k - 1)))
      return bareHeldAt(tokens, k);
    if (isAdjective(word) && !isVerbForm(word) && !/^[\p{L}\p{N}]/u.test(w(k + 1)) && !isClosedClassWord(w(k - 1))) return k;
    // ("the newly escalated gender wars": a participle after an adverb or an article is the noun's.)
    const modifier = hasRegularPastShape(word) && (isAdverb(w(k - 1)) || isArticle(w(k - 1)));
    if (!/^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.test(word) || (isFiniteVerb(word) && !modifier) || (isPreposition(word) && word !== 'of')) return -1;
  }
  return -1;
}

/** `k` when the words there can be what an object is held to be: a noun phrase or an adjective, past
 *  an adverb ("hopelessly naive"), not a preposition, a time, a verb or the clause's end ("considered
 *  him for the post", "considered it last week", "considered it carefully."). */
function bareHeldAt(tokens: Token[], k: number): number {
  let n = k;
  while (isAdverb(tokens[n]?.text ?? '') && /^\p{Ll}/u.test(tokens[n + 1]?.text ?? '')) n++;
  const word = tokens[n]?.text ?? '';
  if (!/^\p{Ll}/u.test(word) || isAdverb(word) || isCalendarWord(word) || isPreposition(word) || isVerbForm(word) || /ing$/u.test(word)) return -1;
  if (/^(and|or|but|that|which|who|whether|if|so|too|all|both|each|this|these|those|last|next|then|now|again|there|here)$/u.test(word)) return -1;
  return k;
}
