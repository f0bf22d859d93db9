import { replyCoverageGaps, replyProblem, selfContradictingPhrases, stageReplies } from '../cases/replies';
import type { Mentor } from './types';
import type { ContentProblems } from './validate';

/**
 * A gene symbol written on its own ("BRCA1", "MLH1", "LDLR"): naming a gene shows no understanding,
 * so it must never earn a concept. NICE codes such as CG164 and DG42 are not genes.
 */
const GENE_SYMBOL = /^(?!(?:CG|DG|NG|TA|HTG|QS)\d+$)(?:[A-Z][A-Z0-9]*\d[A-Z0-9]*|LDLR|APOB|DPYD|TPMT|NUDT15|HLA-B)$/;

/** True when a concept phrase is only a gene symbol. */
export function isBareGeneSymbol(phrase: string): boolean {
  return GENE_SYMBOL.test(phrase.trim());
}

/**
 * The case rules `npm run content:check` adds: every stage's authored replies are handled as they say,
 * cover every concept and misconception in both languages, no misconception phrase sits in a correct
 * answer, and no concept is earned by a bare gene name.
 */
export function lintCases(mentor: Mentor, problems: ContentProblems): void {
  for (const study of mentor.cases) {
    for (const stage of study.stages) {
      const where = `mentors/${mentor.id}/cases.json ${study.id} stage ${stage.id}`;
      for (const { kind, reply } of stageReplies(stage)) {
        const problem = replyProblem(stage, kind, reply);
        if (problem) problems.error(where, `replies.${kind}`, `has ${problem}; change the concept or misconception phrases (or the reply, if it was wrong)`);
      }
      for (const gap of replyCoverageGaps(stage)) problems.error(where, 'replies', `${gap}; add one`);
      for (const clash of selfContradictingPhrases(stage)) problems.error(where, 'misconceptions', `${clash}: a phrase a correct answer uses must not trigger a correction; make the phrase assert the mistaken belief`);
      for (const concept of stage.concepts) {
        for (const phrase of concept.synonyms) if (isBareGeneSymbol(phrase)) problems.error(where, `concepts.${concept.id}.synonyms`, `has the bare gene name "${phrase}", which would credit a reply that only names the gene; use a phrase that shows the idea (e.g. "loss of ${phrase}")`);
      }
    }
  }
}
