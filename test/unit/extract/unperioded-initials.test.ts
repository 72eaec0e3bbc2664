// An initial written without its period before a surname ("R Saravanan"), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { nameMentionsOf, typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`A storm forecast\n\n${body}`);

describe('an initial without its period before an unknown surname', () => {
  it('names a person, whatever the model makes of the capital', () => {
    expect(namesIn('The forecast was drawn up by T Velukandan, who studies monsoons in Chennai.')).toContain('PERSON:T Velukandan');
    expect(namesIn('A paper by K Moravetz in 1991 found fewer owls.')).toContain('PERSON:K Moravetz');
    expect(nameMentionsOf('Meteorologist P Anbarasu said the cyclone would weaken.')).toContain('PERSON:P Anbarasu');
    expect(namesIn('A paper by K Moravetz-Holt in 1991 found fewer owls.')).toContain('PERSON:K Moravetz-Holt');
    expect(namesIn("A paper by K O'Varna in 1991 found fewer owls.")).toContain("PERSON:K O'Varna");
  });

  it('leaves a firm the lexicon knows and an ordinary word the story writes in lower case', () => {
    expect(namesIn('Lenders such as JP Morgan raised rates.')).not.toContain('PERSON:JP Morgan');
    expect(namesIn('Shoppers queued at J Crew on Friday, and the crew of the store worked late.')).not.toContain('PERSON:J Crew');
  });
});
