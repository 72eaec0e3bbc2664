// What a story says a name is or owns, where a person's name could stand: "Eli Lilly and Novo Nordisk
// were the two most valuable drugmakers", "Fletcher Challenge said it would spin off its forestry
// arm". Nobody is a drugmaker, nor has a forestry arm or a stake of their own called "its".

/** "is the world's largest drugmaker", "were the two most valuable drugmakers" (the name, or names
 *  joined by "and", as the subject of "is" and a company's noun; "a company's" owns something else). */
const SAID_TO_BE_FIRM =
  /^\s*(?:and\s+(?:\p{Lu}[\p{L}&.'-]*\s+){1,3})?(?:is|was|are|were|remains|remained|became)\s+(?:the|a|an|one\s+of\s+the)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:compan(?:y|ies)|firms?|drugmakers?|carmakers?|automakers?|chipmakers?|steelmakers?|carriers?|airlines?|insurers?|retailers?|lenders?|banks?|conglomerates?|manufacturers?|brokerages?)\b(?!['’])/u;

/** Whether the window after a name says it is a company. */
export const saidToBeFirm = (after: string) => SAID_TO_BE_FIRM.test(after);

/** "its forestry arm", "its stake", "its Asian unit": what only a firm owns, after "its". */
const OWNED_BY_FIRMS =
  /\bits\s+(?:[\p{L}-]+\s+){0,2}?(?:arm|units?|divisions?|subsidiar(?:y|ies)|stakes?|shares|stores|plants|factories|fleet|brands|operations|assets|shareholders)\b/u;

/** Whether a sentence whose "its" goes back to the name (see ownsRightAfter) says it owns what only a firm owns. */
export const ownsAsFirm = (sentence: string) => OWNED_BY_FIRMS.test(sentence);
