// "Abbey National", "Grace Continental": a given name before a long adjective in "-al" names a firm, not
// a person (surnames are seldom such adjectives; "Ségolène Royal" has a short one). "General Mills",
// "General Accident": "General" that titles nobody (see `isTitleAt`) opens a firm's name of two words.
import { isFirstName, tagsOf } from '../lexicon.js';

export const namesFirmByAdjective = (words: string[]) =>
  words.length === 2 &&
  ((isFirstName(words[0]!) && /^\p{Lu}\p{Ll}{4,}al$/u.test(words[1]!) && tagsOf(words[1]!).includes('Adjective')) ||
    (words[0] === 'General' && !isFirstName(words[1]!)));
