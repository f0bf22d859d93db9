import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { followUpTyped } from '../../bot/i18n/follow-up-phrasing';
import { channelMessage, personalMessage } from '../helpers/activities';
import { answerTexts, firstCard, testApp } from '../helpers/app';

const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;
const replyText = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

let users = 0;
function learner() {
  const app = testApp();
  const userId = `29:typed-follow-${++users}`;
  return { ...app, say: (text: string, locale = 'en-GB') => app.send(personalMessage(text, { userId, locale })) };
}

/**
 * Stop 53's probe: the answer card's follow-ups ("Explain more simply", "An example from my role", "What should I read next?")
 * worked only as buttons. Typed, in the card's words or a learner's ("can you explain that more simply", "I don't get it",
 * "give me an example", "dw i ddim yn deall", "be ddylwn i ddarllen nesa"), each was told "I do not have trusted content".
 */
describe('app: a follow-up typed on the last answer does what its button does, in the language typed', () => {
  const SIMPLER = {
    en: ['Explain more simply', 'can you explain that more simply?', 'could you put it in plain English please', 'simpler please', 'I don’t understand', "i dont get it", 'eli5', "that's too complicated", 'say that in simple words', 'what does that mean?', 'explain it like I’m five'],
    cy: ['Esbonio’n symlach', "esbonia'n symlach plis", 'esbonia eto plis', 'dw i ddim yn deall', "dwi'm yn dallt", 'mewn geiriau syml', 'rhy gymhleth', 'yn symlach'],
  };
  const EXAMPLE = {
    en: ['An example from my role', 'give me an example', 'can you give me another example please', 'example?', 'any examples', 'how does that apply to my job', 'what would that look like on the ward'],
    cy: ['Enghraifft o’m rôl i', 'rho enghraifft plis', 'enghraifft', 'oes gen ti enghraifft?', 'ga i enghraifft o fy ngwaith'],
  };
  const READ_NEXT = {
    en: ['What should I read next?', 'what should i read next', 'where can I read more about this', 'further reading', 'tell me more', 'read next please'],
    cy: ['Beth ddylwn i ei ddarllen nesaf?', 'be ddylwn i ddarllen nesa', 'ble alla i ddarllen mwy', 'darllen pellach', 'mwy am hyn'],
  };
  const SIMPLER_EN = /^\*\*More simply\*\*\n\nAutomation bias means trusting a computer’s advice too much/;
  const SIMPLER_CY = /^\*\*Yn symlach\*\*\n\nYstyr gogwydd awtomeiddio yw ymddiried gormod yng nghyngor cyfrifiadur/;

  for (const [kind, forms, en, cy] of [
    ['explain more simply', SIMPLER, SIMPLER_EN, SIMPLER_CY],
    ['an example', EXAMPLE, /^\*\*From the lesson "Automation bias: trusting the machine too much", try this at work:\*\*/, /^\*\*O’r wers "Gogwydd awtomeiddio: ymddiried gormod yn y peiriant", rhowch gynnig ar hyn yn y gwaith:\*\*/],
    ['what to read next', READ_NEXT, /^\*\*What to read next\*\*\n\nLessons\n- Automation bias: trusting the machine too much/, /^\*\*Beth i’w ddarllen nesaf\*\*\n\nGwersi\n- Gogwydd awtomeiddio: ymddiried gormod yn y peiriant/],
  ] as const) {
    it(`${kind}: ${forms.en.length} English and ${forms.cy.length} Welsh ways, after an English answer`, async () => {
      for (const text of forms.en) {
        const { say } = learner();
        expect(answerTexts(await say('what is automation bias?'))).to.include('Automation bias is the tendency');
        expect(replyText(await say(text)), text).to.match(en);
      }
      for (const text of forms.cy) {
        const { say } = learner();
        await say('what is automation bias?');
        // Typed in Welsh from a Teams in English: answered in Welsh.
        expect(replyText(await say(text)), text).to.match(cy);
      }
    });
  }

  it('follows the last answer, not an earlier one, and one after the mentor had no answer says how to get one', async () => {
    const { say } = learner();
    await say('what is automation bias?');
    await say('what is pharmacogenomics?');
    expect(replyText(await say('explain that more simply'))).to.match(/^\*\*More simply\*\*/).and.not.include('Automation bias');
    const said = await say('how many calories in a banana');
    expect(answerTexts(said)).to.match(NO_CONTENT);
    expect(replyText(await say('explain more simply'))).to.match(/^Ask me a question first, and I can then explain the answer more simply/);
  });

  it('with no answer yet, says how to get one, in the language typed, never "no trusted content"', async () => {
    for (const [text, reply] of [
      ['explain more simply', /^Ask me a question first/],
      ['give me an example', /^Ask me a question first/],
      ['what should I read next', /^Ask me a question first/],
      ['dw i ddim yn deall', /^Gofynnwch gwestiwn i mi yn gyntaf/],
      ['rho enghraifft plis', /^Gofynnwch gwestiwn i mi yn gyntaf/],
    ] as const) {
      const { say } = learner();
      const replies = await say(text);
      expect(replyText(replies), text).to.match(reply);
      expect(firstCard(replies), text).to.equal(undefined);
    }
  });

  it('a question that names its subject is a question: "give me an example of a hallucination", "tell me more about Lynch syndrome"', async () => {
    const { say } = learner();
    await say('what is automation bias?');
    expect(answerTexts(await say('give me an example of a hallucination'))).to.not.match(/^\*\*From the lesson/);
    expect(answerTexts(await say('tell me more about Lynch syndrome'))).to.include('Lynch syndrome is an inherited condition');
    expect(answerTexts(await say('what does autosomal dominant mean?'))).to.not.match(/^\*\*More simply/);
  });

  it('in a case thread, the team’s "I don’t understand" is the team’s, not a follow-up', async () => {
    const { send } = testApp();
    await send(channelMessage('case lynch', { threadId: '1765000000881', newPost: true }));
    const replies = await send(channelMessage('I don’t understand', { threadId: '1765000000881' }));
    expect(replyText(replies)).to.not.match(/^Ask me a question first|^\*\*More simply/);
  });

  it('no evaluation question reads as a follow-up', () => {
    const dir = join(__dirname, '..', 'fixtures', 'evaluation');
    const questions = readdirSync(dir).flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')).questions as { question: string }[]).map((q) => q.question));
    expect(questions.filter((q) => followUpTyped(q) !== undefined)).to.deep.equal([]);
  });
});

describe('app: CPD and certificates asked about, and where to begin', () => {
  it('a CPD or certificate question is told what HALI records and how to see it, in the language asked', async () => {
    const ENGLISH = ['does this count for CPD?', 'does this count towards my revalidation', 'can I use this for revalidation', 'how do I record this for revalidation', 'can I get a certificate', 'do I get a certificate for this?', 'can I download my CPD record', 'is this CPD accredited?'];
    const WELSH = ['ydy hyn yn cyfrif at DPP?', 'ga i dystysgrif', 'ga i gael tystysgrif?', 'ydy hyn yn cyfrif at ail-ddilysu'];
    const { say } = learner();
    for (const text of ENGLISH) expect(replyText(await say(text)), text).to.match(/^HALI keeps a record of the learning you do here .* say "CPD" for a summary .* HALI does not issue certificates\.$/);
    for (const text of WELSH) expect(replyText(await say(text)), text).to.match(/^Mae HALI yn cadw cofnod o’r dysgu .* dywedwch "DPP" am grynodeb/);
    // "CPD" itself is the summary card.
    expect(answerTexts(await say('CPD'))).to.match(/CPD summary/);
  });

  it('where to begin, or something short, is the next lesson on the path', async () => {
    for (const [text, title] of [
      ['where do I start', /What AI and machine learning are/],
      ['what should I learn first?', /What AI and machine learning are/],
      ['give me something quick', /What AI and machine learning are/],
      ['something short please', /What AI and machine learning are/],
      ['beth ddylwn i ddysgu nesa', /Beth yw AI a dysgu peirianyddol/],
      ["lle dw i'n dechra", /Beth yw AI a dysgu peirianyddol/],
      ['rhywbeth byr plis', /Beth yw AI a dysgu peirianyddol/],
    ] as const) {
      const { say } = learner();
      expect(answerTexts(await say(text)), text).to.match(title);
    }
  });
});
