/**
 * The follow-up rules of `npm run content:check`. "Explain more simply" and "An example from my role"
 * answer offline from authored text, so that text must keep the buttons' promises: a simpler version
 * is really simpler (shorter, in short sentences) and adds no figure its answer lacks, and a role
 * example is for a role the mentor's lessons on that topic are written for.
 */
import { lintRejectedWelsh, type GlossaryTerm } from '../bot/mentors/glossary';
import { ROLES, type Bilingual, type Explainer, type Mentor, type Role } from '../bot/mentors/types';
import { englishWords as words, type ContentProblems } from '../bot/mentors/validate';

export const FOLLOW_UP_RULES = {
  /** Each mentor's most-asked explainers (chosen as mentors/README.md says) need a simpler version and role examples. */
  mostAskedPerMentor: 10,
  rolesPerExplainer: 3,
  /** About a reading age of 11: short sentences on average, and no long one. */
  meanSentenceWords: 16,
  maxSentenceWords: 25,
  exampleWords: 60,
} as const;

const LANGUAGES = ['en', 'cy'] as const;
const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter((s) => s.trim() !== '');
const figures = (text: string) => new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? []);

/** The roles the mentor's lessons on `topic` are written for ("all" is every role). */
export function rolesForTopic(mentor: Mentor, topic: string): Set<Role> {
  const lessons = mentor.lessons.filter((l) => l.topic === topic);
  return new Set(lessons.flatMap((l) => (l.roles.includes('all') ? [...ROLES] : (l.roles as Role[]))));
}

/** Records every follow-up problem of every mentor, naming the explainer, the field and the fix. */
export function lintFollowUps(mentors: readonly Mentor[], glossary: readonly GlossaryTerm[], problems: ContentProblems): void {
  for (const mentor of mentors) {
    const file = `mentors/${mentor.id}/explainers.json`;
    const simpler = mentor.explainers.filter((e) => e.simpler).length;
    if (simpler < FOLLOW_UP_RULES.mostAskedPerMentor) {
      problems.error(file, 'simpler', `is written for ${simpler} explainer(s); write one for each of the ${FOLLOW_UP_RULES.mostAskedPerMentor} most-asked (mentors/README.md says how they are chosen)`);
    }
    const examples = mentor.explainers.filter((e) => e.roleExamples).length;
    if (examples < FOLLOW_UP_RULES.mostAskedPerMentor) {
      problems.error(file, 'roleExamples', `are written for ${examples} explainer(s); write them for each of the ${FOLLOW_UP_RULES.mostAskedPerMentor} most-asked (mentors/README.md says how they are chosen)`);
    }
    // A simpler version stands alone (it also answers a question asked simply); an explainer without role examples
    // offers its topic lesson's "try this at work" instead. Role examples, once written, cover at least three roles.
    for (const e of mentor.explainers) {
      if (e.simpler) lintSimpler(`${file} ${e.id}`, e, e.simpler, problems);
      if (e.roleExamples) lintRoleExamples(`${file} ${e.id}`, mentor, e, problems);
    }
  }
  lintRejectedWelsh(mentors.map(followUpTextsAsMentor), glossary, problems);
}

function lintSimpler(where: string, e: Explainer, simpler: Bilingual, problems: ContentProblems): void {
  for (const language of LANGUAGES) {
    const field = `simpler.${language}`;
    if (words(simpler[language]) >= words(e.answer[language])) problems.error(where, field, `has ${words(simpler[language])} words and the answer ${words(e.answer[language])}; a simpler version is shorter than its answer`);
    const added = [...figures(simpler[language])].filter((n) => !figures(e.answer[language]).has(n));
    if (added.length > 0) problems.error(where, field, `gives ${added.join(', ')}, which the answer does not; a simpler version makes no new claim`);
  }
  if (simpler.cy.trim() === simpler.en.trim()) problems.error(where, 'simpler.cy', 'is the English text; write the Welsh');
  const lengths = sentences(simpler.en).map(words);
  const mean = lengths.reduce((a, b) => a + b, 0) / Math.max(lengths.length, 1);
  if (mean > FOLLOW_UP_RULES.meanSentenceWords) problems.error(where, 'simpler.en', `has sentences of ${mean.toFixed(1)} words on average; keep to ${FOLLOW_UP_RULES.meanSentenceWords} or fewer (a reading age of about 11)`);
  const longest = Math.max(...lengths);
  if (longest > FOLLOW_UP_RULES.maxSentenceWords) problems.error(where, 'simpler.en', `has a sentence of ${longest} words; split it (at most ${FOLLOW_UP_RULES.maxSentenceWords})`);
}

function lintRoleExamples(where: string, mentor: Mentor, e: Explainer, problems: ContentProblems): void {
  const examples = e.roleExamples ?? [];
  if (examples.length < FOLLOW_UP_RULES.rolesPerExplainer) problems.error(where, 'roleExamples', `has ${examples.length} role example(s); write at least ${FOLLOW_UP_RULES.rolesPerExplainer}, for roles the topic's lessons are written for`);
  const forTopic = rolesForTopic(mentor, e.topic);
  for (const [i, example] of examples.entries()) {
    const field = `roleExamples[${i}]`;
    if (!forTopic.has(example.role)) {
      const fix = forTopic.size === 0 ? `no lesson is on the topic "${e.topic}"` : `the lessons on "${e.topic}" are for ${[...forTopic].join(', ')}`;
      problems.error(where, field, `is for "${example.role}", but ${fix}; write examples only for those roles`);
    }
    if (words(example.text.en) > FOLLOW_UP_RULES.exampleWords) problems.error(where, `${field}.text.en`, `has ${words(example.text.en)} words; keep an example to ${FOLLOW_UP_RULES.exampleWords}`);
    if (example.text.cy.trim() === example.text.en.trim()) problems.error(where, `${field}.text.cy`, 'is the English text; write the Welsh');
  }
}

/**
 * The glossary rule reads a mentor's learner-facing texts; the follow-up texts are given to it as
 * explainers of their own (one per simpler version and role example), so a rejected Welsh form there
 * fails exactly as it does in an answer, named by the explainer and the follow-up.
 */
function followUpTextsAsMentor(mentor: Mentor): Mentor {
  const blank: Bilingual = { en: '', cy: '' };
  const asExplainer = (e: Explainer, label: string, text: Bilingual): Explainer => ({ ...e, id: `${e.id} ${label}`, question: blank, answer: text });
  const explainers = mentor.explainers.flatMap((e) => [
    ...(e.simpler ? [asExplainer(e, 'simpler', e.simpler)] : []),
    ...(e.roleExamples ?? []).map((x) => asExplainer(e, `roleExamples.${x.role}`, x.text)),
  ]);
  return { ...mentor, role: blank, persona: blank, refuses: blank, explainers, lessons: [], quiz: [], cases: [] };
}
