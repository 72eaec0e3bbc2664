// Initials a story spells out in lower case ("the consumer price index (CPI)"), on stories written for the test.
import { describe, expect, it } from 'vitest';
import { typedNames } from '../../support/extraction.js';

const namesIn = (body: string) => typedNames(`Prices rise\n\n${body}`);

describe('initials spelled out in lower case', () => {
  it('name nothing, where they are spelled out or anywhere else in the story', () => {
    expect(namesIn('The consumer price index (CPI) rose 2 percent in May. The CPI fell in June.')).toEqual([]);
    expect(namesIn('Divers used a remotely operated vehicle (ROV) to film the wreck. The ROV lights failed.')).toEqual([]);
    expect(namesIn('The museum shows a demo of the VM (virtual microscope) in Velmora.')).toEqual(['LOCATION:Velmora']);
    expect(namesIn('The value-added tax (VAT) rose, and unmanned aerial vehicles (UAVs) were taxed. The UAVs stayed home.')).toEqual([]);
  });

  it('are read before their bracket past spaces, and only from the start of a word', () => {
    expect(namesIn('The ROV   (remotely operated vehicle) filmed the wreck. The ROV lights failed.')).toEqual([]);
    expect(namesIn('Tom Weller tested the VM  (virtual microscope) in Velmora.')).toEqual(['PERSON:Tom Weller', 'LOCATION:Velmora']);
  });

  it('leave initials of a name written in capitals to the name', () => {
    expect(namesIn('The Velmora Price Board (VPB) said prices rose. The VPB meets in May.')).toEqual([
      'ORGANIZATION:Velmora Price Board',
      'ORGANIZATION:VPB',
      'ORGANIZATION:VPB',
    ]);
  });
});
