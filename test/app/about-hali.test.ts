import { expect } from 'chai';
import { personalMessage } from '../helpers/activities';
import { testApp } from '../helpers/app';

/** Outside testing: "who is Gwen?", "what is a quiz?", "how do I delete my data?", "can my manager see my quiz scores?" got "no trusted content". */
describe('app: questions about HALI itself', () => {
  const CASES: readonly [string, RegExp][] = [
    ['who is Gwen?', /^Gwen is HALI’s genomics mentor\./], ['Who’s Gwen', /^Gwen is HALI’s genomics mentor\./], ['pwy yw Gwen?', /^Gwen yw mentor genomeg HALI\./],
    ['what is HALI?', /^I’m not a person\. I’m HALI/], ['beth yw HALI?', /^Nid person ydw i\. HALI ydw i/],
    ['what is a quiz?', /^A quiz is one question at a time/], ['beth yw cwis?', /^Mae cwis yn gofyn un cwestiwn/],
    ['how do I pause the lessons?', /^Say “pause”/], ['How can I stop the daily reminders', /^Say “pause”/], ['sut alla i roi saib ar y gwersi?', /^Dywedwch “saib”/],
    ['how do I delete my data?', /^Say “my data”/], ['sut alla i ddileu fy nata?', /^Dywedwch “fy nata”/],
    ['can my manager see my quiz scores?', /^Your manager cannot see your answers or scores/], ['who can see my answers?', /^Your manager cannot see/],
    ['will the health board know if I get questions wrong?', /^Your manager cannot see/], ['ydy fy rheolwr yn gallu gweld fy sgoriau?', /^Ni all eich rheolwr weld/],
  ];
  for (const [text, reply] of CASES) {
    it(`"${text}"`, async () => {
      const { send } = testApp();
      const replies = await send(personalMessage(text, { locale: 'en-GB' }));
      expect(replies.map((r) => r.text ?? '').join(' ')).to.match(reply);
    });
  }

  it('leaves questions about AI and genomics to the mentors, and famous people to the content', async () => {
    const { send } = testApp();
    for (const text of ['what is an LLM?', 'who is Alan Turing?', 'what is genomics']) {
      const said = (await send(personalMessage(text))).map((r) => r.text ?? '').join(' ');
      expect(said, text).to.not.match(/^Gwen is|A quiz is|Say “pause”|Your manager cannot/);
    }
  });
});
