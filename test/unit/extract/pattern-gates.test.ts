// The cheap tests that spare a slow pattern its search answer as the pattern alone did: where the
// pattern may match they let it run, and where it cannot they say no without it.
import { describe, expect, it } from 'vitest';
import { isLabelLine } from '../../../src/extract/quotes.js';
import { hasLetter } from '../../../src/extract/tokens.js';
import { titleBefore } from '../../../src/extract/title-before.js';
import { namesWebFirm } from '../../../src/extract/entities/web-domains.js';
import { scorecardPlayers } from '../../../src/extract/entities/scorecard-players.js';
import { isSportsReport } from '../../../src/extract/entities/sports-reports.js';

const spanTexts = (line: string) => scorecardPlayers(line).map(([s, e]) => line.slice(s, e));

describe('a web domain needs a period', () => {
  it('reads a domain at the end of a name, and nothing in a word without a period', () => {
    expect(namesWebFirm(['Shopwise.com'])).toBe(true);
    expect(namesWebFirm(['Tarn', 'Books.co.uk'])).toBe(true);
    expect(namesWebFirm(['Shopwise'])).toBe(false);
    expect(namesWebFirm(['Shopwise', 'com'])).toBe(false);
    expect(namesWebFirm(['St.'])).toBe(false);
  });
});

describe("a cleric's style before a name needs its word", () => {
  it('sets the style aside before reading the title, and leaves other words alone', () => {
    const styled = 'The dean of Wexbury, the Very Rev Colm Tarrant';
    expect(titleBefore(styled, styled.indexOf('Colm'))).toEqual(titleBefore('The dean of Wexbury, Colm Tarrant', 'The dean of Wexbury, '.length));
    const honourable = 'The treasurer, the Hon. Ruth Penley';
    expect(titleBefore(honourable, honourable.indexOf('Ruth')).roles).toEqual(['treasurer']);
    // ("Revenue" holds the style's letters, and the pattern, let run, finds no style.)
    const revenue = 'The Revenue minister Dennis Oyelaran';
    expect(titleBefore(revenue, revenue.indexOf('Dennis'))).toEqual({ roles: ['minister'], qualifiers: ['revenue'] });
    const plain = 'Hospital chaplain Dennis Oyelaran';
    expect(titleBefore(plain, plain.indexOf('Dennis'))).toEqual({ roles: ['chaplain'], qualifiers: ['hospital'] });
  });
});

describe('a scorecard line needs a digit, its list of those who did not bat a colon', () => {
  it('finds the players of batting and bowling lines and of the list', () => {
    expect(spanTexts('Ravi Pellow c Dunmore b Akers 38')).toEqual(['Ravi Pellow', 'Dunmore', 'Akers']);
    expect(spanTexts('Okafor 9.2-1-31-3, Lindqvist 10-0-47-1')).toEqual(['Okafor', 'Lindqvist']);
    expect(spanTexts('Did not bat: Ferris, Malley and Tunde')).toEqual(['Ferris', 'Malley', 'Tunde']);
  });

  it('finds none in prose', () => {
    expect(spanTexts('Ravi Pellow was caught behind by Dunmore off Akers')).toEqual([]);
    expect(spanTexts('The committee did not bat an eyelid: Ferris resigned')).toEqual([]);
  });
});

describe('an all-capitals label needs no lower case', () => {
  it('tells a label from a line with a lower-case letter', () => {
    expect(isLabelLine('TRANSPORT AND ROADS')).toBe(true);
    expect(isLabelLine('TRANSPORT and ROADS')).toBe(false);
    expect(isLabelLine('A')).toBe(false);
  });
});

describe('the words of sport open at the start of a word', () => {
  it('counts them after a space, a mark or a line break, and not inside a longer word', () => {
    expect(isSportsReport('Gale took four wickets.\n(Innings closed at tea.)')).toBe(true);
    expect(isSportsReport('Cricket: the first innings closed at tea.')).toBe(true);
    expect(isSportsReport('The winnings went to charity, and the bowlers were polished.')).toBe(false);
    expect(isSportsReport('Her pitchers held lemonade_innings and_wickets.')).toBe(false);
  });
});

describe('a letter in a word, read by code while the word is ASCII', () => {
  it('finds ASCII and other letters, and none in numbers and marks', () => {
    expect(hasLetter('Holt')).toBe(true);
    expect(hasLetter('9/11s')).toBe(true);
    expect(hasLetter('[z]')).toBe(true);
    expect(hasLetter('—Ødegaard')).toBe(true);
    expect(hasLetter('1,000')).toBe(false);
    expect(hasLetter('“—”')).toBe(false);
    expect(hasLetter('@_`{')).toBe(false);
    expect(hasLetter('')).toBe(false);
  });
});
