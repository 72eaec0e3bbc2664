// Beliefs, fears and hopes held by someone the story names: "Republicans believe the ruling will
// help them", "Aides fear that the lead is slipping", "She thinks voters will forgive her". News
// attributes a stance this way as it does with "said", and annotated news counts it; these verbs mean
// much else ("I think so", "as we know", "feel like a fool", "hoped for rain"), so they report only a
// clause right after them, "that" and a clause, or a subject and its verb, never the words before them.
import { isFiniteVerb, tagsOf } from './lexicon.js';
import { hasClause, subjectAndPastVerb } from './clauses.js';

const BELIEF_FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries({
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
}))
  for (const f of forms.split(' ')) BELIEF_FORMS.set(f, lemma);

/** Words after which a form of these verbs is a noun: "the fear that", "their hopes", "no doubt". */
const NOUN_BEFORE = /^(a|an|the|his|her|their|its|our|my|your|no|any|some|this|these|those|of|for|with|without|about|amid|despite|and|or|’s|'s|s’|s')$/iu;

/** The lemma of a finite verb of belief at token `i` ("believes" → "believe"), or undefined: not a
 *  noun ("the fear that …", "no doubt", "think tanks"), nor a participle in -ing ("fearing the consequences, they …"
 *  says why the subject did something else). */
export function beliefCueAt(tokens: readonly { text: string }[], i: number): string | undefined {
  const lemma = BELIEF_FORMS.get(tokens[i]!.text);
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

/** Whether a word is a form of a verb of belief (the test report-openers.ts asks of each word). */
export const beliefForm = (word: string): boolean => BELIEF_FORMS.has(word);

/** Whether a lemma is a verb of belief. */
export const isBeliefLemma = (lemma: string): boolean => BELIEF_LEMMAS.has(lemma);
const BELIEF_LEMMAS = new Set(BELIEF_FORMS.values());

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
