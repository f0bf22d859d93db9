/**
 * A Welsh mutation rule for `npm run content:check`: "a" (and), "â" and "gyda" (with), "tua" (about)
 * and "na" (than, nor) cause the aspirate mutation, so c, p and t after them become ch, ph and th
 * ("capecitabine a thegafur", "gyda chlopidogrel"). The glossary lists such slips one term at a time;
 * this catches them for any word. Capitalised words are left alone: acronyms and gene names
 * ("a PCSK9", "a TIA") do not mutate.
 */
import { mentorTexts } from '../bot/mentors/glossary';
import type { Bilingual, Mentor } from '../bot/mentors/types';
import type { ContentProblems } from '../bot/mentors/validate';

const ASPIRATE_SLIP = /(?<![\p{L}\p{N}’'-])(a|â|gyda|tua|na) ([cpt](?!h)[\p{L}’'-]*)/gu;
const MUTATED: Record<string, string> = { c: 'ch', p: 'ph', t: 'th' };

/** Every slip in `text`, as [what is written, what to write]. */
export function aspirateSlips(text: string): [string, string][] {
  return [...text.matchAll(ASPIRATE_SLIP)].map(([found, word, next]) => [found, `${word} ${MUTATED[next[0]]}${next.slice(1)}`]);
}

/** The Welsh of the follow-up texts, which the shared list of a mentor's texts does not hold. */
function followUpTexts(mentor: Mentor): { where: string; text: string }[] {
  const file = `mentors/${mentor.id}/explainers.json`;
  const of = (where: string, t: Bilingual) => ({ where, text: t.cy });
  return mentor.explainers.flatMap((e) => [
    ...(e.simpler ? [of(`${file} ${e.id} simpler`, e.simpler)] : []),
    ...(e.roleExamples ?? []).map((x) => of(`${file} ${e.id} roleExamples.${x.role}`, x.text)),
  ]);
}

/** Fails on "a capecitabine" and its kind in any learner-facing Welsh text, naming the fix. */
export function lintAspirateMutation(mentors: readonly Mentor[], problems: ContentProblems): void {
  for (const mentor of mentors) {
    for (const { where, text } of [...mentorTexts(mentor, 'cy'), ...followUpTexts(mentor)]) {
      for (const [found, fix] of aspirateSlips(text)) problems.error(where, 'cy', `has "${found}": "${found.split(' ')[0]}" causes the aspirate mutation; write "${fix}"`);
    }
  }
}
