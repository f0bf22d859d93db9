import { expect } from 'chai';
import { RECENT_ANSWERS, RecentAnswers } from '../../bot/routes/rated-answers';

/**
 * Recent answers are held as sent (already free of identifiers: the question redacted when the turn began, the answer authored or
 * redacted as the model wrote it) and redacted again only when rated, on their way to educators.
 */
describe('recent answers held for a rating', () => {
  const answer = (question: string, text: string) => ({ mentorId: 'gwen', language: 'en' as const, question, answer: text, sources: [] });

  it('gives a rated answer once, redacted on its way out, whatever reached it', () => {
    let now = Date.parse('2026-12-03T09:00:00Z');
    const recent = new RecentAnswers(() => new Date(now));
    recent.remember('conv', 'a1', answer('is Mrs Eleri Jones 12/03/1956 eligible for BRCA testing', 'Ask Dr Gareth Price on 07700 900123 about NHS number 943 476 5919.'));
    now += 1000;
    const taken = recent.take('conv', 'a1')!;
    for (const value of ['Eleri', 'Jones', '12/03/1956', 'Gareth', 'Price', '07700 900123', '943 476 5919']) {
      expect(`${taken.question} ${taken.answer}`).not.to.contain(value);
    }
    expect(taken.question).to.contain('eligible for BRCA testing');
    expect(recent.take('conv', 'a1')).to.equal(undefined);
  });

  it('keeps nothing past its age, for another conversation, or past the bound', () => {
    let now = 0;
    const recent = new RecentAnswers(() => new Date(now));
    recent.remember('conv', 'a1', answer('what is a VUS', 'A variant of uncertain significance…'));
    expect(recent.take('other', 'a1')).to.equal(undefined);
    now = RECENT_ANSWERS.ttlMs + 1;
    expect(recent.take('conv', 'a1')).to.equal(undefined);
    for (let i = 0; i <= RECENT_ANSWERS.max; i++) recent.remember('conv', `b${i}`, answer(`question ${i}`, 'answer'));
    expect(recent.take('conv', 'b0')).to.equal(undefined);
    expect(recent.take('conv', `b${RECENT_ANSWERS.max}`)?.question).to.equal(`question ${RECENT_ANSWERS.max}`);
  });

  it('bounds what it holds to 2,000 characters of each', () => {
    const recent = new RecentAnswers(() => new Date(0));
    recent.remember('conv', 'a1', answer('q'.repeat(5000), 'a '.repeat(5000)));
    const taken = recent.take('conv', 'a1')!;
    expect(taken.question.length).to.equal(2000);
    expect(taken.answer.length).to.be.at.most(2000);
  });
});
