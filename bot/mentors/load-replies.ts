import type { CaseReplyCheck, CaseStageReplies } from './types';
import type { FieldReader } from './validate';

const KINDS = ['mustCredit', 'mustTrigger', 'mustNotCredit'] as const;

/**
 * Reads a stage's authored replies (`replies.mustCredit`, `mustTrigger`, `mustNotCredit`), checking
 * that each names concepts and misconceptions the stage has. Whether the matcher handles them is
 * checked by `npm run content:check` (bot/cases/replies.ts), not at start-up.
 */
export function readStageReplies(stage: FieldReader, conceptIds: readonly string[], misconceptionIds: readonly string[]): CaseStageReplies {
  const raw = stage.raw('replies');
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) stage.fail('replies', 'must be an object with mustCredit, mustTrigger and mustNotCredit lists');
  const lists = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const read = (kind: (typeof KINDS)[number]): CaseReplyCheck[] => {
    const value = lists[kind];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      stage.fail(`replies.${kind}`, 'must be a list of { "lang", "text", "concepts", "misconceptions" }');
      return [];
    }
    return value.map((entry: Record<string, unknown>, i) => readReply(stage, `replies.${kind}[${i}]`, entry, conceptIds, misconceptionIds));
  };
  return { mustCredit: read('mustCredit'), mustTrigger: read('mustTrigger'), mustNotCredit: read('mustNotCredit') };
}

function readReply(stage: FieldReader, field: string, entry: Record<string, unknown> | undefined, conceptIds: readonly string[], misconceptionIds: readonly string[]): CaseReplyCheck {
  const lang = entry?.lang === 'en' || entry?.lang === 'cy' ? entry.lang : 'en';
  if (entry?.lang !== 'en' && entry?.lang !== 'cy') stage.fail(`${field}.lang`, 'must be "en" or "cy"');
  const text = typeof entry?.text === 'string' ? entry.text.trim() : '';
  if (!text) stage.fail(`${field}.text`, 'must be the reply as a team member would write it');
  const ids = (key: 'concepts' | 'misconceptions', known: readonly string[]): string[] => {
    const value = entry?.[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      stage.fail(`${field}.${key}`, 'must be a list of ids');
      return [];
    }
    for (const id of value) if (!known.includes(id)) stage.fail(`${field}.${key}`, `names "${id}", which is not one of this stage's ${key} (${known.join(', ') || 'none'})`);
    return value;
  };
  const concepts = ids('concepts', conceptIds);
  const misconceptions = ids('misconceptions', misconceptionIds);
  if (concepts.length === 0 && misconceptions.length === 0) stage.fail(field, 'must name at least one concept or misconception it checks');
  return { lang, text, concepts, misconceptions };
}
