// A body a story describes without naming it ("The energy ministry rejected the claims") is what
// "it" in the next sentence and "the ministry" further on speak for, not an organization named before.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { layout } from '../../../src/extract/layout.js';
import { openingBodies } from '../../../src/extract/unnamed-bodies.js';

const bodies = (text: string) => openingBodies(layout(`Test article\n\n${text}`)).map((b) => [b.text, b.head]);

describe('bodies described without a name', () => {
  it('a public body or a possessor’s body, set apart by a modifier, opening a sentence as its subject', () => {
    expect(bodies('The energy ministry rejected the claims. But the pilots’ union was angry.')).toEqual([
      ['The energy ministry', 'ministry'],
      ['the pilots’ union', 'union'],
    ]);
  });

  it('a word that may be a verb right after the article, and an office after a singular possessor', () => {
    expect(bodies('The state environment agency rejected the claims. The governor’s office declined to comment.')).toEqual([
      ['The state environment agency', 'agency'],
      ['The governor’s office', 'office'],
    ]);
    expect(speakersOf('The governor’s office rejected that. In a written reply, it said the move was voluntary.')).toEqual(['The governor’s office']);
  });

  it('a body opened by a name’s possessive, as by an article', () => {
    expect(bodies('Norland’s fisheries ministry disputed the figures.')).toEqual([['Norland’s fisheries ministry', 'ministry']]);
    // (Disputing the figures is speech of the ministry's own.)
    const story = 'Norland’s fisheries ministry disputed the figures. The ministry said the quotas were fair.';
    expect(speakersOf(story)).toEqual(['Norland’s fisheries ministry', 'Norland’s fisheries ministry']);
  });

  it('"a spokeswoman for the ministry" speaks for the ministry described or named before', () => {
    expect(speakersOf('Norland’s fisheries ministry disputed the figures. A spokeswoman for the ministry said the quotas were fair.')).toEqual([
      'Norland’s fisheries ministry',
      'Norland’s fisheries ministry',
    ]);
    expect(speakersOf('The Water Agency fined the firm. A spokesman for the agency said the river had improved.')).toEqual(['Water Agency']);
    // A company word, which may go back to a business only mentioned, leaves the spokesman.
    expect(speakersOf('A spokesman for the company said sales were up.')).toEqual(['A spokesman']);
  });

  it('"Europe’s biggest bank" after what it said is the body its content opens with, as "the bank" is', () => {
    expect(speakersOf('HSBC Holdings will cut 3,000 jobs in Britain, Europe’s biggest bank said on Tuesday.')).toEqual(['HSBC Holdings']);
    expect(speakersOf('Toyota Motor will cut output in May, the world’s largest carmaker said.')).toEqual(['Toyota Motor']);
    // One ranked within a body is no body ranked within a place.
    expect(speakersOf('Foxconn will cut output, Apple’s biggest supplier said.')).not.toContain('Foxconn');
  });

  it('"The chief executive of SkyBridge" is a person the story may name, not the body as its spokesman is', () => {
    expect(
      speakersOf('The chief executive of SkyBridge warned that strikes would be costly. Speaking to analysts, Olivia Grant said the offer was fair.'),
    ).toEqual(['Olivia Grant', 'Olivia Grant']);
    expect(speakersOf('Agency chief Rafael Grossi visited the plant. The head of the IAEA said the situation was serious.')).toEqual(['Rafael Grossi']);
    expect(speakersOf('A spokesman for SkyBridge said strikes would be costly.')).toEqual(['SkyBridge']);
  });

  it('so is its vice-chair or co-founder, a rank joined to the role', () => {
    expect(speakersOf('Omar Haddad lost his uncle in the fire. The vice-chair of Tower United told the BBC the inquiry had failed.')).toEqual(['Omar Haddad']);
    expect(speakersOf('The co-founder of Acme Labs said the firm would expand.')).toEqual(['The co-founder']);
  });

  it('a deputy is not the holder of the role he deputises in', () => {
    expect(speakersOf('The chairman of NorthStar Bank said costs would rise. The deputy chairman said they would fall.')).toEqual([
      'The chairman',
      'The deputy chairman',
    ]);
    expect(speakersOf('The deputy chairman of NorthStar Bank said costs would fall. The chairman said they would rise.')).toEqual([
      'The deputy chairman',
      'The chairman',
    ]);
  });

  it('people a place or a disaster names are not the group named after it', () => {
    expect(speakersOf('Tower United was founded after the fire. Tower survivors criticised the delay.')).toEqual(['Tower survivors']);
  });

  it('no bare kind, no kind without a possessor, no description that is no subject', () => {
    expect(
      bodies('The ministry rejected the claims. The environmental group sued. The groups said the government lied. The energy ministry of Norway met.'),
    ).toEqual([]);
  });
});

describe('speakers given by an unnamed body', () => {
  it('"it" and "the ministry" after the body, not the group named before', () => {
    const story =
      'Greenpeace sued the state on Monday. "Norway cannot keep exporting the crisis," Greenpeace head Frode Lund said outside the court. ' +
      'The energy ministry rejected the claims. In a statement, it said all licences were lawful. "We are confident," the ministry said.';
    expect(speakersOf(story)).toEqual(['Frode Lund', 'The energy ministry', 'The energy ministry']);
  });

  it('"it" after a body opening the sentence since the last quote, not the organization that spoke last', () => {
    const story = 'Norvik Air cancelled 800 flights, the airline said. The pilots’ union rejected the offer. It said managers had refused to talk.';
    expect(speakersOf(story)).toEqual(['Norvik Air', 'The pilots’ union']);
    const named = 'Norvik Air cancelled 800 flights, the airline said. The Cockpit Pilots Union rejected the offer. It said managers had refused to talk.';
    expect(speakersOf(named)).toEqual(['Norvik Air', 'Cockpit Pilots Union']);
    // With no body opening the sentence between, the organization that spoke goes on.
    expect(speakersOf('Norvik Air cancelled 800 flights, the airline said. Talks had failed. It said managers were ready to talk.')).toEqual([
      'Norvik Air',
      'Norvik Air',
    ]);
  });

  it('an association is no company named before: its name says what it is', () => {
    expect(
      speakersOf('Paul Grant wrote on Twitter that the bill was dead. In a statement, the state school boards association said it was disappointed.'),
    ).toEqual(['Paul Grant', 'the state school boards association']);
  });

  it('a ministry is no school board named before', () => {
    expect(speakersOf('The Brimley District School Board said it was preparing plans. Talks will resume on Tuesday, according to the ministry.')).toEqual([
      'Brimley District School Board',
      'the ministry',
    ]);
  });
});

describe('a body described, not named, goes on speaking', () => {
  it('"the agency" right after "the fire brigade" spoke is the brigade, not a broadcaster told before', () => {
    expect(
      speakersOf(
        'Yiannis Maros told state broadcaster ERT the winds were strong. The fire brigade said it had arrested a man near Corinth. The agency said he had been burning dry grass.',
      ),
    ).toEqual(['Yiannis Maros', 'The fire brigade', 'The fire brigade']);
  });
});
