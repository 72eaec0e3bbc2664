// What only a firm or a public body does, right after its name: "agreed to buy Direct Line",
// "rejected a fourth takeover approach", "swung to a loss", "fined Thames Water 123 million pounds", a broker's
// "upgraded the stock", a stock's valuation ("was undervalued").
// A name of no given name that does so is an organization's.
import { ARTICLE_ALTERNATIVES } from '../lexicon.js';

// A broker's calls on a stock: "upgraded the stock", "downgraded Lloyds to hold", "cut its price target", "initiated coverage".
const BROKER_CALLS = [
  '(?:upgraded|downgraded|upgrades|downgrades)\\s+(?:the\\s+(?:stock|shares|company|group|bank|sector)|its\\s+(?:rating|recommendation)|(?:\\p{Lu}[\\p{L}&.-]*\\s+){1,3}to\\s+(?:buy|sell|hold|neutral|outperform|underperform|overweight|underweight)\\b)',
  '(?:raised|cut|lowered|raises|cuts|lowers)\\s+its\\s+(?:price\\s+)?(?:target|rating|recommendation)\\b',
  '(?:initiated|started|resumed)\\s+coverage\\b',
];

const FIRM_ACTS = new RegExp(
  [
    // deals: "agreed to buy", "agreed to sell its stake"
    '(?:agreed|agrees|offered)\\s+to\\s+(?:buy|sell|purchase)\\b',
    // takeovers: "rejected a fourth takeover approach", "rebuffed a bid"
    `(?:rejected|rebuffed|spurned|received|launched|made)\\s+(?:${ARTICLE_ALTERNATIVES})\\s+(?:[\\p{L}\\d.-]+\\s+){0,2}?(?:takeover|bid|buyout|approach|merger\\s+proposal)\\b`,
    // results: "swung to a loss", "returned to profit", "issued a profit warning"
    '(?:issued|issues)\\s+(?:a|another|its\\s+\\p{Ll}+)\\s+profits?\\s+warning\\b',
    '(?:swung|slumped|plunged|fell|returned|sank)\\s+(?:in)?to\\s+(?:a\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:loss|profit)\\b',
    // officers: "named Ricardo Roa as chief executive" (a government names one "chief executive of" a firm)
    '(?:named|appointed|hired)\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){1,3}(?:as\\s+)?(?:its\\s+)?(?:new\\s+)?(?:chief\\s+executive|chief\\s+financial\\s+officer|ceo)\\b(?!\\s+of\\b)',
    // valuations: "was undervalued", "is still fully valued", "looked oversold", "was a buy" (a player
    // "felt undervalued"; what a copula says of a stock)
    '(?:is|was|are|were|looks|looked|remains|remained|seems|seemed|appears|appeared)\\s+(?:(?:still|now|already|\\p{Ll}+ly)\\s+)?(?:undervalued|overvalued|(?:fully|fairly)\\s+valued|oversold|overbought|an?\\s+(?:strong\\s+)?(?:buy|sell)\\b)',
    // penalties: "fined Thames Water", "fined the bank 40 million"
    'fined\\s+(?:the\\s+)?\\p{L}+(?:\\s+\\p{L}+){0,3}?\\s+\\d',
    ...BROKER_CALLS,
  ].join('|'),
  'u',
);
const OPENING = new RegExp(`^\\s*(?:\\p{Ll}+\\s+)?(?:${FIRM_ACTS.source})`, 'u');

/** The verbs of those acts the lexicon may not read as finite ("rejected", "fined"). */
export const isFirmActVerb = (word: string) => /^(?:rejected|rebuffed|spurned|launched|fined)$/u.test(word);

/** Whether the sentence after a name opens with what only a firm or body does. */
export const actsAsFirm = (sentence: string) => OPENING.test(sentence);

const BROKER_CALL = new RegExp(`^\\s+(?:${BROKER_CALLS.join('|')})`, 'u');
/** Whether the text after a name opens with a broker's call on a stock: "Bernstein upgraded the stock". */
export const callsAsBroker = (after: string) => BROKER_CALL.test(after);
