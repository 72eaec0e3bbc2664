// "the younger Mr Lamb", "the elder Lamb": of persons bearing one surname, the one the text made
// younger or older, by the ages it gave ("Edward Lamb, 68, and his son Thomas, 39,") or by the kin it
// introduced one of them as ("Edward Lamb and his son Thomas").
import type { Mention } from '../types.js';

/** "the younger ", "the elder Mr ", "the older Mrs " right before a surname. */
const GENERATION_BEFORE = /\bthe\s+(younger|elder|older)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/iu;
const JUNIOR = /\sJr\.?$/u;
const AGE_AFTER = /^(?:,\s+(?:aged\s+)?|\s+\()(\d{1,3})\b/u;
const CHILD_BEFORE = /\b(?:his|her|their)\s+(?:\p{Ll}+\s+)?(?:son|daughter)\s*,?\s*$/u;
const PARENT_BEFORE = /\b(?:his|her|their)\s+(?:\p{Ll}+\s+)?(?:father|mother)\s*,?\s*$/u;

/** Whether the surname at `start` is called the younger (true) or the elder (false); null for neither. */
export function youngerCalled(text: string, start: number): boolean | null {
  const generation = GENERATION_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  return generation ? generation.toLowerCase() === 'younger' : null;
}

/** Of `bearers` (two or more), the younger or the elder, if the text tells which. */
export function ofGeneration<D extends { mentions: Mention[] }>(text: string, bearers: D[], younger: boolean): D | undefined {
  if (bearers.length < 2) return undefined;
  const first = (d: D) => d.mentions.reduce((a, b) => (b.start < a.start ? b : a));
  // An age given each: the youngest or the oldest.
  const ages = bearers.map((d) => Number(AGE_AFTER.exec(text.slice(first(d).end, first(d).end + 12))?.[1] ?? Number.NaN));
  if (ages.every((n) => !Number.isNaN(n))) {
    const wanted = younger ? Math.min(...ages) : Math.max(...ages);
    return ages.filter((n) => n === wanted).length === 1 ? bearers[ages.indexOf(wanted)] : undefined;
  }
  // One named with "Jr." is the younger ("Tom Pike Jr." and "Tom Pike"), the other of two the elder.
  const junior = bearers.filter((d) => d.mentions.some((m) => JUNIOR.test(m.text)));
  if (junior.length === 1 && (younger || bearers.length === 2)) return younger ? junior[0] : bearers.find((d) => d !== junior[0]);
  // Of two, one introduced as the other's son or daughter (or father or mother).
  if (bearers.length !== 2) return undefined;
  const before = (d: D) => text.slice(Math.max(0, first(d).start - 30), first(d).start);
  const child = bearers.findIndex((d) => CHILD_BEFORE.test(before(d)));
  const parent = bearers.findIndex((d) => PARENT_BEFORE.test(before(d)));
  const youngerAt = child >= 0 ? child : parent >= 0 ? 1 - parent : -1;
  if (youngerAt < 0) return undefined;
  return bearers[younger ? youngerAt : 1 - youngerAt];
}
