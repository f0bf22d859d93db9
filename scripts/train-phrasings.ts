/**
 * `npm run train:phrasings`: writes mentors/learned-phrasings.json (bot/mentors/learned-phrasings.ts), how staff asked for
 * each passage, from the in-scope questions of the evaluation sets retrieval is developed on. Deterministic: same sets,
 * same file; test/unit/learned-phrasings.test.ts fails while the committed file is stale.
 *
 * Each question goes under the first passage its writers expected (the others are right too, but the first is what was
 * meant). Left out: the out-of-scope questions (they name no passage), a question the patterns read as a decision about one
 * patient (the mentor gives it no content whatever it names), a question with a gap another change may fill
 * (unlessCoveredBy), and every question of the unseen sets, blind3 to blind24, even one that is word for word in a set
 * learned from: they stay the honest figures. Nor the near misses, which are out of scope by design, nor the blind set
 * (LEARNED_FROM).
 */
import { writeFileSync } from 'node:fs';
import { LEARNED_PHRASINGS_FILE, type LearnedPhrasings } from '../bot/mentors/learned-phrasings';
import { isDecisionForOnePatientByPatterns } from '../bot/safety/patient-specific';
import { evaluationSet, MENTOR_IDS, UNSEEN_SETS } from '../test/helpers/evaluation';
import { SETS } from './train-decision';

/**
 * The sets the decision model learns from, but the blind set: its tests call it never tuned on (evaluation-blind.test.ts), and
 * learning its questions word for word moved its own offers (HALI's accountability for "who carries the can for telling
 * relatives about a genetic result") while the unseen sets' totals moved by one (2,760 with it, 2,759 without).
 */
const LEARNED_FROM = SETS.filter((set) => set !== 'blind');

/** The learned phrasings the evaluation sets give now. */
export function trainLearnedPhrasings(): LearnedPhrasings {
  const unseen = new Set(UNSEEN_SETS.flatMap((set) => MENTOR_IDS.flatMap((mentorId) => evaluationSet(mentorId, set).map((q) => key(q.question)))));
  const byId = new Map<string, string[]>();
  for (const set of LEARNED_FROM) {
    for (const mentorId of MENTOR_IDS) {
      for (const q of evaluationSet(mentorId, set)) {
        if (q.expected === 'abstain' || q.unlessCoveredBy !== undefined || unseen.has(key(q.question)) || isDecisionForOnePatientByPatterns(q.question)) continue;
        const texts = byId.get(q.expected[0]) ?? [];
        if (!texts.some((t) => key(t) === key(q.question))) texts.push(q.question);
        byId.set(q.expected[0], texts);
      }
    }
  }
  return {
    about: `How staff asked for each passage: the in-scope questions of the evaluation sets ${LEARNED_FROM.join(', ')} (never the unseen sets ${UNSEEN_SETS[0]} to ${UNSEEN_SETS[UNSEEN_SETS.length - 1]}), each under the passage first expected. Written by npm run train:phrasings; read by bot/mentors/phrasing-classifier.ts.`,
    phrasings: Object.fromEntries([...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/** A question as compared for repeats: lower case, its spaces one. */
export const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

export const phrasingsJson = (learned: LearnedPhrasings): string => `${JSON.stringify(learned, null, 2)}\n`;

if (require.main === module) {
  const learned = trainLearnedPhrasings();
  writeFileSync(LEARNED_PHRASINGS_FILE, phrasingsJson(learned));
  const count = Object.values(learned.phrasings).reduce((sum, texts) => sum + texts.length, 0);
  process.stdout.write(`Wrote ${LEARNED_PHRASINGS_FILE}: ${count} questions under ${Object.keys(learned.phrasings).length} passages\n`);
}
