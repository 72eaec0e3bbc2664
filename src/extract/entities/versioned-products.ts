// "Internet Explorer 6 … Internet Explorer 9", "Windows 7 … Windows 10": a name the story writes before two
// different version numbers is a line of products, no body, person or place, wherever the story names it. Not in
// a sports report, whose sides stand before their scores ("Velmora 2 Dovra 1 … Velmora 0"), nor a name headed as a
// body's or a place's ("Channel 4 … Channel 5", "Terminal 2 … Terminal 5"), nor where the number is an amount
// ("Velmora 45 percent … Velmora 52 percent").
import type { TypedCandidate } from './typed-candidates.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';
import { LOCATION_HEADS } from './place-vocabulary.js';
import { plainLower } from './typer-features.js';

/** A version number: one to twenty, written in figures. */
const VERSION = /^(?:[1-9]|1\d|20)$/u;
/** What makes the number after a name an amount or a score, not a version. */
const AMOUNT_AFTER = /^(?:%|percent|per|points?|to|-|–|,|\d.*)$/u;

/** The version number a candidate stands before, or undefined. */
function versionAfter({ c, type }: TypedCandidate): string | undefined {
  if (type === 'LOCATION' || !VERSION.test(c.next) || AMOUNT_AFTER.test(c.nextAfter)) return undefined;
  const last = c.words[c.words.length - 1]!.toLowerCase();
  return ORGANIZATION_HEADS.has(last) || LOCATION_HEADS.has(last) ? undefined : c.next;
}

/** Untypes (in place) every body or person the story names before two different version numbers, wherever it
 *  names it (none in a sports report). */
export function untypeVersionedProducts(typed: TypedCandidate[], sports: boolean): void {
  if (sports) return;
  const versions = new Map<string, Set<string>>();
  for (const t of typed) {
    const version = versionAfter(t);
    if (!version) continue;
    const name = plainLower(t.c.text);
    versions.set(name, (versions.get(name) ?? new Set()).add(version));
  }
  const products = new Set([...versions].filter(([, seen]) => seen.size > 1).map(([name]) => name));
  if (products.size) for (const t of typed) if (t.type !== 'LOCATION' && products.has(plainLower(t.c.text))) t.type = null;
}
