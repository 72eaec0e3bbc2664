// Banks and brokers of the financial pages that are named after their founders ("Morgan Stanley",
// "Merrill Lynch", "Dean Witter"): their names read as persons' wherever the story says nothing of
// what they are ("Lehman Brothers and Bear Stearns both cut their forecasts"). A short list of the
// long-established houses, each named in full; a house named otherwise is read from its context.
const HOUSES = new Set(
  [
    'alex brown',
    'alex. brown',
    'bear stearns',
    'brewin dolphin',
    'cantor fitzgerald',
    'charles schwab',
    'credit suisse first boston',
    'dean witter',
    'dean witter reynolds',
    'dillon read',
    'donaldson lufkin',
    'edward jones',
    'goldman sachs',
    'hoare govett',
    'james capel',
    'jardine fleming',
    'kidder peabody',
    'kleinwort benson',
    'lazard freres',
    'legg mason',
    'lehman brothers',
    'merrill lynch',
    'morgan grenfell',
    'morgan stanley',
    'morgan stanley dean witter',
    'paine webber',
    'panmure gordon',
    'piper jaffray',
    'raymond james',
    'robert fleming',
    'salomon brothers',
    'salomon smith barney',
    'sbc warburg',
    'shearson lehman',
    'smith barney',
    'smith new court',
    'tucker anthony',
  ].map((name) => name.replace(/\s+/gu, ' ')),
);

/** Whether the words name one of the houses above, in any case ("MERRILL LYNCH"). */
export const namesFinancialHouse = (words: string[]) => words.length > 1 && HOUSES.has(words.join(' ').toLowerCase());
