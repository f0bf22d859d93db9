import { expect } from 'chai';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../scripts/content-check';
import { MENTORS_DIR, realFaculty } from '../helpers/app';
import { tempDir } from '../helpers/temp-dir';

describe('the faculty\'s content', () => {
  const report = checkContent(MENTORS_DIR);
  const of = (id: string) => report.summary.find((s) => s.mentor === id)!;

  it('passes npm run content:check with no errors', () => {
    expect(report.errors).to.deep.equal([]);
  });

  it('has the Foundations in AI and genomics pathways, at least 60 quiz items and four team cases', () => {
    expect(of('hali').lessons).to.be.at.least(12);
    expect(of('gwen').lessons).to.be.at.least(12);
    expect(of('hali').quizItems + of('gwen').quizItems).to.be.at.least(60);
    expect(of('gwen').cases).to.be.at.least(4);
    expect(of('hali').rolesCovered).to.equal(8);
    expect(of('gwen').rolesCovered).to.equal(8);
  });

  it('marks every item draft or reviewed, and names the reviewer of reviewed ones', () => {
    for (const mentor of realFaculty().mentors) {
      for (const item of [...mentor.explainers, ...mentor.lessons, ...mentor.quiz, ...mentor.cases]) {
        expect(['draft', 'reviewed'], item.id).to.include(item.review.status);
        if (item.review.status === 'reviewed') expect(item.review.reviewer, item.id).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('fails the check, naming the file, field and fix, for a long lesson, an unchecked source and a lesson without items', () => {
    const dir = tempDir('hali-content-');
    cpSync(MENTORS_DIR, dir, { recursive: true });
    const lessonsFile = join(dir, 'hali', 'lessons.json');
    const lessons = JSON.parse(readFileSync(lessonsFile, 'utf8'));
    lessons[0].body.en = 'word '.repeat(200);
    lessons[1].sources = [{ title: 'A blog', url: 'https://blog.example.com/ai' }];
    writeFileSync(lessonsFile, JSON.stringify(lessons));
    const quizFile = join(dir, 'hali', 'quiz.json');
    writeFileSync(quizFile, JSON.stringify(JSON.parse(readFileSync(quizFile, 'utf8')).filter((q: { lessonId: string }) => q.lessonId !== lessons[2].id)));
    const errors = checkContent(dir).errors.join('\n');
    expect(errors).to.include(`mentors/hali/lessons.json ${lessons[0].id}: field "body.en" has 200 words; a two-minute lesson has at most 180`);
    expect(errors).to.include(`${lessons[1].id}: field "sources" cites https://blog.example.com/ai, which is not in mentors/sources.json`);
    expect(errors).to.include(`${lessons[2].id}: field "quiz" has 0 quiz item(s); write at least 2 in quiz.json`);
  });
});

describe('dispatch between HALI and Gwen', () => {
  const faculty = realFaculty();
  const cases: [string, string][] = [
    ['What is a variant of uncertain significance?', 'gwen'],
    ['when should I refer to clinical genetics', 'gwen'],
    ['what is cascade testing', 'gwen'],
    ['Beth yw ffarmacogenomeg?', 'gwen'],
    ['does clopidogrel work for everyone', 'gwen'],
    ['how do I take a three generation family history', 'gwen'],
    ['what is a large language model', 'hali'],
    ['can I paste patient notes into ChatGPT', 'hali'],
    ['how do I write a good prompt', 'hali'],
    ['is an AI scribe allowed in Wales', 'hali'],
  ];
  for (const [question, mentor] of cases) {
    it(`sends "${question}" to ${mentor}`, () => {
      const choice = faculty.choose(question);
      expect(choice.mentor.id).to.equal(mentor);
      expect(choice.passages.length).to.be.greaterThan(0);
    });
  }

  it('falls back to HALI, with nothing retrieved, for questions neither covers', () => {
    const choice = faculty.choose('what is the weather today');
    expect(choice.mentor.id).to.equal('hali');
    expect(choice.passages).to.deep.equal([]);
  });
});
