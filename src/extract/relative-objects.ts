// A cue in a relative clause whose pronoun is the subject of what was said: "a launch which state
// media claimed had put a satellite into orbit", "the test, which Pyongyang says was a success". The
// verb right after the cue tells the pronoun is its content's subject, so the cue is a verb for sure,
// and the words between the pronoun and the cue are its speaker, a place standing for its government too.
import { isFiniteVerb } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import type { Token } from './tokens.js';

const OBJECT_RELATIVE = /^(which|that|whom)$/iu;

/** The index of the relative pronoun before the short subject of the cue at `i`, when a finite verb
 *  follows the cue ("which state media claimed had put …"), or -1. */
function relativePronounOfCue(tokens: Token[], i: number): number {
  if (!isFiniteVerb(tokens[i + 1]?.text ?? '')) return -1;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!.text;
    if (OBJECT_RELATIVE.test(w)) return k;
    if (!/^[\p{L}.'’-]+$/u.test(w) || isFiniteVerb(w)) return -1;
  }
  return -1;
}

/** Whether the cue at `i` stands so: its verb sense is certain. */
export const relativeObjectCue = (tokens: Token[], i: number) => relativePronounOfCue(tokens, i) >= 0;

/** "which Pyongyang claimed had …": the name filling the words between the pronoun and the cue at
 *  `cue` (`j`: the last of them), whatever its type, or null. */
export function nameAfterRelative(names: NameIndex, tokens: Token[], j: number, cue: number): SpeakerSurface | null {
  const pronoun = relativePronounOfCue(tokens, cue);
  if (pronoun < 0) return null;
  const first = /^the$/iu.test(tokens[pronoun + 1]!.text) ? pronoun + 2 : pronoun + 1;
  const name = names.nameAt.get(tokens[first]?.start ?? -1);
  return name && name.end === tokens[j]!.end ? names.surface(name.start, name.end, 'NAME', name.entity.id) : null;
}
