import { conceptList } from '../bot/cases/concept-names';
import type { CaseThread } from '../bot/cases/thread';
import type { CaseStudy, Mentor } from '../bot/mentors/types';
import { cardLink, escapeCardText, plainName } from './escape';
import { expand, type CardContext, type CardJson } from './expand';

/** The case card for the thread's current stage, with Reveal next, Hint and Summarise. */
export function renderCaseStage({ language, t }: CardContext, mentor: Mentor, study: CaseStudy, stageIndex: number, notice = ''): CardJson {
  const stage = study.stages[stageIndex];
  const last = stageIndex === study.stages.length - 1;
  return expand('case', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('case.from', { name: mentor.name })),
    title: escapeCardText(study.title[language]),
    draftNotice: draftNotice(t, study),
    notice: escapeCardText(notice),
    stage: escapeCardText(t('case.stage', { number: stageIndex + 1, total: study.stages.length, title: stage.title[language] })),
    reveal: escapeCardText(stage.reveal[language]),
    questionsTitle: escapeCardText(t('case.questionsTitle')),
    questions: stage.questions[language].map((q) => ({ text: escapeCardText(q) })),
    howTo: escapeCardText(t('case.howTo')),
    revealLabel: t(last ? 'case.finishButton' : 'case.revealButton'),
    hintLabel: t('case.hintButton'),
    summaryLabel: t('case.summaryButton'),
    caseId: study.id,
    stageIndex,
  });
}

/** Gwen's reply to a contribution. `reply` is untrusted when a model wrote it, and is escaped here. */
export function renderCaseReply({ language, t }: CardContext, mentor: Mentor, reply: string, byModel: boolean): CardJson {
  return expand('case-reply', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('case.replyFrom', { name: mentor.name })),
    reply: escapeCardText(reply),
    notice: byModel ? escapeCardText(t('answer.aiNotice')) : '',
  });
}

/** What a summary shows of one participant: their name and the lessons suggested to them. */
export interface SummaryPerson {
  readonly name: string;
  readonly lessons?: readonly string[];
}

/**
 * The case summary: per stage reached, its learning points and the concepts covered and missed; who
 * took part; lessons suggested to each (final summary only); and the case's sources.
 */
export function renderCaseSummary(context: CardContext, mentor: Mentor, study: CaseStudy, thread: CaseThread, people: readonly SummaryPerson[], final: boolean): CardJson {
  const { language, t } = context;
  // Only the stages the team saw, and only what happened in them: no "none" or "0" rows.
  const reached = Math.min(thread.stage + 1, study.stages.length);
  const stages = study.stages.slice(0, reached).map((stage, i) => {
    const covered = new Set(thread.covered[i] ?? []);
    const names = (concepts: typeof stage.concepts) => conceptList(study.stages, concepts, language, true);
    const hints = thread.hintsUsed[i] ?? 0;
    const facts = [
      { title: t('case.covered'), value: names(stage.concepts.filter((c) => covered.has(c.id))) },
      { title: t('case.missed'), value: names(stage.concepts.filter((c) => !covered.has(c.id))) },
      { title: t('case.hintsUsed'), value: hints > 0 ? String(hints) : '' },
    ].filter((f) => f.value !== '');
    return { heading: escapeCardText(t('case.stageRow', { number: i + 1, title: stage.title[language] })), facts: facts.map((f) => ({ title: escapeCardText(f.title), value: escapeCardText(f.value) })) };
  });
  // The learning points come first: what the team should take away.
  const points = final ? study.stages.slice(0, reached).flatMap((stage) => stage.learningPoints[language].map((text) => ({ text: escapeCardText(text) }))) : [];
  return expand('case-summary', {
    language,
    accent: mentor.accent,
    from: escapeCardText(t('case.from', { name: mentor.name })),
    title: escapeCardText(t(final ? 'case.summaryTitle' : 'case.progressTitle', { title: study.title[language] })),
    draftNotice: draftNotice(t, study),
    pointsTitle: escapeCardText(t('case.learningPoints')),
    points,
    stages,
    participantsTitle: escapeCardText(t('case.participants')),
    participants: escapeCardText(people.length > 0 ? people.map((p) => plainName(p.name) || '?').join(', ') : t('case.nobody')),
    suggestionsTitle: escapeCardText(t('case.suggestions')),
    suggestions: final ? people.map((p) => ({ row: escapeCardText(suggestionRow(t, p)) })) : [],
    sourcesTitle: escapeCardText(t('case.sources')),
    sources: study.sources.map((s) => ({ link: cardLink(s.title, s.url) })),
  });
}

function suggestionRow(t: CardContext['t'], person: SummaryPerson): string {
  const name = plainName(person.name);
  return person.lessons && person.lessons.length > 0 ? t('case.suggestionRow', { name, lessons: person.lessons.join('; ') }) : t('case.noSuggestion', { name });
}

/** Outside production unapproved cases are served, and say so (as lessons and quiz items do). */
function draftNotice(t: CardContext['t'], study: CaseStudy): string {
  return study.review.status === 'draft' ? escapeCardText(t('case.draft')) : '';
}
