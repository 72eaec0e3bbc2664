// Ages the text gives named people ("Daniel Okafor, 29,", "29-year-old Daniel Okafor", "Ann Holt (54)"),
// so that "the 29-year-old" is the person of that age, not whoever was quoted last.
import type { Entity, TextSpan } from './types.js';

/** An age in apposition right after a name: ", 29,", ", aged 29,", " (29)", ", a 31-year-old Brazilian". */
const AGE_AFTER = /^(?:,\s+(?:aged\s+)?(\d{1,3})(?=[,.;)]|\s+(?:and|has|had|is|was|will|who)\b)|\s+\((\d{1,3})\)|,\s+an?\s+(\d{1,3})-year-old\b)/u;
/** An age qualifying the words before a name: "29-year-old striker ", "the 54-year-old ". */
const AGE_BEFORE = /\b(\d{1,3})-year-old\s+(?:\p{L}[\p{L}.-]*\s+){0,3}$/u;
/** The age in a description: "the 29-year-old", "the 29-year-old striker". */
const AGE_IN = /\b(\d{1,3})-year-old\b/u;

/** The ages given the persons among `names` (name mentions in text order). */
export function agedPersonsIn(text: string, names: readonly { e: Entity; m: TextSpan }[]) {
  const ageOf = new Map<Entity, string>();
  for (const { e, m } of names) {
    if (e.type !== 'PERSON' || ageOf.has(e)) continue;
    const after = AGE_AFTER.exec(text.slice(m.end, m.end + 40));
    const age = after?.[1] ?? after?.[2] ?? after?.[3] ?? AGE_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1];
    if (age) ageOf.set(e, age);
  }
  /** For a description giving an age, whether a person may be the one described: any person
   *  the text gave no other age. */
  const mayBeAged = (description: string) => {
    const age = AGE_IN.exec(description)?.[1];
    return (e: Entity) => !age || (ageOf.get(e) ?? age) === age;
  };
  /** The one person the text gave the age of a description ("the 29-year-old" after "Daniel Okafor, 29,"). */
  const personAged = (description: string, fits: (e: Entity) => boolean): Entity | null => {
    const age = AGE_IN.exec(description)?.[1];
    const found = age ? [...ageOf].filter(([e, given]) => given === age && fits(e)) : [];
    return found.length === 1 ? found[0]![0] : null;
  };
  return { mayBeAged, personAged };
}
