import type { Language, Translate } from '../i18n';
import type { CaseConcept, CaseStage } from '../mentors/types';
import { conceptList } from './concept-names';
import { caseRequest, matchConcepts, matchMisconceptions } from './match';

/** What the offline facilitator made of one contribution, and what it says back. */
export interface Facilitation {
  readonly request?: 'hint' | 'model-answer';
  /** Stage concepts this contribution mentions. */
  readonly matched: readonly CaseConcept[];
  /** Stage concepts nobody has covered yet, after this contribution. */
  readonly missing: readonly CaseConcept[];
  /** Authored misconceptions the contribution voices. */
  readonly misconceptions: readonly string[];
  /** Gwen's reply, from authored content only. */
  readonly reply: string;
}

/**
 * Gwen's Socratic reply without a language model: acknowledge the concepts the reply names, correct
 * any authored misconception, then probe one concept the team has not covered, never giving the
 * answer unless asked for a hint or the model answer. `caseStages`: the whole case's, where the names
 * that keep their capitals in the acknowledgement are found.
 */
export function facilitate(
  stage: CaseStage,
  coveredBefore: readonly string[],
  text: string,
  language: Language,
  t: Translate,
  contributionNumber: number,
  caseStages: readonly CaseStage[] = [stage],
): Facilitation {
  const request = caseRequest(text);
  const { found: wrong, rest } = matchMisconceptions(stage, text);
  const matched = matchConcepts(stage, rest);
  const covered = new Set([...coveredBefore, ...matched.map((c) => c.id)]);
  const missing = stage.concepts.filter((c) => !covered.has(c.id));
  if (request === 'hint') return { request, matched, missing, misconceptions: [], reply: hintText(stage, language, t) };
  if (request === 'model-answer') return { request, matched, missing, misconceptions: [], reply: t('case.modelAnswer', { answer: stage.modelAnswer[language] }) };

  const parts: string[] = [];
  if (matched.length > 0) parts.push(t('case.acknowledge', { count: matched.length, concepts: conceptList(caseStages, matched, language) }));
  for (const m of wrong) parts.push(m.correction[language]);
  if (matched.length === 0 && wrong.length === 0) parts.push(t('case.noMatch'));
  const questions = stage.questions[language];
  if (missing.length === 0) parts.push(t('case.allCovered'));
  else parts.push(missing[0].probe?.[language] ?? t('case.probe', { count: missing.length, question: questions[contributionNumber % questions.length] }));
  return { matched, missing, misconceptions: wrong.map((m) => m.id), reply: parts.join(' ') };
}

/** The stage's authored hint. */
export function hintText(stage: CaseStage, language: Language, t: Translate): string {
  return t('case.hint', { hint: stage.hint[language] });
}
