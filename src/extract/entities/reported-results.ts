// What a firm says of its own results: "said profits fell", "said net debt rose to 9 billion",
// "said on Monday quarterly revenue grew 14 percent", "said volumes grew 3 percent". A person speaks
// of someone's results too, yet a name with no given name that reports them as its own is a firm's.

const MEASURES = '(?:profits?|revenues?|sales|earnings|turnover|net\\s+debt|debt|volumes|margins?|orders|deliveries|shipments|output|premiums)';
const MOVES =
  '(?:rose|fell|grew|jumped|slumped|dropped|climbed|declined|increased|decreased|doubled|halved|slipped|surged|plunged|tumbled|would\\s+(?:rise|fall|grow))';

/** "said (on Monday) (that) (its) (up to two words) <measure> <moved>" opening what follows a name. */
const SAYS_RESULTS_MOVED = new RegExp(
  `^\\s*(?:said|says|reported)\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?:that\\s+)?(?:its\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${MEASURES}\\s+(?:had\\s+|have\\s+)?${MOVES}\\b`,
  'u',
);

/** Whether the sentence after a name reports the name's results moving. */
export const saysResultsMoved = (sentence: string) => SAYS_RESULTS_MOVED.test(sentence);
