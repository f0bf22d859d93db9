import { expect } from 'chai';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, loadMentors } from '../../bot/mentors/load';
import { MENTORS_DIR } from '../helpers/app';
import { tempDir } from '../helpers/temp-dir';

function copyOfMentors(): string {
  const dir = tempDir('hali-mentors-');
  cpSync(MENTORS_DIR, dir, { recursive: true });
  return dir;
}

function loadError(dir: string): ContentError {
  try {
    loadMentors(dir);
  } catch (error) {
    return error as ContentError;
  }
  throw new Error('expected the content to be rejected');
}

describe('mentor content loading', () => {
  it('loads the real faculty with its explainers and answer prompt', () => {
    const mentors = loadMentors(MENTORS_DIR);
    const hali = mentors.find((m) => m.id === 'hali')!;
    expect(hali.isDefault).to.equal(true);
    expect(hali.explainers.length).to.be.at.least(8);
    expect(hali.prompts.answer).to.equal('hali/prompts/answer');
    for (const explainer of hali.explainers) {
      expect(explainer.sources.length, explainer.id).to.be.at.least(1);
      expect(explainer.answer.cy, explainer.id).to.not.equal(explainer.answer.en);
    }
  });

  it('names the file, the field and the fix when an explainer lacks Welsh and a source', () => {
    const dir = copyOfMentors();
    const file = join(dir, 'hali', 'explainers.json');
    const explainers = JSON.parse(readFileSync(file, 'utf8'));
    delete explainers[1].answer.cy;
    explainers[2].sources = [];
    explainers[3].sources[0].url = 'http://insecure.example';
    writeFileSync(file, JSON.stringify(explainers));
    const error = loadError(dir);
    expect(error.problems.join('\n')).to.include(`${file}[1]: field "answer" must have non-empty "en" and "cy" text`);
    expect(error.problems.join('\n')).to.include(`${file}[2]: field "sources" must list at least one source`);
    expect(error.problems.join('\n')).to.include(`${file}[3]: field "sources[0].url" must be an https URL`);
  });

  it('rejects broken JSON, a mismatched id and a missing prompt folder', () => {
    const dir = copyOfMentors();
    const mentorFile = join(dir, 'hali', 'mentor.json');
    const mentor = JSON.parse(readFileSync(mentorFile, 'utf8'));
    writeFileSync(mentorFile, JSON.stringify({ ...mentor, id: 'someone-else' }));
    writeFileSync(join(dir, 'hali', 'explainers.json'), '[{ oops');
    cpSync(join(dir, 'hali', 'prompts', 'answer'), join(dir, 'hali', 'prompts', 'debrief'), { recursive: true });
    writeFileSync(join(dir, 'hali', 'prompts', 'debrief', 'config.json'), '{');
    const text = loadError(dir).problems.join('\n');
    expect(text).to.include('field "id" "someone-else" must match its folder name "hali"');
    expect(text).to.match(/explainers\.json: field "\(file\)" is not valid JSON .*fix the syntax/);
    expect(text).to.match(/debrief[/\\]config\.json: field "\(file\)" is not valid JSON/);
  });

  it('needs exactly one default mentor', () => {
    const dir = copyOfMentors();
    const file = join(dir, 'hali', 'mentor.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), default: false }));
    expect(loadError(dir).message).to.include('field "default" must be true in exactly one mentor.json (found 0)');
  });
});
