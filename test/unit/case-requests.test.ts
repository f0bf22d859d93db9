import { expect } from 'chai';
import { caseThreadRequest } from '../../bot/cases/requests';

describe('requests in a case thread, recognised before scoring', () => {
  const cases: [string, string | undefined][] = [
    ['@HALI summary', 'summary'],
    ['<at>HALI</at> summary', 'summary'],
    ['can we have the summary please', 'summary'],
    ['Crynodeb os gwelwch yn dda', 'summary'],
    ['gawn ni grynodeb', undefined],
    ['hint please', 'hint'],
    ['give us a clue', 'hint'],
    ['awgrym', 'hint'],
    ['next', 'next'],
    ["let's move on", 'next'],
    ['reveal the next stage please', 'next'],
    ['cam nesaf', 'next'],
    ['end the case', 'end'],
    ['we are done', 'end'],
    ['gorffen yr achos', 'end'],
    // A thanks or an "ok" is not an answer to score.
    ['thanks Gwen', 'thanks'],
    ['@HALI thank you!', 'thanks'],
    ['ok', 'thanks'],
    ['👍', 'thanks'],
    ['👍🏽 👍🏽', 'thanks'],
    ['diolch yn fawr', 'thanks'],
    ['gwych', 'thanks'],
    ['thanks, I think IHC on the tumour first', undefined],
    ['ok so MMR testing first', undefined],
    // Contributions stay contributions, however they start.
    ['next is MLH1 promoter hypermethylation testing', undefined],
    ['offer IHC to everyone, whatever the family history', undefined],
    ['a summary of the family history would show two relatives with bowel cancer', undefined],
    ['stop the clopidogrel and test CYP2C19 first', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" -> ${expected ?? 'a contribution'}`, () => {
      expect(caseThreadRequest(text)).to.equal(expected);
    });
  }
});
