import { expect } from 'chai';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { personalMessage } from '../helpers/activities';
import { answerTexts, realFaculty, testApp } from '../helpers/app';
import { redact } from '../../bot/safety/redact';
import type { Bilingual } from '../../bot/mentors/types';

/**
 * The evaluation bench scores the offline mentor's choice (faculty.choose); a learner gets whatever the app's routes make of the
 * message first. Stop 55 sent every evaluation question through the app and found one the bench counted as answered that the
 * app answered with something else: "What happens to a GP referral for a family history of cancer…" got the "what happens to my
 * data" reply. This keeps the two in step: each question (every third, for time) gets in the app the passage the bench scores,
 * or, when the mentor abstains, its "no content yet" or a patient deflection. The one place they may differ is a message whose
 * patient name redaction removed: the app deflects it, which the bench (reading the text as written) cannot.
 */
describe('app: the evaluation questions get in the app what the bench scores', () => {
  it('answers each with the passage the mentor chooses, or declines it as the mentor does', async function () {
    this.timeout(120_000);
    const faculty = realFaculty();
    const passages = new Map(faculty.mentors.flatMap((m) => [...m.explainers, ...m.lessons]).map((p) => [p.id, p] as const));
    const dir = join(__dirname, '..', 'fixtures', 'evaluation');
    const questions = [...new Set(readdirSync(dir).sort().flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')).questions as { question: string }[]).map((q) => q.question.trim())))].filter((q, i) => i % 3 === 0 || q.startsWith('What happens to a GP referral'));
    const app = testApp({ now: () => new Date('2026-11-26T07:00:00Z') });
    const differ: string[] = [];
    let n = 0;
    for (const question of questions) {
      const replies = await app.send(personalMessage(question, { userId: `29:eval-in-app-${++n}` }));
      const said = `${replies.map((r) => r.text ?? '').join('\n')}\n${answerTexts(replies)}`.replace(/\s+/g, ' ');
      const chosen = faculty.choose(question).passages[0];
      const deflected = /I can’t advise on an individual patient|Ni allaf roi cyngor am glaf unigol/.test(said);
      if (chosen) {
        // An explainer is shown by its answer (or its simpler version, asked simply), a lesson by a paragraph of its body.
        const p = passages.get(chosen.id) as { answer?: Bilingual; simpler?: Bilingual; body?: Bilingual };
        const texts = [p.answer, p.simpler].flatMap((b) => (b ? [b.en, b.cy] : [])).concat([p.body?.en, p.body?.cy].flatMap((body) => body?.split(/\n\s*\n/) ?? []));
        const shown = texts.some((t) => said.includes(t.replace(/\s+/g, ' ').slice(0, 30)));
        if (!shown && !(deflected && redact(question).text !== question)) differ.push(`${question} -> ${chosen.id}, got: ${said.slice(0, 120)}`);
      } else if (!deflected && !/I do not have trusted content|Nid oes gennyf gynnwys|can help with instead|yn gallu helpu/.test(said)) {
        differ.push(`${question} -> (declined), got: ${said.slice(0, 120)}`);
      }
    }
    expect(differ, `${differ.length} of ${questions.length}:\n${differ.slice(0, 8).join("\n")}`).to.deep.equal([]);
  });
});
