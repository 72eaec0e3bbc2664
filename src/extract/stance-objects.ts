// "Holt challenged the assertion that …", "Pike bristled at the suggestion that …", "Aides backed away
// from a suggestion that …": a speech noun with no source of its own, the object of a verb that takes a
// stance on what it says, is told by the verb's subject, whose stance the clause reports, as annotated
// news has it (PolNeAR train: the subject in 5 of 5 such quotes). "faced allegations that …" and
// "despite complaints that …" stay with no speaker (unsourced-speech-nouns.ts), and "denied the
// allegations that …" is a denial of its own (denials.ts).
import { type Token, wordAt } from './tokens.js';

/** Verbs whose object is a claim they take a stance on: "challenged", "disputes", "rejecting". */
const ON_OBJECT = /^(challeng|disput|reject|dismiss|rebut|refut|contest|question|ridicul|mock|deride)(e|es|ed|ing|s|ted|ting)?$/u;
/** Verbs that take a stance on a claim through a word before it: "bristled at", "backed away from". */
const THROUGH: [RegExp, RegExp][] = [
  [/^(bristl|scoff|balk|bridl|chafe|chaf)(e|es|ed|ing|s)?$/u, /^at$/u],
  [/^(back|backs|backed|backing|shy|shies|shied|shying|distance[sd]?|distancing|walk|walks|walked|walking)$/u, /^(from|away)$/u],
  [/^(push|pushes|pushed|pushing|hit|hits|hitting|fire|fires|fired|firing)$/u, /^(back|out)$/u],
  [/^(strike|strikes|struck|striking|shoot|shoots|shot|shooting|knock|knocks|knocked|knocking)$/u, /^down$/u],
  [/^(brush|brushes|brushed|brushing|wave|waves|waved|waving|shrug|shrugs|shrugged|shrugging|laugh|laughs|laughed|laughing)$/u, /^(off|aside|away)$/u],
];

/** The index of the verb before token `k` that takes a stance on the noun after `k` ("challenged" in
 *  "challenged the …", "bristled" in "bristled at the …", "took" in "took issue with the …"), or -1.
 *  `k` is the word right before the noun's determiners and adjectives. */
export function stanceVerbBefore(tokens: Token[], k: number): number {
  const w = (n: number) => wordAt(tokens, n);
  if (ON_OBJECT.test(w(k))) return k;
  // "took issue with", "takes exception to".
  if (/^(with|to)$/u.test(w(k)) && /^(issue|exception)$/u.test(w(k - 1)) && /^(take|takes|took|taken|taking)$/u.test(w(k - 2))) return k - 2;
  // "pushed back on", "backed away from": a particle and a preposition.
  const p = /^(on|against|at|from)$/u.test(w(k)) && /^(back|away|out)$/u.test(w(k - 1)) ? k - 1 : k;
  return THROUGH.some(([verb, word]) => word.test(w(p)) && verb.test(w(p - 1))) ? p - 1 : -1;
}
