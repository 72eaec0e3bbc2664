// The places of a story's dateline as candidates: LOCATION whatever else the story makes of them.
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { spanCandidate } from './candidates.js';
import { datelinePlaces } from './dateline-places.js';
import { type TypedCandidate, typedCandidate } from './typed-candidates.js';

/** The places of a dateline opening `tokens` ("NICE, France 1996-08-30"), as LOCATION candidates the
 *  typer leaves alone. A city the gazetteer does not know needs capitals, a known state or country, a
 *  date or an agency after it, and no ordinary word in it ("SOCCER - …", "PRESALE - …" are labels). */
export function datelineCandidates(text: string, tokens: Token[]): TypedCandidate[] {
  if (!tokens.length) return [];
  const { spans, dated } = datelinePlaces(text, tokens[0]!.start, tokens[tokens.length - 1]!.end);
  const city = spans[0] && text.slice(spans[0][0], spans[0][1]);
  // "BARTLEY, Ohio - …": a state or country the gazetteer knows after the city places it, as a date would.
  const placed = dated || (!!spans[1] && !!lookupLocation(text.slice(spans[1][0], spans[1][1])));
  // "Medicos Sin Fronteras (MSF) said": a place in title case before brackets is one the gazetteer knows.
  if (!city || (!lookupLocation(city) && (!placed || /\p{Ll}/u.test(city) || city.split(' ').some((w) => isCommonWord(w.toLowerCase()))))) return [];
  return spans.map(([start, end]) => {
    const from = tokens.findIndex((t) => t.start === start);
    const to = tokens.findIndex((t) => t.end === end) + 1;
    return typedCandidate(spanCandidate(text, tokens, from, to), 'LOCATION', false, { dateline: true });
  });
}
