import { expect } from 'chai';
import { realFaculty } from '../helpers/app';

/**
 * A staff role the content never names, spoken of in the question ("The new FY1 just accepts whatever the sepsis alert
 * suggests"), is who the question is about, not a subject the mentor lacks: it weighs a tenth of one (ROLE_FACTOR in
 * retrieval.ts). Generated below, 50 questions naming ten roles: 40 got the passage meant before, 49 since; 20 more naming
 * roles added later (ODPs, phlebotomists, ward clerks, physician associates): 16 before, 19 since. A question
 * about the role itself (pay, rotas, what the job involves) names nothing the content answers, and is still turned down.
 */
describe('retrieval: a staff role spoken of in a question', function () {
  // Generated questions read through the whole retriever: seconds on a busy machine.
  this.timeout(60_000);
  const faculty = realFaculty();
  const roles = ['the new FY1', 'our F2', 'one of the HCAs', 'the SHO', 'our ANP', 'the registrar', 'a student nurse', 'the sonographer', 'our dietitian', 'the CNS', 'one of the ODPs', 'our phlebotomist', 'the ward clerk', 'a physician associate'];
  const stems: [string, string[]][] = [
    ['{r} just accepts whatever the AI suggests without thinking - why is that risky?', ['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']],
    ['{r} pasted patient notes into ChatGPT - is that allowed?', ['patient-data-and-ai-tools', 'hali-patient-data-and-ai', 'hali-x-safe-use-policy', 'hali-safe-use-policy']],
    ['how do I explain a VUS to {r}?', ['gwen-variant-of-uncertain-significance', 'gwen-variant-classification-vus']],
    ['{r} thinks ChatGPT looks things up on the internet, how does it actually work?', ['what-is-an-llm', 'hali-llms-and-hallucination']],
    ['{r} wants to use an AI scribe in clinic, what are the rules in Wales?', ['ai-scribes-in-wales', 'hali-ai-scribes']],
  ];
  const asked = roles.flatMap((r) => stems.map(([s, meant]) => ({ q: s.replace('{r}', r), meant })));

  it(`answers at least 90% of ${asked.length} questions that name a role with the passage meant`, () => {
    const missed = asked.filter((a) => !a.meant.includes(faculty.choose(a.q).passages[0]?.id ?? ''));
    expect((asked.length - missed.length) / asked.length, missed.map((a) => a.q).join('\n')).to.be.at.least(0.9);
  });

  it('turns down questions about the role itself', () => {
    const aboutTheRole = [
      'what does an FY1 earn', 'how many HCAs does a ward need', 'what band is a pharmacist', 'can a physio prescribe', 'FY1 rota',
      'how do I become a genetic counsellor', 'is the SHO on call', 'where is the registrar', 'paramedic pay rise', 'can an ANP sign a death certificate',
      'how many nurses per bed', 'can HCAs give insulin', 'who is the matron', 'sut mae dod yn fydwraig', 'faint mae nyrs yn ennill',
      'student nurse placement hours', 'consultant job plan', 'what does an ODP earn', 'porter rota for the weekend', 'how do I become a phlebotomist',
    ];
    expect(aboutTheRole.filter((q) => faculty.choose(q).passages.length > 0)).to.deep.equal([]);
  });
});
