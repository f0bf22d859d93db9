import { expect } from 'chai';
import { channelMessage, personalMessage } from '../helpers/activities';
import { firstCard, testApp } from '../helpers/app';

const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;

describe('app: thanks, ok and goodbye in personal chat', () => {
  it('answers a thanks, an acknowledgement or a goodbye in a line, never with "no trusted content"', async () => {
    const { send } = testApp();
    const expected: Record<string, RegExp> = {
      thanks: /^You’re welcome\./, 'Thank you!': /^You’re welcome\./, cheers: /^You’re welcome\./,
      ok: /^Anything else\?/, 'got it.': /^Anything else\?/, '👍': /^Anything else\?/, '👍🏽': /^Anything else\?/, '🙏': /^Anything else\?/,
      bye: /^Bye for now\./, 'see you!': /^Bye for now\./,
    };
    for (const [text, reply] of Object.entries(expected)) {
      const replies = await send(personalMessage(text));
      expect(replies, text).to.have.length(1);
      expect(replies[0].text, text).to.match(reply);
      expect(firstCard(replies), text).to.equal(undefined);
    }
  });

  it('answers Welsh in Welsh for a learner who has not chosen a language, and in the chosen language otherwise', async () => {
    const { send } = testApp();
    expect((await send(personalMessage('diolch yn fawr')))[0].text).to.match(/^Croeso\./);
    expect((await send(personalMessage('hwyl fawr!')))[0].text).to.match(/^Hwyl am y tro\./);
    expect((await send(personalMessage('gwych')))[0].text).to.match(/^Unrhyw beth arall\?/);
    await send(personalMessage('English'));
    expect((await send(personalMessage('diolch')))[0].text).to.match(/^You’re welcome\./);
    await send(personalMessage('Cymraeg'));
    expect((await send(personalMessage('thanks')))[0].text).to.match(/^Croeso\./);
  });

  it('says plainly that it is software, not a person, when asked, in English and Welsh, and still answers questions about AI tools', async () => {
    const { send } = testApp();
    for (const text of ['are you a real person?', 'Are you human', 'am I talking to a bot?', 'are you ChatGPT?', 'what are you', 'who made you?']) {
      const replies = await send(personalMessage(text));
      expect(replies, text).to.have.length(1);
      expect(replies[0].text, text).to.match(/^I’m not a person\. I’m HALI/).and.include('I never see patient records');
    }
    for (const text of ['wyt ti’n berson go iawn?', 'pwy greodd di?']) {
      expect((await send(personalMessage(text)))[0].text, text).to.match(/^Nid person ydw i\. HALI ydw i/);
    }
    // A question about a person or a tool is a question, answered from content.
    expect(JSON.stringify(firstCard(await send(personalMessage('is ChatGPT a real person?'))))).not.to.match(/I’m not a person/);
    expect(JSON.stringify(firstCard(await send(personalMessage('what is a large language model?'))))).to.include('large language model');
  });

  it('still answers a question that starts with thanks', async () => {
    const { send } = testApp();
    const replies = await send(personalMessage('thanks, what is automation bias?'));
    expect(JSON.stringify(firstCard(replies))).to.include('Automation bias is the tendency').and.not.match(NO_CONTENT);
  });

  it('leaves "stop" in a case thread to the case (it ends the discussion), not to the daily lessons', async () => {
    const { send } = testApp();
    await send(channelMessage('case lynch', { threadId: '1765000000777', newPost: true }));
    const replies = await send(channelMessage('stop', { threadId: '1765000000777' }));
    expect(replies.map((r) => r.text ?? '').join(' ')).to.not.include('Daily lessons are paused');
    expect(JSON.stringify(replies)).to.match(/summary|Summary|learning points/i);
  });
});

describe('app: a thanks in a case thread', () => {
  it('is not scored as a weak answer: the facilitator hands back to the team with the stage\'s question, and the next contribution is still scored', async () => {
    const { send } = testApp();
    await send(channelMessage('case lynch', { threadId: '1765000000888', newPost: true }));
    for (const text of ['thanks Gwen', 'ok', '👍']) {
      const said = JSON.stringify(await send(channelMessage(text, { threadId: '1765000000888' })));
      expect(said, text).to.include('Over to you. When the team is ready:').and.not.include('Say a little more');
    }
    // The next real contribution is still scored.
    const scored = JSON.stringify(await send(channelMessage('I think IHC on the tumour first', { threadId: '1765000000888' })));
    expect(scored).to.include('immunohistochemistry');
  });
});

describe('app: "how are you?" and frustration, typed alone', () => {
  it('answers them in a line, in the language typed, never with "no trusted content"', async () => {
    const cases: Record<string, RegExp> = {
      'how are you?': /^I’m well, thanks for asking\./, 'Hi, how are you today': /^I’m well/, 'you ok?': /^I’m well/, 'sut wyt ti?': /^Dw i’n iawn, diolch am ofyn\./, 'shwt i ti': /^Dw i’n iawn/,
      'you stupid bot': /^Sorry I haven’t been much help\./, 'this is useless!!': /^Sorry I haven’t been much help\./, 'ffwcia bant': /^Mae’n ddrwg gen i nad ydw i wedi bod/, "ti'n dwp": /^Mae’n ddrwg gen i/,
    };
    for (const [text, reply] of Object.entries(cases)) {
      const { send } = testApp();
      const replies = await send(personalMessage(text, { locale: 'en-GB' }));
      expect(replies, text).to.have.length(1);
      expect(replies[0].text, text).to.match(reply);
    }
  });

  it('leaves questions that share the words alone', async () => {
    const { send } = testApp();
    for (const text of ['how are you meant to check an AI summary?', 'is this AI tool useless for rare diseases?', 'how are variants classified?']) {
      expect((await send(personalMessage(text)))[0].text ?? '', text).to.not.match(/^I’m well|^Sorry I haven’t been much help/);
    }
  });
});

describe('app: an answer said to be wrong, typed alone (stop 52 probe)', () => {
  // "this answer was wrong" got the prompt-writing explainer, "wrong answer" the hallucination one.
  const EN = [
    'this answer was wrong', "that's wrong", 'wrong answer', 'that answer is incorrect', 'your answer is out of date', "you're wrong", 'you got that wrong', "that's not right",
    "there's a mistake in that answer", 'that last reply was misleading', 'this is wrong!', 'thats outdated', 'the answer is completely wrong', 'incorrect info',
  ];
  const CY = ["mae'r ateb yn anghywir", 'ateb anghywir', "mae hynna'n anghywir", "ti'n rong", "ma'r ateb 'na'n hen ffasiwn", "mae hwnna'n gamarweiniol", "dach chi'n anghywir"];
  it(`thanks the learner and points to the thumbs-down, in the language typed: ${EN.length} English, ${CY.length} Welsh, from a Teams in English`, async () => {
    for (const [texts, reply] of [[EN, /^Thank you for telling me\. Please press the thumbs-down on that answer/], [CY, /^Diolch am ddweud wrtha i\. Pwyswch y bawd i lawr/]] as const) {
      for (const text of texts) {
        const { send } = testApp();
        const replies = await send(personalMessage(text, { locale: 'en-GB' }));
        expect(replies.map((r) => r.text), text).to.have.length(1);
        expect(replies[0].text, text).to.match(reply);
      }
    }
  });

  it('leaves questions about wrong answers to the mentors', async () => {
    const { send } = testApp();
    for (const text of ['why is the answer wrong sometimes with AI', 'is that wrong?', 'what if the AI answer is wrong', "beth os yw'r ateb AI yn anghywir?", 'how do I know if an AI answer is out of date']) {
      expect((await send(personalMessage(text)))[0].text ?? '', text).to.not.match(/^Thank you for telling me|^Diolch am ddweud wrtha i/);
    }
  });
});
