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

/** The most tokens a phrase set off after a person's name may run before "who". */
const SET_OFF_REACH = 16;

/** When `antecedent` is a body or a place ending a phrase set off after a person's name, whatever
 *  opens the phrase ("Ian Ross, a dentist from Harlow, Velmora, who said", "Ann Lutz, 41, from
 *  Velmora, who said", "Senator Ann Lutz of Velmora, the ranking member on the Harbour Committee, who
 *  said"), that person: "who" stands for people, and only commas, words and no verb lie between. */
export function personBeforeSetOffPhrase(names: NameIndex, tokens: Token[], antecedent: SpeakerSurface): SpeakerSurface | null {
  const type = names.nameAt.get(antecedent.start)?.entity.type;
  if (!type || type === 'PERSON') return null;
  const at = tokens.findIndex((t) => t.start === antecedent.start);
  for (let n = at - 1; n > 0 && n >= at - SET_OFF_REACH; n--) {
    const w = tokens[n]!.text;
    const name = names.nameAt.get(tokens[n]!.start);
    if (name?.entity.type === 'PERSON') {
      // The person's name, then the comma or "of" that opens what is said of the person.
      const next = tokens[n + 1]?.text ?? '';
      return name.end === tokens[n]!.end && (next === ',' || /^(of|from)$/iu.test(next)) ? names.surface(name.start, name.end, 'NAME', name.entity.id) : null;
    }
    if (w !== ',' && (!/^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u.test(w) || /^(and|or|but|who|which|that)$/iu.test(w) || isFiniteVerb(w))) return null;
  }
  return null;
}
