// Names of exchanges and of papers in other languages, whose words look like nobody's and nothing
// else: "rose on the Nasdaq", "gold on COMEX", "Handelsblatt reported", "the Frankfurter Allgemeine Zeitung",
// "the Asahi Shimbun", "Corriere della Sera".

/** Exchanges news names bare, with no "Exchange" after them: a maintained list, as news agencies are. */
const EXCHANGES = new Set('nasdaq nyse comex nymex cbot cme cboe amex lme euronext xetra'.split(' '));

/** The word for a paper or for news that ends a paper's name in another language, alone ("Süddeutsche
 *  Zeitung", "Helsingin Sanomat") or compounded ("Handelsblatt", "de Volkskrant", "Aftenposten"); a
 *  compound needs a stem before it ("David Blatt" is a person). */
const PAPER_WORD = /^(?:zeitung|dagblad|sanomat|nachrichten|rundschau|anzeiger|kurier|tidende|tidning|shimbun|ilbo|ribao)$/iu;
/** ... or opens it: "Corriere della Sera", "Gazzetta dello Sport", "Diario de Noticias", "Folha de S.Paulo". */
const PAPER_OPENING = /^(?:corriere|gazzetta|diario|diário|folha|jornal)$/iu;
const PAPER_COMPOUND = /^\p{Lu}\p{Ll}{3,}(?:blatt|zeitung|krant|dagblad|posten|bladet|tidning)$/u;

/** Whether the words name an exchange or a paper of another language. */
export function namesMarketOrPaper(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.length === 1 && EXCHANGES.has(last.toLowerCase())) return true;
  return PAPER_WORD.test(last) || PAPER_COMPOUND.test(last) || (words.length > 1 && PAPER_OPENING.test(words[0]!));
}
