/**
 * Generated questions asked on someone else's behalf: the content's own questions (each explainer's question and first
 * everyday phrasings, English and Welsh) as staff pass them on ("my mentee asked me ...", "the patient's husband wants
 * to know ...", "gofynnodd un o'r myfyrwyr ..."). Who asked names no subject of the content, so each should get the
 * answer the question gets asked directly, and a question the mentor abstains on should still abstain. The askers
 * and verbs are chosen apart from the reader's own lists (bot/mentors/reported-question.ts), so the figure says how
 * far it reaches. Shared by test/unit/on-behalf.test.ts (floors) and `npm run bench -- evaluation` (the figure).
 */
import type { Faculty } from '../../bot/mentors/faculty';
import { questionsOf } from './chatty';
import { askedOtherwise, seeded, type Variant } from './variants';

type Language = 'en' | 'cy';

export const ON_BEHALF: Readonly<Record<Language, readonly ((question: string) => string)[]>> = {
  en: [
    (q) => `my mentee asked me ${q}`,
    (q) => `A physio on the ward was asking ${q}`,
    (q) => `the patient's husband wants to know ${q}`,
    (q) => `when a student nurse asks ${q}, what do I say?`,
    (q) => `one of our receptionists asked ${q}`,
    (q) => `My daughter keeps asking me ${q} lol`,
    (q) => `a band 5 nurse asked me about this - ${q}`,
    (q) => `Our consultant was wondering ${q}`,
  ],
  cy: [
    (q) => `gofynnodd un o’r myfyrwyr ${q}`,
    (q) => `mae’r teulu eisiau gwybod ${q}`,
    (q) => `roedd fy nghlaf yn holi ${q}`,
    (q) => `Gofynnodd fy nghydweithiwr i mi ${q}`,
    (q) => `mae nyrs ar y ward yn gofyn ${q}`,
  ],
};

/** Each question passed on `perQuestion` times, with what it gets, English and Welsh (a fixed seed). */
export function onBehalfVariants(faculty: Faculty, { perQuestion = 2, phrasings = 2, seed = 7 } = {}): Variant<Language>[] {
  const random = seeded(seed);
  return (['en', 'cy'] as const).flatMap((language) =>
    askedOtherwise(
      faculty,
      questionsOf(faculty, language, phrasings),
      (question) =>
        Array.from({ length: perQuestion }, () => {
          const wrap = ON_BEHALF[language][Math.floor(random() * ON_BEHALF[language].length)];
          return { kind: language, asked: wrap(question.trim().replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())) };
        }),
      { withAbstentions: true },
    ),
  );
}
