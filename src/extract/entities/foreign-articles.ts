// Another language's article before a capitalised word: English writes it only inside a name ("Le
// Monde said", "Die Welt reported", "La Paz"), so it belongs to the name even opening a sentence.
const ARTICLES = new Set(['Le', 'La', 'Les', 'El', 'Los', 'Las', 'Il', 'Lo', 'Die', 'Der', 'Das', 'Het', 'De', 'Du', 'Des']);
// Articles that open no family's or given name ("Le Pen", "Le Duc Anh", "De Klerk", "Lo Chi-wah", "Das",
// "Les Ferdinand" do).
const NO_SURNAME = new Set(['La', 'El', 'Il', 'Die', 'Het']);

/** Whether a run of words opens with another language's article before a name. */
export const opensWithForeignArticle = (words: string[]) => words.length > 1 && ARTICLES.has(words[0]!);

/** "La Stampa", "El Pais", "Die Welt": two words, an article no surname opens, then a word: a paper's or a firm's name, no person's. */
export const namesTitledWork = (words: string[]) => words.length === 2 && NO_SURNAME.has(words[0]!);
