import { expect } from 'chai';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { typedOption } from '../../bot/learning/typed-option';
import type { QuizItem } from '../../bot/mentors/types';
import { realFaculty } from '../helpers/app';

/**
 * A quiz answer typed in the option's own words, not its letter (learning/typed-option.ts). Taken for the answer only when the
 * option is typed out near enough whole; pointed to, it is asked about; a question, or words several options share, is neither.
 * A wrong match would record an answer and move spaced repetition, so what must never happen is another option chosen.
 */
const items: QuizItem[] = realFaculty().mentors.flatMap((m) => [...m.quiz]);
const PREAMBLES_EN = ['', 'I think it’s ', "i think its ", 'the answer is ', "I'd go with ", 'my answer is: ', 'hmm, I reckon it is ', 'Is it '];
const PREAMBLES_CY = ['', 'dw i’n meddwl mai ', "dwi'n meddwl mai ", 'yr ateb yw ', 'ateb: '];
const forms = (text: string) => [text, text.toLowerCase(), text.replace(/[.,:;“”"’'!]/g, ''), text.replace(/\.$/, '').toUpperCase()];
const isQuestion = (text: string) => /\?[”"]?\s*$/.test(text);

function evaluationQuestions(): string[] {
  const dir = join(__dirname, '..', 'fixtures', 'evaluation');
  return readdirSync(dir).flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')).questions as { question: string }[]).map((q) => q.question));
}

describe('unit: a quiz answer typed in its option’s words', () => {
  it(`takes an option typed out, however it is introduced or cased, for that option and never another (${items.length} questions, both languages)`, () => {
    let typed = 0;
    let answered = 0;
    for (const item of items) {
      for (const option of item.options) {
        for (const [language, preambles] of [['en', PREAMBLES_EN], ['cy', PREAMBLES_CY]] as const) {
          for (const preamble of preambles) {
            for (const form of forms(option.text[language])) {
              const said = preamble + form;
              const read = typedOption(said, item);
              typed++;
              if (read) expect(read.optionId, `${item.id}: ${said}`).to.equal(option.id);
              // Offered as a question ("Is it …", an option that is itself a question) it is asked about, never answered with.
              if (read?.kind === 'answer') answered++;
              if (preamble === 'Is it ' || isQuestion(option.text[language])) expect(read?.kind, said).to.not.equal('answer');
            }
          }
        }
      }
    }
    // Some options say all another says and more, or are questions, and "Is it …" is asked about: measured 10,301 of 11,908.
    expect(answered / typed, `${answered} of ${typed}`).to.be.above(0.85);
  });

  it('never takes half an option, or a few of its words, for another option', () => {
    let asked = 0;
    let total = 0;
    for (const item of items) {
      for (const option of item.options) {
        for (const language of ['en', 'cy'] as const) {
          const words = option.text[language].split(/\s+/);
          for (const part of [words.slice(0, Math.ceil(words.length / 2)), words.slice(Math.floor(words.length / 2)), words.slice(0, 4)]) {
            const read = typedOption(part.join(' '), item);
            total++;
            if (read) {
              expect(read.optionId, `${item.id}: ${part.join(' ')}`).to.equal(option.id);
              asked++;
            }
          }
        }
      }
    }
    // Measured 812 of 1,374 pointed to their own option (the rest: too few telling words, so read as a question).
    expect(asked, `${asked} of ${total}`).to.be.above(total * 0.55);
  });

  it('reads answers said the way staff type them', () => {
    const item = (id: string) => items.find((i) => i.id === id)!;
    const meant = (id: string, said: string) => {
      const read = typedOption(said, item(id));
      return read && `${read.kind} ${item(id).options.find((o) => o.id === read.optionId)!.text.en}`;
    };
    expect(meant('hali-llms-and-hallucination-q1', 'check it against the BNF')).to.match(/^ask Check it against a trusted reference/);
    expect(meant('hali-llms-and-hallucination-q1', 'gwirio yn erbyn y BNF')).to.match(/^ask Check it against a trusted reference/);
    expect(meant('hali-what-is-ai-q1', 'the one about example data')).to.match(/^ask It learned patterns from example data/);
    expect(meant('hali-what-is-ai-q1', 'learns from example data')).to.match(/^ask It learned patterns/);
    expect(meant('hali-what-is-ai-q1', 'fixed rules written by hand')).to.match(/^ask It follows a fixed set of rules/);
    expect(meant('hali-what-is-ai-q1', 'it learned patterns from example data so its performance depends on that data')).to.match(/^answer It learned patterns/);
    expect(meant('hali-what-is-ai-q1', 'It learned patterns from example data, so its performance depends on that data?')).to.match(/^ask /);
    // Questions, and words that tell no option apart, are not answers.
    for (const said of ['what is the BNF', 'what does example data mean', 'explain fixed rules', 'BNF', 'rely on it', 'machine learning?', 'how does it learn from example data?', 'beth yw data enghreifftiol', '']) {
      expect(meant('hali-llms-and-hallucination-q1', said), said).to.equal(undefined);
      expect(meant('hali-what-is-ai-q1', said), said).to.equal(undefined);
    }
  });

  it('takes no evaluation question for an answer, and asks about few, whatever question is open', function () {
    // Every evaluation question against every open quiz item (more with each set added): over mocha's 10 s on a busy machine.
    this.timeout(60_000);
    const questions = evaluationQuestions();
    let asked = 0;
    for (const question of questions) {
      for (const item of items) {
        const read = typedOption(question, item);
        expect(read?.kind, `${question} (${item.id} open)`).to.not.equal('answer');
        if (read) asked++;
      }
    }
    // Short subject phrases that are an option's own words ("cascade testing?" with "Cascade testing results" offered) are asked
    // about: a reply that records nothing and says to ask it as a question. Measured 76 of 393,540 pairs on this content; 101 of
    // 437,080 with dev17 (stop 56). Held as a share, as the sets grow: at most one pair in 4,000.
    expect(asked, `${asked} of ${questions.length * items.length}`).to.be.at.most((questions.length * items.length) / 4000);
  });
});
