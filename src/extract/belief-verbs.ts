// Beliefs, fears and hopes held by someone the story names: "Republicans believe the ruling will
// help them", "Aides fear that the lead is slipping", "She thinks voters will forgive her". News
// attributes a stance this way as it does with "said", and annotated news counts it; these verbs mean
// much else ("I think so", "as we know", "feel like a fool", "hoped for rain"), so they report only a
// clause right after them, "that" and a clause, or a subject and its verb, never the words before them.
import { isFiniteVerb, tagsOf } from './lexicon.js';
import { hasClause, subjectAndPastVerb } from './clauses.js';

/** Each form of each lemma, to its lemma: { know: 'know knows knew' } → "knew" → "know". */
const formsOf = (lemmas: Record<string, string>): Map<string, string> =>
  new Map(Object.entries(lemmas).flatMap(([lemma, forms]) => forms.split(' ').map((f) => [f, lemma] as const)));

const BELIEF_FORMS = formsOf({
  believe: 'believe believes believed',
  think: 'think thinks thought',
  know: 'know knows knew',
  fear: 'fear fears feared',
  hope: 'hope hopes hoped',
  feel: 'feel feels felt',
  worry: 'worry worries worried',
  doubt: 'doubt doubts doubted',
  suspect: 'suspect suspects suspected',
  expect: 'expect expects expected',
});

// Intentions held, reported as beliefs are: "The council wants to sell the quay", "Holt plans to run
// again", "The board sought to calm investors", "She decided not to appeal". Annotated news counts
// what someone means to do as it counts what they think; these verbs hold an intention only with "to"
// and a verb after them ("wanted a recount", "the plans for a marina", "hoped for rain" hold none).
const INTENTION_FORMS = formsOf({
  want: 'want wants wanted',
  plan: 'plan plans planned',
  intend: 'intend intends intended',
  seek: 'seek seeks sought',
  decide: 'decide decides decided',
});

/** Words after which a form of these verbs is a noun: "the fear that", "their hopes", "no doubt". */
const NOUN_BEFORE = /^(a|an|the|his|her|their|its|our|my|your|no|any|some|this|these|those|of|for|with|without|about|amid|despite|and|or|’s|'s|s’|s')$/iu;

/** The lemma of a finite verb of belief at token `i` ("believes" → "believe"), or undefined: not a
 *  noun ("the fear that …", "no doubt", "think tanks"), nor a participle in -ing ("fearing the consequences, they …"
 *  says why the subject did something else). */
export function beliefCueAt(tokens: readonly { text: string }[], i: number): string | undefined {
  const lemma = BELIEF_FORMS.get(tokens[i]!.text) ?? intentionCueAt(tokens, i);
  const before = tokens[i - 1]?.text ?? '';
  // ("fueling worries that …", "raised fears that …", "left little doubt": after a verb or an adjective, a noun.)
  if (
    !lemma ||
    NOUN_BEFORE.test(before) ||
    /^\p{Ll}{2,}(ing|ed)$/u.test(before) ||
    /^(little|much|great|growing|serious|real|deep|widespread)$/iu.test(before) ||
    /^(tank|tanks)$/u.test(tokens[i + 1]?.text ?? '')
  )
    return undefined;
  // "as we know it", "please know that …": an aside and a plea, no belief held.
  return /^(as|please)$/iu.test(tokens[i - 2]?.text ?? '') || /^please$/iu.test(tokens[i - 1]?.text ?? '') ? undefined : lemma;
}

/** The lemma of a verb of intention at `i` with "to" (or "not to") right after it, or undefined: "wants
 *  to leave", "decided not to run"; not after a modal, which gives advice or a guess rather than a
 *  stance held ("Rivals may want to reconsider", "He would want to know"). */
function intentionCueAt(tokens: readonly { text: string }[], i: number): string | undefined {
  const lemma = INTENTION_FORMS.get(tokens[i]!.text);
  if (!lemma || /^(may|might|could|would|should|must|better)$/iu.test(tokens[i - 1]?.text ?? '')) return undefined;
  const to = /^not$/iu.test(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
  return /^to$/iu.test(tokens[to]?.text ?? '') ? lemma : undefined;
}

/** Whether a word is a form of a verb of belief or intention (the test report-openers.ts asks of each
 *  word, and what makes a quote a BELIEF). */
export const beliefForm = (word: string): boolean => BELIEF_FORMS.has(word) || INTENTION_FORMS.has(word);

/** Whether a lemma is a verb of belief or intention. */
export const isBeliefLemma = (lemma: string): boolean => BELIEF_LEMMAS.has(lemma);
const BELIEF_LEMMAS = new Set([...BELIEF_FORMS.values(), ...INTENTION_FORMS.values()]);

/** Whether the belief cue `lemma` at `i` states an intention: "wants to", "sought to", "hopes to". */
export const intentionAt = (tokens: readonly { text: string }[], i: number, lemma: string): boolean =>
  INTENTION_LEMMAS.has(lemma) || (lemma === 'hope' && /^to$/iu.test(tokens[i + 1]?.text ?? ''));

/** Whether a lemma holds an intention (or a hope) that "to" and a verb may state: "hopes to win". */
export const takesInfinitive = (lemma: string): boolean => INTENTION_LEMMAS.has(lemma) || lemma === 'hope';
const INTENTION_LEMMAS = new Set(INTENTION_FORMS.values());

/** Words that open a clause's subject: "they", "the", "Clinton", "voters". */
const SUBJECT_OPENER =
  /^(i|we|you|he|she|they|it|there|the|a|an|his|her|its|their|our|this|these|those|some|many|most|any|no|every|each|all|both|neither|\p{Lu}[\p{L}.'’-]*)$/u;
/** A plural noun opening the clause: "voters will forgive her" (not "as", "does"). */
const pluralSubject = (word: string) => /^\p{Ll}{3,}s$/u.test(word) && tagsOf(word).includes('Plural');
/** Words that stand for a clause said before, not one of their own: "feel that way", "think that much". */
const POINTS_BACK = /^that\s+(way|much|far|long|often|is\b|was\b)/iu;

/** Whether what follows a verb of belief is a clause it holds: "that" and a clause, or a subject and
 *  its verb within the first words ("they can win", "the economy has improved"), not a noun phrase
 *  ("knew Meles well"), a question ("knows what he'll do") or "like" ("feel like outsiders"). */
export function beliefClause(content: string): boolean {
  if (POINTS_BACK.test(content)) return false;
  const words = content.split(/\s+/u);
  if (/^that$/iu.test(words[0] ?? '')) return words.length >= 3 && beliefClause(words.slice(1).join(' '));
  if (!SUBJECT_OPENER.test(words[0] ?? '') && !pluralSubject(words[0] ?? '')) return false;
  // The clause's own verb stands within its first words, before any comma or relative pronoun ("believed
  // the polls that showed him winning" holds a noun phrase).
  const head = words
    .slice(0, 8)
    .join(' ')
    .split(/[,;:—–(]|\s(?:that|who|which)\s/u)[0]!;
  return (
    head
      .split(/\s+/u)
      .slice(1)
      .some((w) => isFiniteVerb(w)) ||
    hasClause(head) ||
    subjectAndPastVerb(head)
  );
}
