// Names of exchanges and of papers in other languages, whose words look like nobody's and nothing
// else: "rose on the Nasdaq", "gold on COMEX", "Handelsblatt reported", "the Frankfurter Allgemeine Zeitung",
// "the Asahi Shimbun", "Corriere della Sera", and broadcasters named by the word for one ("Radio Marca",
// "Canal Plus", "Sky Italia").
import { lookupLocation } from '../gazetteer.js';

/** Exchanges news names bare, with no "Exchange" after them: a maintained list, as news agencies are. */
const EXCHANGES = new Set('nasdaq nyse comex nymex cbot cme cboe amex lme euronext xetra'.split(' '));

/** The word for a paper or for news that ends a paper's name in another language, alone ("Süddeutsche
 *  Zeitung", "Helsingin Sanomat") or compounded ("Handelsblatt", "de Volkskrant", "Aftenposten"), and
 *  English "news" compounded ("Wikinews", "Ynetnews"); a compound needs a stem before it ("David Blatt"
 *  is a person). */
const PAPER_WORD = /^(?:zeitung|dagblad|sanomat|nachrichten|rundschau|anzeiger|kurier|tidende|tidning|shimbun|ilbo|ribao)$/iu;
/** ... or opens it: "Corriere della Sera", "Gazzetta dello Sport", "Diario de Noticias", "Folha de S.Paulo". */
const PAPER_OPENING = /^(?:corriere|gazzetta|diario|diário|folha|jornal)$/iu;
const PAPER_COMPOUND = /^\p{Lu}\p{Ll}{3,}(?:blatt|zeitung|krant|dagblad|posten|bladet|tidning|news)$/u;

/** Words for a broadcaster that open its name in many languages: "Radio Marca", "Canal Plus", "Rai Uno",
 *  "RTL Nieuws", "TV Globo". */
const BROADCASTER_OPENING = /^(?:radio|rádio|canal|rai|rtl|tv|televisa|televisión|televisão)$/iu;

/** "Sky Italia", "Sky News", "Sky Deutschland": Sky before a place or the kind of news it carries
 *  ("Sky Brown" is a skateboarder). */
const skyChannel = (words: string[]) =>
  words.length === 2 && words[0] === 'Sky' && (/^(?:News|Sports?|Italia|Deutschland)$/u.test(words[1]!) || !!lookupLocation(words[1]!));

/** Whether the words name an exchange, a paper of another language or a broadcaster. */
export function namesMarketOrPaper(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.length === 1 && EXCHANGES.has(last.toLowerCase())) return true;
  if (words.length > 1 && (BROADCASTER_OPENING.test(words[0]!) || skyChannel(words))) return true;
  return PAPER_WORD.test(last) || PAPER_COMPOUND.test(last) || (words.length > 1 && PAPER_OPENING.test(words[0]!));
}
