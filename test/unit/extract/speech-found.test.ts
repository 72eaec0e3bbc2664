// Reports that were not found at all: a common noun as the subject of a cue's past form with no
// "that", a speech noun whose content follows "was", a directive verb with its listener and an
// infinitive; and a cue in a relative clause with no "that", which reports nothing before it.
// Short examples written for the test in the style of news copy.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE } from '../../../src/extract/confidence.js';
import { extract } from '../../../src/extract/index.js';

/** The quotes the contract emits for an article whose first line is its headline, as [speaker surface, text]. */
function quotesOf(body: string) {
  const x = extract(`Test article\n\n${body}`);
  return x.quotes.filter((q) => q.confidence >= DEFAULT_MIN_CONFIDENCE).map((q) => [q.speaker.mention?.text ?? null, q.text]);
}

describe('a past form of a cue before the subject of its clause', () => {
  it('has any noun phrase before it as its subject', () => {
    expect(quotesOf('A contractor suggested the fire doors be replaced at a cost of £80,000.')).toEqual([
      ['A contractor', 'the fire doors be replaced at a cost of £80,000'],
    ]);
    expect(quotesOf('The caretaker insisted he had locked the gates.')).toEqual([['The caretaker', 'he had locked the gates']]);
  });

  it('not when an object follows it', () => {
    expect(quotesOf('Heavy shelling revealed the presence of rebel fighters in the hills.')).toEqual([]);
  });
});

describe('a possessed speech noun whose clause follows a copula', () => {
  it('reports the clause after "was that", past when it was said, for the possessor', () => {
    expect(quotesOf("Councillor Ruth Gale's argument on Tuesday was that the library should stay open.")).toEqual([
      ['Ruth Gale', 'the library should stay open'],
    ]);
    expect(quotesOf('Residents met the mayor in March. Their main complaint is that the buses never come on time.')).toEqual([
      ['Their', 'the buses never come on time'],
    ]);
  });

  it('not a belief, nor a noun with no possessor, nor a copula before no clause', () => {
    expect(quotesOf('Their fear is that the plant will close.')).toEqual([]);
    expect(quotesOf('The case was that the firm had lied about the figures.')).toEqual([]);
    expect(quotesOf("The senator's position was that of a moderate.")).toEqual([]);
  });
});

describe('a speech noun, a copula and a word of plainness before a colon', () => {
  it('reports what the colon brings, for the source after "from", the possessor, or nobody named', () => {
    expect(quotesOf('The message from the union was blunt: no deal, no trains.')).toEqual([['the union', 'no deal, no trains']]);
    expect(quotesOf('The message from Ann Holt was clear: the club would not sell its best players.')).toEqual([
      ['Ann Holt', 'the club would not sell its best players'],
    ]);
    expect(quotesOf('Ann Holt met the players. Her message was simple: keep scoring quickly.')).toEqual([['Her', 'keep scoring quickly']]);
    expect(quotesOf('The message in the dressing room was clear: Rovers would keep fighting for promotion.')).toEqual([
      [null, 'Rovers would keep fighting for promotion'],
    ]);
  });

  it("not the writer's answer or case with no possessor, nor a quotation after the colon", () => {
    expect(quotesOf('The answer is simple: build more homes.')).toEqual([]);
    expect(quotesOf('The case was clear: the defendant had lied.')).toEqual([]);
    expect(quotesOf('The message from the union was clear: “We are not moving.”').filter(([, t]) => !/^We are/u.test(t as string))).toEqual([]);
  });
});

describe('a speech noun after a light verb, before a colon', () => {
  it("reports the clause the colon brings for the verb's subject", () => {
    expect(quotesOf('Dr Ann Holt gave a blunt assessment: the glacier was melting faster than models predicted.')).toEqual([
      ['Ann Holt', 'the glacier was melting faster than models predicted'],
    ]);
    expect(quotesOf('The health minister issued a stark warning: without savings, clinics would close.')).toEqual([
      ['The health minister', 'without savings, clinics would close'],
    ]);
    expect(quotesOf('Harbour master Tom Reyes gave one reason for haste: ships were already queuing offshore.')).toEqual([
      ['Tom Reyes', 'ships were already queuing offshore'],
    ]);
    expect(quotesOf('Councillor Ruth Gale delivered a blunt verdict: the port had ignored residents for years.')).toEqual([
      ['Ruth Gale', 'the port had ignored residents for years'],
    ]);
  });

  it('not a list, a time or a noun of no speech before the colon', () => {
    expect(quotesOf('The club gave three reasons: cost, travel and timing.')).toEqual([]);
    expect(quotesOf('Ann Holt raised one problem: the road was already congested at peak hours.')).toEqual([]);
    expect(quotesOf('The council issued a timetable: works begin on Monday at 9am.')).toEqual([]);
  });
});

describe('a cue in a relative clause with no "that"', () => {
  it('reports nothing before the phrase its pronoun follows', () => {
    expect(quotesOf('The hospice fund raised £40m this year, well short of the £90m they had demanded.')).toEqual([]);
  });

  it('a pronoun right after the comma still speaks the words before it', () => {
    expect(quotesOf('Ann Holt spoke at noon. The bridge will close in May, she said.')).toEqual([['she', 'The bridge will close in May']]);
  });
});

describe('a participle or an infinitive after a clause whose subject nothing else finds', () => {
  it('has the subject past a verb or an adverb its phrase ran on into, or past an opening adverb', () => {
    expect(quotesOf('The headteacher left the meeting early, saying the buses would run as before.')).toEqual([
      ['The headteacher', 'the buses would run as before'],
    ]);
    expect(quotesOf('The teacher later resigned, claiming the school had ignored his warnings.')).toEqual([
      ['The teacher', 'the school had ignored his warnings'],
    ]);
    expect(quotesOf('Then she turned on the bus company, accusing its drivers of speeding past the school.')).toEqual([
      ['she', 'its drivers of speeding past the school'],
    ]);
    expect(quotesOf('And even the headteacher tried to calm the parents, noting that no child had been hurt.')).toEqual([
      ['the headteacher', 'no child had been hurt'],
    ]);
  });

  it('not the subject of a clause opened by "while", nor a thing', () => {
    expect(quotesOf('While the driver waited, the bus left the depot, signalling the start of the route.')).toEqual([]);
    expect(quotesOf('The school bus later broke down on the hill, leaving pupils stranded.')).toEqual([]);
  });
});
