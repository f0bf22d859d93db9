import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forEducators, withoutAsker } from '../../bot/safety/asker';
import { redact } from '../../bot/safety/redact';

/** Every question of the evaluation sets: how staff ask, in English and Welsh. */
function evaluationQuestions(): string[] {
  const dir = join(__dirname, '..', 'fixtures', 'evaluation');
  return readdirSync(dir).flatMap((file) => {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const questions: { q?: string; question?: string; text?: string }[] = Array.isArray(data) ? data : (data.questions ?? []);
    return questions.map((q) => q.q ?? q.question ?? q.text ?? '').filter(Boolean);
  });
}

const WRITERS = ['Dr Gareth Price', 'Sister Rhian Evans', 'Priya Sharma', 'Nurse Owen'];
const PLACES = ['ward 7 at Glan Clwyd', 'Ysbyty Gwynedd ward Alaw', 'Morriston Hospital', 'ward 12, Bronglais'];
const QUESTIONS = ['how do I configure kubernetes pods?', 'what is sourdough?', 'can AI write my rota?', 'beth yw kubernetes?'];

describe('what staff say about themselves, out of what educators read (asker.ts)', () => {
  it('takes out the writer\'s name, job, ward and hospital and keeps the question, in every combination', () => {
    const left: string[] = [];
    for (const writer of WRITERS) for (const place of PLACES) for (const question of QUESTIONS) {
      for (const text of [`${writer} here from ${place}, ${question}`, `${writer}, staff nurse, ${place} - ${question}`, `Hi, I'm ${writer.split(' ').at(-1)}, a nurse on ${place}. ${question[0].toUpperCase()}${question.slice(1)}`]) {
        const out = forEducators(text);
        if (out === undefined) continue;
        // A greeting may stay: it points to nobody.
        if (out.replace(/^(?:hi|hello),\s*/i, '').toLowerCase() !== question.toLowerCase()) left.push(`${text} -> ${out}`);
      }
    }
    expect(left).to.deep.equal([]);
  });

  it('takes out the probe\'s examples: "I\'m Gareth, the only band 7 pharmacist at Bronglais", Welsh self-introductions', () => {
    expect(forEducators("I'm Gareth, the only band 7 pharmacist at Bronglais, what is kubernetes?")).to.equal('what is kubernetes?');
    expect(forEducators("I'm Gareth, the only band 7 pharmacist at Bronglais")).to.equal(undefined);
    expect(forEducators('As the only band 7 pharmacist at Bronglais should I use ChatGPT?')).to.equal(undefined);
    expect(forEducators('Dw i’n nyrs ar ward 7 yn Ysbyty Glan Clwyd, Rhian Evans ydw i. Beth yw kubernetes?')).to.equal('Beth yw kubernetes?');
    expect(forEducators('Fy enw i yw Sioned ac rwy’n gweithio yn Ysbyty Gwynedd. Beth yw sourdough?')).to.equal('Beth yw sourdough?');
    expect(forEducators('Helo, Gareth Price ydw i, fferyllydd yn Ysbyty Bronglais. Sut mae gosod kubernetes?')).to.equal('Helo, Sut mae gosod kubernetes?');
    expect(forEducators('I work at Bronglais on nights, can AI do my rota?')).to.equal('can AI do my rota?');
  });

  it('keeps a job, a department or an opinion that points to nobody, word for word ("I\'m a physio", "Pharmacist here", "Dw i\'n meddwl")', () => {
    for (const text of [
      "I'm trying to understand what a large language model is",
      'I am a nurse, can I use Copilot for handover notes?',
      'Pharmacist here, why is a DPD test done before capecitabine?',
      'OT here so genetics is really not my world! Is it automatically passed on?',
      'Nyrs ydw i, felly be am y Cod NMC?',
      "Dw i'n meddwl bod AI yn ddefnyddiol, beth yw'r risgiau?",
      'can we use AI on the ward round?',
      'What is the Hywel Dda policy on AI scribes?',
      'is Morriston Hospital using AI for x-rays?',
      'I work in admin, how do I handle genomic information in a referral letter',
    ]) expect(withoutAsker(text), text).to.equal(text);
  });

  it('changes none of the evaluation sets\' questions (how staff ask, in both languages) but a patient\'s removed name', () => {
    const questions = evaluationQuestions();
    expect(questions.length).to.be.at.least(4000);
    const changed = questions.map((q) => redact(q).text).filter((q) => withoutAsker(q) !== q && !q.includes('[name removed]'));
    // One names the writer's own team ("PALS here", the Patient Advice and Liaison Service: a handful of people at one
    // hospital), which goes as where the writer works does ("here from ward 7"); the question itself stays whole.
    expect(changed.map((q) => q.slice(0, 18))).to.deep.equal(['Bore da, PALS here']);
    expect(withoutAsker(changed[0])).to.equal("Bore da, Had a caller upset that we wouldn't tell her about her brother's genetic result over the phone - what's the guidance on sharing genomic results with relatives?");
  });
});
