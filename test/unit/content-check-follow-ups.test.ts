import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../scripts/content-check';
import { FOLLOW_UP_RULES, rolesForTopic } from '../../scripts/content-check-follow-ups';
import { aspirateSlips } from '../../scripts/content-check-mutations';
import { MENTORS_DIR, realFaculty } from '../helpers/app';
import { mentorsCopyWith as copyWith } from '../helpers/mentors-copy';

type Json = Record<string, any>;
const errorsWith = (file: string, edit: (json: any) => void) => checkContent(copyWith(file, edit)).errors.join('\n');
const byId = (explainers: Json[], id: string) => explainers.find((e) => e.id === id)!;

describe('content:check: follow-up content (simpler versions and role examples)', () => {
  const faculty = realFaculty();

  it('passes on the real content: every explainer has a simpler version, and at least 10 a mentor have role examples for at least 3 of its topic\'s roles', () => {
    expect(checkContent(MENTORS_DIR).errors).to.deep.equal([]);
    for (const mentor of faculty.mentors) {
      for (const e of mentor.explainers) expect(e.simpler, e.id).not.to.equal(undefined);
      const withExamples = mentor.explainers.filter((e) => e.roleExamples);
      expect(withExamples.length, mentor.id).to.be.at.least(FOLLOW_UP_RULES.mostAskedPerMentor);
      for (const e of withExamples) {
        expect(e.roleExamples!.length, e.id).to.be.at.least(FOLLOW_UP_RULES.rolesPerExplainer);
        for (const x of e.roleExamples!) expect([...rolesForTopic(mentor, e.topic)], `${e.id} ${x.role}`).to.include(x.role);
      }
    }
  });

  it('fails when a mentor has fewer than 10 explainers with a simpler version, or with role examples', () => {
    const errors = errorsWith('hali/explainers.json', (explainers: Json[]) => {
      for (const e of explainers.slice(9)) delete e.simpler;
      for (const e of explainers.filter((x) => x.roleExamples).slice(9)) delete e.roleExamples;
    });
    expect(errors).to.include('mentors/hali/explainers.json: field "simpler" is written for 9 explainer(s); write one for each of the 10 most-asked');
    expect(errors).to.include('mentors/hali/explainers.json: field "roleExamples" are written for 9 explainer(s); write them for each of the 10 most-asked');
  });

  it('accepts a simpler version without role examples: "An example from my role" then offers the topic lesson\'s "try this at work"', () => {
    const errors = errorsWith('hali/explainers.json', (explainers: Json[]) => {
      delete byId(explainers, 'hallucination').roleExamples;
    });
    expect(errors).not.to.include('hallucination: field "roleExamples"');
  });

  it('fails when a simpler version is not shorter than its answer, in either language', () => {
    const errors = errorsWith('gwen/explainers.json', (explainers: Json[]) => {
      const e = byId(explainers, 'gwen-lynch-syndrome');
      e.simpler.en = `${e.answer.en.replace(/\. /g, '. Yes. ')}`;
      e.simpler.cy = `${e.answer.cy} Ie.`;
    });
    expect(errors).to.match(/gwen-lynch-syndrome: field "simpler\.en" has \d+ words and the answer \d+; a simpler version is shorter than its answer/);
    expect(errors).to.match(/gwen-lynch-syndrome: field "simpler\.cy" has \d+ words and the answer \d+/);
  });

  it('fails on a figure the answer does not give, and on long sentences', () => {
    const errors = errorsWith('gwen/explainers.json', (explainers: Json[]) => {
      const fh = byId(explainers, 'gwen-familial-hypercholesterolaemia');
      fh.simpler.en = fh.simpler.en.replace('Specialists lead treatment.', 'About 1 in 250 people have it.');
      const vus = byId(explainers, 'gwen-variant-of-uncertain-significance');
      vus.simpler.en = 'A VUS is a change in a gene where there is not yet enough evidence to say whether it causes disease or whether it is harmless, and it sits in the middle of the classes.';
    });
    expect(errors).to.include('gwen-familial-hypercholesterolaemia: field "simpler.en" gives 1, 250, which the answer does not; a simpler version makes no new claim');
    expect(errors).to.include('gwen-variant-of-uncertain-significance: field "simpler.en" has a sentence of 35 words; split it (at most 25)');
    expect(errors).to.include('gwen-variant-of-uncertain-significance: field "simpler.en" has sentences of 35.0 words on average; keep to 16 or fewer');
  });

  it('fails on a role example for a role the topic\'s lessons are not for, naming the roles they are for', () => {
    const errors = errorsWith('hali/explainers.json', (explainers: Json[]) => {
      byId(explainers, 'ai-scribes-in-wales').roleExamples.push({ role: 'student', text: { en: 'On placement ...', cy: 'Ar leoliad ...' } });
    });
    expect(errors).to.include('ai-scribes-in-wales: field "roleExamples[5]" is for "student", but the lessons on "AI scribes" are for doctor, nurse, midwife, pharmacist, allied-health-professional; write examples only for those roles');
  });

  it('fails on a role example when no lesson is on the explainer\'s topic', () => {
    const dir = copyWith('gwen/lessons.json', (lessons: Json[]) => lessons.forEach((l) => l.topic === 'pharmacogenomics' && (l.topic = 'genomics basics')));
    expect(checkContent(dir).errors.join('\n')).to.include('gwen-x-pharmacogenomics: field "roleExamples[0]" is for "nurse", but no lesson is on the topic "pharmacogenomics"');
  });

  it('fails on fewer than 3 role examples, on a long example, and on Welsh that is the English', () => {
    const errors = errorsWith('gwen/explainers.json', (explainers: Json[]) => {
      const e = byId(explainers, 'gwen-x-pharmacogenomics');
      e.roleExamples = e.roleExamples.slice(0, 2);
      e.roleExamples[0].text.en = 'word '.repeat(61).trim();
      e.roleExamples[1].text.cy = e.roleExamples[1].text.en;
      byId(explainers, 'gwen-cascade-testing').simpler.cy = byId(explainers, 'gwen-cascade-testing').simpler.en;
    });
    expect(errors).to.include('gwen-x-pharmacogenomics: field "roleExamples" has 2 role example(s); write at least 3');
    expect(errors).to.include('gwen-x-pharmacogenomics: field "roleExamples[0].text.en" has 61 words; keep an example to 60');
    expect(errors).to.include('gwen-x-pharmacogenomics: field "roleExamples[1].text.cy" is the English text; write the Welsh');
    expect(errors).to.include('gwen-cascade-testing: field "simpler.cy" is the English text; write the Welsh');
  });

  it('applies the Welsh glossary to simpler versions and role examples', () => {
    const errors = errorsWith('gwen/explainers.json', (explainers: Json[]) => {
      const e = byId(explainers, 'gwen-x-pharmacogenomics');
      e.simpler.cy = e.simpler.cy.replace('o glopidogrel', 'o clopidogrel');
      e.roleExamples[2].text.cy = e.roleExamples[2].text.cy.replace('neu glopidogrel', 'neu amrywiad');
    });
    expect(errors).to.include('mentors/gwen/explainers.json gwen-x-pharmacogenomics simpler: field "cy" uses "o clopidogrel"');
    expect(errors).to.include('mentors/gwen/explainers.json gwen-x-pharmacogenomics roleExamples.pharmacist: field "cy" uses "amrywiad"');
  });
});

describe('content:check: the aspirate mutation after "a", "â", "gyda", "tua" and "na"', () => {
  it('finds the slip and names the mutated form; leaves mutated words, acronyms and gene names alone', () => {
    expect(aspirateSlips('5-fflworowrasil, capecitabine a tegafur')).to.deep.equal([['a tegafur', 'a thegafur']]);
    expect(aspirateSlips('gyda clopidogrel â pobl tua tri')).to.deep.equal([['gyda clopidogrel', 'gyda chlopidogrel'], ['â pobl', 'â phobl'], ['tua tri', 'tua thri']]);
    expect(aspirateSlips('capecitabine a thegafur, LDLR, APOB a PCSK9, strôc neu TIA a chanser, data a ffeithiau')).to.deep.equal([]);
  });

  it('fails content:check on the slip in a lesson and in a role example, naming the fix', () => {
    const lessons = JSON.parse(readFileSync(join(MENTORS_DIR, 'gwen', 'lessons.json'), 'utf8')) as Json[];
    const pgx = lessons.find((l) => l.id === 'gwen-pharmacogenomics')!;
    expect(pgx.body.cy).to.include('capecitabine a thegafur');
    const lessonErrors = errorsWith('gwen/lessons.json', (all: Json[]) => {
      const lesson = all.find((l) => l.id === 'gwen-pharmacogenomics')!;
      lesson.body.cy = lesson.body.cy.replace('a thegafur', 'a tegafur');
    });
    expect(lessonErrors).to.include('mentors/gwen/lessons.json gwen-pharmacogenomics: field "cy" has "a tegafur": "a" causes the aspirate mutation; write "a thegafur"');
    const exampleErrors = errorsWith('hali/explainers.json', (explainers: Json[]) => {
      const e = byId(explainers, 'automation-bias');
      e.roleExamples[0].text.cy = `${e.roleExamples[0].text.cy} Gwiriwch gyda cydweithiwr.`;
    });
    expect(exampleErrors).to.include('mentors/hali/explainers.json automation-bias roleExamples.nurse: field "cy" has "gyda cydweithiwr"');
  });
});
