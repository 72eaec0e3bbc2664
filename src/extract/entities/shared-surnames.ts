// "Ruth and Clara Hume": two given names joined by "and" share the surname after the second.
import { isFirstName } from '../lexicon.js';
import type { TypedCandidate } from './typed-candidates.js';
import { key } from './entity-table.js';
import { fullNameSurnames } from './retype.js';

/** Gives a lone given name the surname of the person named right after it with "and" ("Ruth" → "Ruth
 *  Hume" in "Ruth and Clara Hume"), unless the document names a person with that word as surname
 *  ("Piers Morgan … Morgan and Clara Hume"). */
export function shareSurnames(typed: TypedCandidate[], text: string): void {
  const surnames = fullNameSurnames(typed, key);
  for (let i = 0; i + 1 < typed.length; i++) {
    const first = typed[i]!;
    const second = typed[i + 1]!;
    const { words } = first.c;
    if (words.length !== 1 || first.type === 'LOCATION' || first.type === 'ORGANIZATION' || !isFirstName(words[0]!) || surnames.has(key(words[0]!))) continue;
    if (second.type !== 'PERSON' || second.c.words.length !== 2 || !isFirstName(second.c.words[0]!)) continue;
    if (!/^\s+(?:and|&)\s+$/u.test(text.slice(first.c.end, second.c.start))) continue;
    first.c.words = [words[0]!, second.c.words[1]!];
    first.type = 'PERSON';
  }
}

/** "his wife, Laura", "Bush's daughter Jenna": a kin whose given name alone follows a person's. */
const KIN_BEFORE = /(?:\b(?:his|her)|['’]s)\s+(?:wife|husband|widow|widower|son|daughter|brother|sister|father)\s*,?\s*$/iu;
/** How far back the person whose kin it is may be named: the same sentence, roughly. */
const KIN_REACH = 200;

/** Gives a lone given name introduced as a named person's kin that person's surname ("George W. Bush
 *  … and his wife, Laura" → "Laura Bush"), as readers and the people named so take it. */
export function kinSurnames(typed: TypedCandidate[], text: string): void {
  for (let i = 1; i < typed.length; i++) {
    const kin = typed[i]!;
    const { words } = kin.c;
    // (A kin's given name may be a town's too: "his daughter Anna".)
    if (words.length !== 1 || kin.type === 'ORGANIZATION' || !isFirstName(words[0]!)) continue;
    if (!KIN_BEFORE.test(text.slice(Math.max(0, kin.c.start - 30), kin.c.start))) continue;
    // "Halloran's daughter, Claire": the possessor's name, however short; "his wife": the person named before in the sentence.
    const previous = typed[i - 1]!;
    const possessor = previous.type === 'PERSON' && /^['’]s\s/u.test(text.slice(previous.c.end, kin.c.start)) ? previous : null;
    // "Janet's husband, Derek": a given name alone is no surname; the family's is that of the person it
    // stands for ("Janet Robson"), if any ("Mrs Whitcombe's husband": a title makes it a surname).
    const given = possessor && givenNameOnly(possessor, text) ? possessor.c.words[0]! : null;
    const person = given
      ? typed.slice(0, i - 1).findLast((t) => t.type === 'PERSON' && t.c.words.length > 1 && key(t.c.words[0]!) === key(given))
      : (possessor ??
        typed
          .slice(0, i)
          .findLast(
            (t) => t.type === 'PERSON' && t.c.words.length > 1 && t.c.end >= kin.c.start - KIN_REACH && !/[.!?]\s/u.test(text.slice(t.c.end, kin.c.start)),
          ));
    if (!person) continue;
    kin.c.words = [words[0]!, person.c.words[person.c.words.length - 1]!];
    kin.type = 'PERSON';
  }
}

/** A possessor named by a lone given name with no title before it: "Janet's", not "Mrs Whitcombe's" or "Halloran's". */
const givenNameOnly = (possessor: TypedCandidate, text: string): boolean =>
  possessor.c.words.length === 1 &&
  isFirstName(possessor.c.words[0]!) &&
  !/\b(?:Mrs|Mr|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+$/u.test(text.slice(Math.max(0, possessor.c.start - 6), possessor.c.start));
