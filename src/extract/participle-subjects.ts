// A cue in a participle on the sentence's subject: "A petition calling for the library to be saved
// has gathered 10,000 signatures", "A letter urging the council to act was sent on Monday". What the
// document asks ends where the sentence's own verb comes, after the infinitive or the appeal.
import { appealsThrough, cueLemma, INFINITIVE_VERBS } from './cues.js';
import { isFiniteAuxiliary, isFiniteVerb } from './lexicon.js';
import type { Token } from './tokens.js';

/** Whether the participle cue at `cue` qualifies the noun phrase opening the sentence: no verb, comma
 *  or preposition before it, and a noun right before it. */
function onOpeningSubject(tokens: Token[], cue: number): boolean {
  // ("Petitions calling for …": the noun may open the sentence, with its capital.)
  const noun = cue === 1 ? /^\p{Lu}\p{Ll}+s$/u : /^\p{Ll}+$/u;
  if (!/^\p{Ll}+ing$/u.test(tokens[cue]!.text) || cue < 1 || !noun.test(tokens[cue - 1]!.text)) return false;
  return tokens
    .slice(0, cue)
    .every((t, n) => /^[\p{L}\p{N}'’&-]+$/u.test(t.text) && !isFiniteVerb(t.text) && !(n === 0 && /^(as|after|while|when|by|in|despite)$/iu.test(t.text)));
}

/** The token where the sentence's verb follows what a participle on its subject asks for, or -1:
 *  "A motion calling for the mayor to resign | was passed …". */
export function subjectVerbAfterParticiple(tokens: Token[], cue: number): number {
  const lemma = cueLemma(tokens[cue]!.text) ?? '';
  const appeal = appealsThrough(lemma, tokens[cue + 1]?.text ?? '');
  if (!(appeal || INFINITIVE_VERBS.has(lemma)) || !onOpeningSubject(tokens, cue)) return -1;
  let infinitive = appeal;
  for (let k = cue + 1; k < tokens.length; k++) {
    const word = tokens[k]!.text;
    if (word === 'to') infinitive = true;
    else if (isFiniteAuxiliary(word)) return infinitive ? k : -1;
    else if (/^[,;:()“”"]$/u.test(word)) return -1;
  }
  return -1;
}
