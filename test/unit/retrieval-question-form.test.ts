import { expect } from 'chai';
import { withoutFilingVerb } from '../../bot/mentors/question-form';
import { realFaculty } from '../helpers/app';

/**
 * Issue 17: "what counts as AI" was answered with "When does AI count as a medical device?" because "count", an everyday
 * verb of that explainer's own question, weighed more than "AI", which every HALI passage has. A verb that files one
 * thing under another is the form of a definition question, not its subject.
 */
describe('retrieval: the filing verb of a definition question ("counts as", "classed as", "yn cyfrif fel")', () => {
  const faculty = realFaculty();
  const top = (q: string) => faculty.choose(q).passages[0]?.id;

  // Generated: each filing form with each thing defined, English and Welsh.
  const forms = ['what counts as {x}', 'what actually counts as {x}?', 'does a chatbot count as {x}', 'is ChatGPT classed as {x}', 'what qualifies as {x}', 'what is regarded as {x}'];
  const ffurfiau = ['beth sy’n cyfrif fel {x}?', 'ydy ChatGPT yn cyfrif fel {x}?', 'beth sy’n cael ei gyfrif fel {x}?'];
  const ai = [...forms.flatMap((f) => ['AI', 'artificial intelligence'].map((x) => f.replace('{x}', x))), ...ffurfiau.flatMap((f) => ['AI', 'deallusrwydd artiffisial'].map((x) => f.replace('{x}', x)))];

  it(`answers none of ${ai.length} "what counts as AI" phrasings with the medical-device explainer`, () => {
    const device = ai.filter((q) => faculty.choose(q).passages.some((p) => p.id === 'ai-as-a-medical-device'));
    expect(device).to.deep.equal([]);
    const unanswered = ai.filter((q) => top(q) === undefined);
    expect(unanswered).to.deep.equal([]);
  });

  it('still answers the medical-device questions the filing is itself the subject of, in English and Welsh', () => {
    for (const q of [
      'what counts as a medical device',
      'when is software classed as a medical device',
      'is a symptom checker app regarded as a medical device',
      'does an app that helps diagnose count as a medical device',
      'does our in-house algorithm count as a medical device if we only use it in our own lab',
      'pryd mae meddalwedd yn cyfrif fel dyfais feddygol?',
    ]) {
      expect(top(q), q).to.equal('ai-as-a-medical-device');
    }
  });

  it('leaves the verb when it files under something long, and in other uses', () => {
    expect(withoutFilingVerb('what counts as AI')).to.equal('what AI');
    expect(withoutFilingVerb('does it count as a medical device if we only use it in our own lab')).to.equal('does it count as a medical device if we only use it in our own lab');
    expect(withoutFilingVerb('how do I count the variants')).to.equal('how do I count the variants');
    expect(withoutFilingVerb('beth sy’n cyfrif fel AI?')).to.equal('beth sy’n AI?');
  });
});
