// "…, said Akiko Mori, chief economist at Daiwa Research, who predicted …": "who" after a person's
// role at a body stands for the person, not for the body ending the role.
import { isFiniteVerb } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { phraseEndingAt } from './noun-phrases.js';
import type { Token } from './tokens.js';
import { isArticle } from './word-classes.js';

/** When `antecedent` is a body or a place after "at", "of" or "for" in a role set off after a
 *  person's name ("Akiko Mori, chief economist at Daiwa Research"), that person; else null. */
export function personBeforeAffiliation(names: NameIndex, tokens: Token[], antecedent: SpeakerSurface): SpeakerSurface | null {
  const type = names.nameAt.get(antecedent.start)?.entity.type;
  if (!type || type === 'PERSON') return null;
  // ("a staffer at the State Department": past the article before the name.)
  const at = tokens.findIndex((t) => t.start === antecedent.start) - 1;
  const k = /^the$/iu.test(tokens[at]?.text ?? '') ? at - 1 : at;
  if (k < 2 || !/^(at|of|for)$/iu.test(tokens[k]!.text)) return null;
  for (let n = k - 1; n > 0 && n >= k - 6; n--) {
    const w = tokens[n]!.text;
    if (w === ',') {
      const person = n > k - 2 ? null : phraseEndingAt(names, tokens, n - 1);
      return person && names.nameAt.get(person.start)?.entity.type === 'PERSON' ? person : null;
    }
    if (!/^[\p{L}.'’-]+$/u.test(w) || isFiniteVerb(w)) return null;
  }
  return null;
}

/** When `antecedent` is a description set off right after a person's name ("Ann Lutz, a Democrat
 *  who opposed the plan", "Mark Hale, the lawyer who argued"), that person: "who" after an
 *  apposition stands for the one it describes, whom the story names, not for the description. */
export function personBeforeDescription(names: NameIndex, tokens: Token[], antecedent: SpeakerSurface): SpeakerSurface | null {
  if (antecedent.kind !== 'NOMINAL') return null;
  const at = tokens.findIndex((t) => t.start === antecedent.start);
  if (at < 2 || !isArticle(tokens[at]!.text) || tokens[at - 1]!.text !== ',') return null;
  const person = phraseEndingAt(names, tokens, at - 2);
  return person?.kind === 'NAME' && names.nameAt.get(person.start)?.entity.type === 'PERSON' ? person : null;
}
