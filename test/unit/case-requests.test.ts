import { expect } from 'chai';
import { caseThreadRequest } from '../../bot/cases/requests';
import { realFaculty } from '../helpers/app';

describe('requests in a case thread, recognised before scoring', () => {
  const cases: [string, string | undefined][] = [
    ['@HALI summary', 'summary'],
    ['<at>HALI</at> summary', 'summary'],
    ['can we have the summary please', 'summary'],
    ['Crynodeb os gwelwch yn dda', 'summary'],
    ['gawn ni grynodeb', 'summary'],
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

  // Requests as team members type them: each dressed with an @mention, politeness, an emoji, capitals.
  const asked: Record<string, string[]> = {
    summary: ['can u summarise where weve got to', 'sumary plz', 'where r we up to', 'can we get a recap of the discussion so far', 'tl;dr so far?', 'what have we covered so far', 'quick recap for the team', 'gawn ni grynodeb?', 'allwch chi grynhoi plis', 'ble ryn ni arni?', "beth ydan ni wedi'i drafod hyd yma?"],
    hint: ['any hints?', 'hitn please', "we're stuck, any pointers?", 'a little help?', 'any tips?', 'could you give us a nudge in the right direction', 'unrhyw awgrymiadau?', "dw i'n styc, help!", 'helpwch ni plîs'],
    next: ['nxt', 'can we move on?', 'ready for the next bit', 'shall we move on to stage 2?', 'onwards', 'show us stage 2', 'nesa plis', "be sy nesa?", 'ymlaen!', 'barod am y cam nesa', "awn ni 'mlaen", "symud 'mlaen", 'symud mlaen plis'],
    end: ["we're done", "that's us done, thanks Gwen", "let's finish here", 'out of time, can we end it here?', 'close the case', "I think we'll call it a day", 'end case', 'dyna ni, wedi gorffen', "ni 'di cwpla", "cau'r achos", 'gawn ni orffen fan hyn?', 'wrap it up', 'wrap it up please', "let's wrap up", 'Finish and summarise', "that's enough for today", 'gorffennwch yr achos', 'dyna ni am heddiw', 'dyna ddigon am heddiw'],
    thanks: ['great thanks', 'ok thanks', 'got it', 'nice one', 'perfect, thanks!', 'grêt diolch', 'diolch o galon', 'iawn diolch'],
  };
  const dressed = (text: string) => [text, `@HALI ${text}`, `<at>HALI</at> ${text}`, `<at>Gwen</at>&nbsp;${text}`, `${text} 🙏`, text.toUpperCase()];
  for (const [request, texts] of Object.entries(asked)) {
    const all = texts.flatMap(dressed);
    it(`reads ${all.length} ways of asking for ${request} as that request`, () => {
      expect(all.filter((text) => caseThreadRequest(text) !== request).map((text) => `${text} -> ${caseThreadRequest(text)}`)).to.deep.equal([]);
    });
  }

  it('scores contributions that use request words as contributions', () => {
    const contributions = [
      'there is a hint of a family history of bowel cancer - her dad had it at 50',
      'hint of Lynch if MSH2 lost',
      'there’s a clue in the family history: her father had bowel cancer at 50',
      'I think the model answer is IHC on the tumour for everyone with endometrial cancer',
      'next I would refer for MLH1 testing',
      "I'd end up offering cascade testing to her sisters",
      'summary: she needs a referral to clinical genetics',
      'stop - test the tumour before any blood test',
      'help: IHC first, then germline',
      'stage 2 is where the germline test comes in',
      'mae awgrym o hanes teuluol o ganser y coluddyn',
      "mae 'na gliw yn hanes y teulu - canser y coluddyn",
      'y cam nesaf fyddai prawf germline am syndrom Lynch',
      'gorffen gyda atgyfeiriad i’r gwasanaeth geneteg os oes colled MLH1',
      '2',
      'IHC. end of.',
    ];
    expect(contributions.filter((text) => caseThreadRequest(text) !== undefined).map((text) => `${text} -> ${caseThreadRequest(text)}`)).to.deep.equal([]);
  });

  describe('a longer request, read with what the mentors teach', () => {
    const namesSubject = (term: string) => realFaculty().retriever.isSubjectWord(term);
    const longer: Record<string, string[]> = {
      summary: ["just joined late - can you sum up the thread so far?", 'Could you recap the main points so far for the students', "Gwen could you give us a quick summary of what everyone's said so far?", 'any chance of a brief overview of where the discussion has got to?', "Fedri di grynhoi be da ni di drafod hyd yma?"],
      hint: ['not sure what ur looking for here, give us a nudge?', 'Could we have a small pointer without giving the answer away?', "Sa ti'n gallu rhoi awgrym heb ddeud yr ateb?", 'Gwen, alli di roi cliw bach i ni?'],
      next: ['can we reveal the next part now that everyone has had a say?', "could you move us on, I think we've covered this stage", 'ydan ni’n barod i symud ymlaen i’r rhan nesaf?', 'continue the case please', 'can we advance to the next section?'],
      end: ['can we wrap things up now, the ward is busy?', 'can we finish the case here, we have a ward round in five minutes?', "could you close it for today please, we've run out of time", "let's stop here for today", 'please conclude the case now', "Stopia'r achos rwan plis"],
    };
    for (const [request, texts] of Object.entries(longer)) {
      it(`reads ${texts.length} longer ways of asking for ${request}`, () => {
        expect(texts.filter((text) => caseThreadRequest(text, namesSubject) !== request).map((text) => `${text} -> ${caseThreadRequest(text, namesSubject)}`)).to.deep.equal([]);
      });
    }

    it('keeps a contribution that names the running case’s own terms a contribution: "should we stop the statin?", "I would offer IHC next"', async () => {
      const { caseWords } = await import('../../bot/cases/requests');
      const studies = realFaculty().mentors.flatMap((m) => m.cases);
      const fh = studies.find((c) => c.id === 'gwen-case-familial-hypercholesterolaemia')!;
      const lynch = studies.find((c) => c.id === 'gwen-case-lynch-syndrome')!;
      const withCase = (study: typeof fh) => (term: string) => namesSubject(term) || caseWords(study).has(term);
      for (const text of ['should we stop the statin?', 'stop the statin?', 'hold the statin?', 'do we stop the high-intensity statin now?']) {
        expect(caseThreadRequest(text, withCase(fh)), text).to.equal(undefined);
      }
      for (const text of ['I would offer IHC next', 'next would be IHC on the tumour', 'can we do IHC next?']) expect(caseThreadRequest(text, withCase(lynch)), text).to.equal(undefined);
      // And the case's words do not swallow a request: these still ask.
      for (const [text, request] of [['can we wrap things up now, the ward is busy?', 'end'], ['could we have a small pointer without giving the answer away?', 'hint']] as const) {
        expect(caseThreadRequest(text, withCase(lynch)), text).to.equal(request);
      }
    });

    it('keeps a contribution that names the case’s subject a contribution, however it is put', () => {
      const contributions = [
        'could the next step be MLH1 promoter methylation testing?',
        'can we offer her sisters cascade testing next?',
        'any chance the family history points to Lynch? her dad had bowel cancer at 50',
        "would the summary be that she needs a referral to clinical genetics?",
        'please can we end up with a germline test if IHC shows loss of MSH2?',
        "a oes awgrym o syndrom Lynch yn hanes y teulu?",
        'there’s a clue in the family history: her father had bowel cancer at 50',
      ];
      expect(contributions.filter((text) => caseThreadRequest(text, namesSubject) !== undefined).map((text) => `${text} -> ${caseThreadRequest(text, namesSubject)}`)).to.deep.equal([]);
    });
  });
});
