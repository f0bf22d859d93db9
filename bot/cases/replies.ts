import type { CaseReplyCheck, CaseStage } from '../mentors/types';
import { matchConcepts, matchMisconceptions, mentionsAny, normalise } from './match';

export type ReplyKind = 'mustCredit' | 'mustTrigger' | 'mustNotCredit';

/** What the offline matcher makes of a reply: the concepts it credits and the misconceptions it triggers. */
export function judgeReply(stage: CaseStage, text: string): { concepts: string[]; misconceptions: string[] } {
  const { found, rest } = matchMisconceptions(stage, text);
  return { concepts: matchConcepts(stage, rest).map((c) => c.id), misconceptions: found.map((m) => m.id) };
}

/** Why an authored reply is not handled as its kind says, or undefined when it is. */
export function replyProblem(stage: CaseStage, kind: ReplyKind, reply: CaseReplyCheck): string | undefined {
  const got = judgeReply(stage, reply.text);
  const missing = (want: readonly string[], have: readonly string[]) => want.filter((id) => !have.includes(id));
  const present = (unwanted: readonly string[], have: readonly string[]) => unwanted.filter((id) => have.includes(id));
  const problems: string[] = [];
  if (kind === 'mustCredit') {
    if (missing(reply.concepts, got.concepts).length) problems.push(`earns no credit for ${missing(reply.concepts, got.concepts).join(', ')}`);
    if (got.misconceptions.length) problems.push(`triggers ${got.misconceptions.join(', ')}`);
  }
  if (kind === 'mustTrigger' && missing(reply.misconceptions, got.misconceptions).length) problems.push(`does not trigger ${missing(reply.misconceptions, got.misconceptions).join(', ')}`);
  if (kind === 'mustNotCredit') {
    if (present(reply.concepts, got.concepts).length) problems.push(`earns credit for ${present(reply.concepts, got.concepts).join(', ')}`);
    if (present(reply.misconceptions, got.misconceptions).length) problems.push(`triggers ${present(reply.misconceptions, got.misconceptions).join(', ')}`);
  }
  return problems.length ? `"${reply.text}" ${problems.join(' and ')}` : undefined;
}

/** Every authored reply of a stage, with its kind. */
export function stageReplies(stage: CaseStage): { kind: ReplyKind; reply: CaseReplyCheck }[] {
  return (['mustCredit', 'mustTrigger', 'mustNotCredit'] as const).flatMap((kind) => stage.replies[kind].map((reply) => ({ kind, reply })));
}

/**
 * What a stage's authored replies leave untested: each concept needs a reply that earns it in English
 * and in Welsh; each misconception a reply that triggers it and a negated reply that must not, in both.
 */
export function replyCoverageGaps(stage: CaseStage): string[] {
  const gaps: string[] = [];
  const has = (list: readonly CaseReplyCheck[], lang: string, key: 'concepts' | 'misconceptions', id: string) => list.some((r) => r.lang === lang && r[key].includes(id));
  for (const lang of ['en', 'cy']) {
    for (const c of stage.concepts) if (!has(stage.replies.mustCredit, lang, 'concepts', c.id)) gaps.push(`concept "${c.id}" has no "${lang}" reply in replies.mustCredit`);
    for (const m of stage.misconceptions) {
      if (!has(stage.replies.mustTrigger, lang, 'misconceptions', m.id)) gaps.push(`misconception "${m.id}" has no "${lang}" reply in replies.mustTrigger`);
      if (!has(stage.replies.mustNotCredit, lang, 'misconceptions', m.id)) gaps.push(`misconception "${m.id}" has no negated "${lang}" reply in replies.mustNotCredit`);
    }
  }
  if (stage.replies.mustNotCredit.length === 0) gaps.push('has no negated reply in replies.mustNotCredit');
  return gaps;
}

/** Misconception phrases that a correct answer would contain: the stage's own model answer or a concept's phrases. */
export function selfContradictingPhrases(stage: CaseStage): string[] {
  const found: string[] = [];
  for (const lang of ['en', 'cy'] as const) {
    const { found: voiced } = matchMisconceptions(stage, stage.modelAnswer[lang]);
    for (const m of voiced) found.push(`the ${lang} model answer triggers misconception "${m.id}"`);
  }
  // Negated or not: a concept phrase that contains a misconception phrase ("ddim yn diystyru" and
  // "diystyru") makes the correct answer and the mistaken one hard to tell apart.
  for (const m of stage.misconceptions) {
    for (const c of stage.concepts) {
      for (const phrase of c.synonyms) if (mentionsAny(normalise(phrase), m.synonyms)) found.push(`concept "${c.id}" phrase "${phrase}" contains a phrase of misconception "${m.id}"`);
    }
  }
  return found;
}
