// The place a politician stands for, as the text gives it next to the name ("Sen. Susan Collins
// (R-Maine)", "Collins, a Maine Republican", "Sen. Lisa Murkowski of Alaska", "Maine Sen. Susan
// Collins"), so that "the Maine Republican" is the senator from Maine, never the one from Alaska.
import { ARTICLE_ALTERNATIVES } from './lexicon.js';
import { isCountry, lookupLocation, US_STATE_ABBREVIATIONS } from './gazetteer.js';
import type { Entity, TextSpan } from './types.js';

/** A place word or two: "Maine", "New York", "N.Y.". */
const PLACE = String.raw`\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?`;
/** What a politician is called after the place: a party's member or an office. */
const MEMBER = String.raw`(?:Democrat|Republican|[Ii]ndependent|[Ss]enator|[Ll]awmaker|[Cc]ongress(?:wo)?man|[Rr]epresentative|[Gg]overnor|Sen\.|Rep\.|Gov\.)`;
/** Places after a name: "(R-Maine)", ", D-N.Y.,", " of Alaska", ", a Maine Republican". */
const PLACE_AFTER = new RegExp(
  String.raw`^(?:\s*\((?:R|D|I)-(${PLACE})\)|,\s(?:R|D|I)-(${PLACE}),|\sof\s(${PLACE})\b|,\s(?:${ARTICLE_ALTERNATIVES})\s(?:\p{Ll}+\s)?(${PLACE})\s${MEMBER})`,
  'u',
);
/** A place before a name, in its titles: "Maine Sen. ", "Maine Republican ", "Alaska Gov. ". */
const PLACE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}.])(${PLACE})\s(?:(?:Democratic|Republican)\s)?${MEMBER}\s$`, 'u');
/** The member's word and its space that end PLACE_BEFORE, within the last characters before a name
 *  (as many as "Representative "): tried first, since PLACE_BEFORE is tried at every word before each name. */
const MEMBER_AT_END = new RegExp(String.raw`${MEMBER}\s$`, 'u');
const MEMBER_REACH = 'Representative '.length;
/** A capitalised word for a politician that a place before it qualifies ("the Maine Republican", "the
 *  Ohio Congressman"): the place says where the person is from and is never the subject itself. */
const CAPITALISED_MEMBER = /^(?:Democrat|Republican|Independent|Senator|Lawmaker|Congress(?:wo)?man|Representative|Governor)$/u;

export function isCapitalisedMember(word: string): boolean {
  return CAPITALISED_MEMBER.test(word);
}

/** A place qualifying a description's head: "the Maine Republican", "the Alaska senator". */
const PLACE_IN = new RegExp(String.raw`^[Tt]he\s(${PLACE})\s${MEMBER}$`, 'u');

/** The state, province or city a place word names ("N.Y." → "New York"); not a country, which a
 *  whole delegation shares. */
function homePlace(words: string | undefined): string | null {
  if (!words) return null;
  const place = US_STATE_ABBREVIATIONS.get(words) ?? lookupLocation(words);
  return place && !isCountry(place) ? place : null;
}

/** The home places the text gives the persons among `names` (name mentions in text order). */
export function homePlacesIn(text: string, names: readonly { e: Entity; m: TextSpan }[]) {
  const homes = new Map<Entity, Set<string>>();
  for (const { e, m } of names) {
    if (e.type !== 'PERSON') continue;
    const after = PLACE_AFTER.exec(text.slice(m.end, m.end + 50));
    const words = text.slice(Math.max(0, m.start - 40), m.start);
    const before = MEMBER_AT_END.test(words.slice(-MEMBER_REACH)) ? PLACE_BEFORE.exec(words) : null;
    for (const words of [...(after?.slice(1) ?? []), before?.[1]]) {
      const place = homePlace(words);
      if (place) homes.set(e, (homes.get(e) ?? new Set<string>()).add(place));
    }
  }
  /** For a description by place ("the Maine Republican"), the persons it may describe: any the
   *  text gave no other home; and the one person it gave that home, if there is one. */
  const describedHome = (description: string) => homePlace(PLACE_IN.exec(description)?.[1]);
  const mayComeFrom = (description: string) => {
    const place = describedHome(description);
    return (e: Entity) => !place || !homes.has(e) || homes.get(e)!.has(place);
  };
  const personFrom = (description: string, fits: (e: Entity) => boolean): Entity | null => {
    const place = describedHome(description);
    const found = place ? [...homes].filter(([e, at]) => at.has(place) && fits(e)) : [];
    return found.length === 1 ? found[0]![0] : null;
  };
  return { mayComeFrom, personFrom };
}
