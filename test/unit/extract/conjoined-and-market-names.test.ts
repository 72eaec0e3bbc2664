// Names of exchanges and foreign papers, names holding a conjunction, and lone surnames typed by a
// person's acts; stories written for the test.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/extract/entities/index.js';
import { layout } from '../../../src/extract/layout.js';
import { typedNames } from '../../support/extraction.js';

const entitiesOf = (text: string) => new Map(recognizeEntities(layout(text)).map((e) => [e.name, e.type]));

describe('exchanges and papers of other languages', () => {
  it('an exchange named bare is an organization', () => {
    const market = entitiesOf('Markets\n\nShares of Orvana rose 3 percent on the Nasdaq on Friday. Copper on COMEX slipped, while NYMEX crude held steady.');
    expect([market.get('Nasdaq'), market.get('COMEX'), market.get('NYMEX')]).toEqual(['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']);
  });

  it('a paper whose last word is the word for a paper, alone or compounded, is an organization', () => {
    const press = entitiesOf('Press\n\nThe Frankfurter Allgemeine Zeitung reported the talks on Monday, and Handelsblatt said they had stalled.');
    expect(press.get('Frankfurter Allgemeine Zeitung')).toBe('ORGANIZATION');
    expect(press.get('Handelsblatt')).toBe('ORGANIZATION');
    // A surname that is the word alone stays a person's.
    const coach = entitiesOf('Basketball\n\nCoach David Blatt said the team was tired.');
    expect(coach.get('David Blatt')).toBe('PERSON');
  });

  it('a news site compounded with "news" is an organization, also opening its sentence before a verb', () => {
    const harbour = typedNames(
      'Quaynews interviews a harbour master\nQuaynews spoke with Ann Holt, who runs the ferry in Velmora. Quaynews observed the pier from a boat.',
    );
    expect(harbour.filter((n) => n.endsWith(':Quaynews'))).toEqual(['ORGANIZATION:Quaynews', 'ORGANIZATION:Quaynews', 'ORGANIZATION:Quaynews']);
    // Named once, where a sentence opens, as a plural noun would be.
    expect(typedNames('Ferry fares rise\nQuaynews spoke with the harbour master on Monday.')).toEqual(['ORGANIZATION:Quaynews']);
    // A short stem before it makes no compound.
    expect(typedNames('Ferry fares rise\nThe harbour master told Velnews that fares would rise.')).not.toContain('ORGANIZATION:Velnews');
  });

  it('a broadcaster named by the word for one, or Sky before a place, is an organization', () => {
    const listeners = entitiesOf(
      'Football\n\nThe coach told Sky Italia that the referee had erred. His captain told Radio Marca he was angry, and the owner told Canal Plus the club would appeal.',
    );
    expect([listeners.get('Sky Italia'), listeners.get('Radio Marca'), listeners.get('Canal Plus')]).toEqual(['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']);
    // Sky as a given name stays a person's.
    expect(entitiesOf('Skateboarding\n\nSky Brown said she was proud of the bronze.').get('Sky Brown')).toBe('PERSON');
  });
});

describe('names holding a conjunction', () => {
  it('a firm of wide use named by a pair is one name', () => {
    const shops = entitiesOf('Retail\n\nMarks and Spencer reported higher sales, and Procter and Gamble raised its prices in Britain.');
    expect(shops.get('Marks and Spencer')).toBe('ORGANIZATION');
    expect(shops.get('Procter and Gamble')).toBe('ORGANIZATION');
    expect(shops.has('Spencer')).toBe(false);
  });

  it('a body its initials open, its ordinary words joined by "and", is one name', () => {
    const bodies = entitiesOf('Health\n\nNHS Blood and Transplant said donations fell. HM Revenue and Customs opened an inquiry.');
    expect(bodies.get('NHS Blood and Transplant')).toBe('ORGANIZATION');
    expect(bodies.get('HM Revenue and Customs')).toBe('ORGANIZATION');
    // Two names of persons after initials stay two.
    const two = entitiesOf('Court\n\nThe BBC and Jones settled the case on Tuesday.');
    expect(two.has('BBC and Jones')).toBe(false);
  });

  it('Spanish "y" joins a name: a club\'s, or a person\'s after a given name', () => {
    const club = entitiesOf('Football\n\nGimnasia y Esgrima beat Talleres 2-1 in La Plata on Sunday.');
    expect(club.get('Gimnasia y Esgrima')).toBe('ORGANIZATION');
    const writer = entitiesOf('Books\n\nThe philosopher José Ortega y Gasset wrote the essay in Madrid.');
    expect(writer.get('José Ortega y Gasset')).toBe('PERSON');
  });
});

describe("a lone surname typed by a person's acts", () => {
  it('a word of no other use that would attend or visit is a person', () => {
    const summit = entitiesOf('Summit\n\nThe Elysee said Macron would attend the summit in Brussels.');
    expect(summit.get('Macron')).toBe('PERSON');
    const visit = entitiesOf('Visit\n\nOfficials in Nairobi said Kagwanja will visit Kampala next week.');
    expect(visit.get('Kagwanja')).toBe('PERSON');
  });

  it('a company the story shows to be one stays one', () => {
    const firm = entitiesOf('Fair\n\nVornado said it would raise its dividend. Vornado will attend the trade fair in Milan.');
    expect(firm.get('Vornado')).toBe('ORGANIZATION');
  });
});
