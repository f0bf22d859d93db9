import { expect } from 'chai';
import { realFaculty } from '../helpers/app';

describe('retrieval over mentor content', () => {
  const faculty = realFaculty();
  const top = (q: string) => faculty.retriever.search(q)[0]?.id;

  const cases: [string, string][] = [
    ['what is a large language model?', 'what-is-an-llm'],
    ['How does ChatGPT work', 'what-is-an-llm'],
    ['Beth yw model iaith mawr?', 'what-is-an-llm'],
    ['why does AI hallucinate references', 'hallucination'],
    ['what is automation bias', 'automation-bias'],
    ['can I paste patient notes into a chatbot?', 'patient-data-and-ai-tools'],
    ['is this software a medical device under MHRA rules', 'ai-as-a-medical-device'],
    ['can we use an ambient scribe in clinic', 'ai-scribes-in-wales'],
    ['Alla i ddefnyddio ysgrifennydd AI?', 'ai-scribes-in-wales'],
    ['who is accountable if the AI is wrong', 'accountability'],
  ];
  for (const [question, expected] of cases) {
    it(`answers "${question}" from ${expected}`, () => {
      expect(top(question)).to.equal(expected);
    });
  }

  it('finds nothing for questions the content does not cover, so the mentor does not guess', () => {
    for (const question of ['what is the weather in Cardiff', 'book me annual leave', 'the', '???', '']) {
      expect(faculty.retriever.search(question), question).to.deep.equal([]);
    }
  });

  it('routes to the default mentor when nothing matches', () => {
    expect(faculty.choose('where is the car park').mentor.id).to.equal(faculty.defaultMentor.id);
  });
});
