// Names a market story shows moving as shares move are listed companies.
import { lookupLocation } from '../gazetteer.js';
import { isCommonWord, isFirstName } from '../lexicon.js';
import { callsAsBroker } from './firm-acts.js';
import type { TypedCandidate } from './typed-candidates.js';

// A name that moves as shares move, alone or listed with another: "Infosys and Wipro slipped",
// "Banorte and Cemex led gains", "Mahindra and Maruti Suzuki shares rose"; or that stands where a market
// report leaves its shares: "Kvaerner was weak", "Vossloh and Krones were also lower", "led bank shares higher";
// or that calls a stock as a broker does.
const MOVES_AS_SHARES =
  /^\s*(?:and\s+(?:\p{Lu}[\p{L}&.'-]*\s+){1,3})?(?:shares\s+)?(?:also\s+)?(?:rose|fell|gained|slipped|dropped|climbed|jumped|slumped|tumbled|eased|advanced|declined|rallied|surged|plunged|sank|soared|led\s+(?:gains|losses|the\s+(?:gainers|losers|market|index)|(?:\p{Ll}+\s+)?(?:shares|stocks)\s+(?:higher|lower))|(?:was|were)\s+(?:also\s+)?(?:slightly\s+|sharply\s+)?(?:higher|lower|firmer|weaker|steady|firm|weak|flat|unchanged)\b)\b/u;
// A story about a market: only there does moving say a name is a listed company.
// (It reads the whole text: (?<!\w), the same as \b before a word's first letter, fails faster at the other characters.)
const MARKET_STORY = /(?<!\w)(?:shares|stocks|bourse|stock\s+exchange)\b/iu;

/** Retypes (in place) as organizations the names a market story shows moving as shares move: a name
 *  of one to three words with no given name first, no title, no place, whose type the context left
 *  open (`decided`). */
export function marketMovers(text: string, typed: TypedCandidate[], decided: (t: TypedCandidate) => boolean): void {
  if (!MARKET_STORY.test(text)) return;
  for (const t of typed) {
    const { c } = t;
    if (t.type === 'ORGANIZATION' || t.type === 'LOCATION' || decided(t) || c.words.length > 3 || c.titles.length || c.honorific || c.onlyIfKnown) continue;
    // "Shares rose", "Stocks fell": an ordinary word is no company.
    if (c.words.length === 1 && isCommonWord(c.text)) continue;
    if (isFirstName(c.words[0]!) || lookupLocation(c.text)) continue;
    // "after Bernstein upgraded the stock": a broker's call, whatever surname the broker's name is too.
    const after = text.slice(c.end, c.end + 80);
    if (!MOVES_AS_SHARES.test(after) && !callsAsBroker(after)) continue;
    t.type = 'ORGANIZATION';
  }
}
