import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { cardExecute, channelMessage, personalMessage } from '../helpers/activities';
import { answerTexts, cardTexts, firstCard, invokeCard, storedLearner, testApp } from '../helpers/app';
import type { Role } from '../../bot/mentors/types';

let users = 0;
function learnerApp() {
  const app = testApp();
  const userId = `29:role-${++users}`;
  return {
    ...app,
    say: (text: string, locale = 'en-GB') => app.send(personalMessage(text, { userId, locale })),
    execute: (verb: string, data: Record<string, unknown>) => app.send(cardExecute(verb, data, { userId })),
    learner: async () => await storedLearner(app.stores, `aad-${userId}`),
  };
}

/** The value of the card's input `id`. */
function inputOf(card: unknown, id: string): string | undefined {
  if (Array.isArray(card)) return card.map((c) => inputOf(c, id)).find((v) => v !== undefined);
  if (!card || typeof card !== 'object') return undefined;
  const node = card as Record<string, any>;
  if (node.id === id && typeof node.type === 'string' && node.type.startsWith('Input.')) return node.value;
  return Object.values(node).map((v) => inputOf(v, id)).find((v) => v !== undefined);
}

describe('app: a learner saying what they do is offered that role, on the settings card, to confirm with Save', () => {
  const said: ReadonlyArray<readonly [string, Role]> = [
    ['I am a pharmacist', 'pharmacist'], ["I'm a pharmacist", 'pharmacist'], ['im a community pharmacist', 'pharmacist'], ['I am a pharmacist by trade', 'pharmacist'],
    ["I'm a staff nurse on a medical ward", 'nurse'], ['I am a nurse', 'nurse'], ["I'm a band 6 nurse in ICU", 'nurse'], ["I'm a nurse consultant", 'nurse'], ['I am a district nurse', 'nurse'], ['ward manager here', 'nurse'],
    ['I work as a GP', 'doctor'], ["I'm a GP registrar", 'doctor'], ["I'm an FY1", 'doctor'], ["I'm a consultant", 'doctor'], ['I am a junior doctor in A&E', 'doctor'],
    ["I'm a midwife", 'midwife'], ['Midwife here', 'midwife'], ["I'm a student nurse", 'student'], ['I am a medical student', 'student'],
    ["I'm a physio", 'allied-health-professional'], ['I work as a paramedic', 'allied-health-professional'], ["I'm an occupational therapist", 'allied-health-professional'],
    ["I'm a biomedical scientist", 'healthcare-scientist'], ['I work as a genetic counsellor', 'healthcare-scientist'], ["I'm a practice manager", 'admin-management'], ['my job is medical secretary', 'admin-management'],
  ];
  const welsh: ReadonlyArray<readonly [string, Role]> = [
    ["dw i'n fferyllydd", 'pharmacist'], ["dwi'n fferyllydd", 'pharmacist'], ['nyrs ydw i', 'nurse'], ["dw i'n nyrs", 'nurse'], ['dwin nyrs', 'nurse'], ["rwy'n nyrs staff ar ward feddygol", 'nurse'],
    ["dwi'n feddyg teulu", 'doctor'], ['meddyg ydw i', 'doctor'], ["rwy'n fydwraig", 'midwife'], ['bydwraig dw i', 'midwife'], ["dw i'n fyfyriwr", 'student'], ["dw i'n gweithio fel parafeddyg", 'allied-health-professional'],
    ["rydw i'n ffisiotherapydd", 'allied-health-professional'], ['fy rôl i yw gwyddonydd biofeddygol', 'healthcare-scientist'], ["dw i'n weinyddwr", 'admin-management'],
  ];

  it(`chooses the matching role on the card for ${said.length} English and ${welsh.length} Welsh ways, says so in a line, and saves it only on Save`, async () => {
    for (const [text, role] of [...said, ...welsh]) {
      const learner = learnerApp();
      const card = firstCard(await learner.say(text))!;
      const texts = cardTexts(card).join('\n');
      const cy = welsh.some(([w]) => w === text);
      expect(texts, text).to.match(cy ? /^Eich gosodiadau\nRydw i wedi dewis "[^"]+" fel eich rôl/ : /^Your settings\nI have chosen "[^"]+" as your role, so lessons and examples suit your work\. Check the card and press Save to keep it; nothing changes until you do\./);
      expect(inputOf(card, 'role'), text).to.equal(role);
      expect((await learner.learner())?.profile.role, text).to.equal(undefined);
      const action = (card.actions as any[]).find((a) => a.verb === Verbs.saveSettings);
      const saved = invokeCard(await learner.execute(action.verb, { ...action.data, role: inputOf(card, 'role') }))!;
      expect(cardTexts(saved).join('\n'), text).to.match(/^(?:Saved|Wedi’u cadw)/);
      expect((await learner.learner())!.profile.role, text).to.equal(role);
    }
  });

  it('says the role is already set when it is, in English and Welsh', async () => {
    const learner = learnerApp();
    await learner.execute(Verbs.saveSettings, { role: 'pharmacist' });
    expect((await learner.say('I am a pharmacist')).map((r) => r.text).join('')).to.equal('Your role is already set to "Pharmacist".');
    expect((await learner.say("dw i'n fferyllydd")).map((r) => r.text).join('')).to.equal('Mae eich rôl eisoes wedi’i gosod fel "Fferyllydd".');
  });

  it('for a job that is none of the roles, says which roles there are, leaves the role as it is, and changes nothing', async () => {
    for (const text of ["I'm a porter", "I'm an HCA", 'I work as a healthcare assistant', "I'm a pharmacy technician", "I'm a dentist", "dw i'n borthor", "dw i'n ddeintydd"]) {
      const learner = learnerApp();
      await learner.execute(Verbs.saveSettings, { role: 'student' });
      const card = firstCard(await learner.say(text))!;
      expect(cardTexts(card).join('\n'), text).to.match(
        /That role is not one of mine yet\. The roles I know are nurse, midwife, doctor, pharmacist, allied health professional, healthcare scientist, administration or management and student: choose the nearest on the card and press Save, or leave it as it is\.|Nid yw’r rôl honno’n un o’m rolau i eto\. Y rolau rydw i’n eu hadnabod yw nyrs, bydwraig, meddyg, fferyllydd, /,
      );
      expect(inputOf(card, 'role'), text).to.equal('student');
      expect((await learner.learner())!.profile.role, text).to.equal('student');
    }
  });

  it('leaves alone what only sounds like a role, and a role said with a question', async () => {
    const learner = learnerApp();
    for (const text of ["I'm a bit lost", "I'm a patient", "I'm new here", "I'm on annual leave", "dw i'n ôl", "I'm a nurse, what is AI really?", "I'm a midwife, what is a large language model?"]) {
      expect(cardTexts(firstCard(await learner.say(text))).join('\n'), text).to.not.match(/as your role|not one of mine|fel eich rôl/);
    }
    expect(answerTexts(await learner.say("I'm a midwife, what is a large language model?"))).to.match(/language model/i);
  });

  it('in a team channel, is not answered with anyone\'s settings', async () => {
    const { send } = testApp();
    const texts = (replies: Partial<Activity>[]) => [...replies.map((r) => r.text ?? ''), ...cardTexts(firstCard(replies))].join('\n');
    expect(texts(await send(channelMessage('I am a pharmacist')))).to.not.match(/Your settings|as your role/);
  });
});
