// "the Catholic Church", "the Greek Orthodox Church", "the Anglican Church": "Church" after words of a faith
// alone (and a people's: "Russian Orthodox") names the faith's body, an organization, not a building; a
// church with a name of its own before its faith ("Zion Baptist Church", "St Mary's Church") is the building.
import { isDemonymWord } from '../gazetteer.js';
import { isFaithWord } from './no-entity-names.js';

/** Whether the words are a faith's words (a people's among them) and "Church" after them. */
export const namesFaithChurch = (words: string[]) =>
  words.length > 1 &&
  /^Church(?:es)?$/u.test(words[words.length - 1]!) &&
  words.slice(0, -1).some(isFaithWord) &&
  words.slice(0, -1).every((w) => isFaithWord(w) || isDemonymWord(w) || w === 'Roman');
