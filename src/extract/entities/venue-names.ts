// "the Kennedy Space Center", "the Metro Velmora Convention Centre", "the Museum of Flight", "Bagram Air Base",
// "the Space Center Visitor Complex": a centre named for what is shown, held or done there, a museum, a base or
// a complex is where it stands, a place, as a stadium or an airport is; a centre named for what it studies or
// serves stays a body ("the Pew Research Center", "the Carter Center", "the Center for Strategic Studies").

/** What a centre is named for when it is a venue: what is shown ("Science", "Art", "Space"), held ("Convention",
 *  "Exhibition", "Events") or done there ("Shopping", "Trade", "Sports"), or who comes to it ("Visitor"). */
const VENUE_KINDS = new Set(
  'space rocket science convention conference exhibition events trade shopping visitor visitors art arts sports leisure aquatic aquatics civic'.split(' '),
);

/** Whether the words of a name (two or more) name a venue, a museum, a base or a complex: its last word
 *  "Museum", "Base" or "Complex", "Museum" opening it before "of", or "Center" ("Centre") last after a
 *  word of a venue's kind. */
export function namesVenue(words: string[]): boolean {
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!)) return false;
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1]!;
  if (last === 'museum' || last === 'base' || last === 'complex') return true;
  if (lower[0] === 'museum' && lower[1] === 'of') return true;
  return (last === 'center' || last === 'centre') && lower.slice(0, -1).some((w) => VENUE_KINDS.has(w));
}
