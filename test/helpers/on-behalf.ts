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

export const ON_BEHALF: Frames = {
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

type Frames = Readonly<Record<Language, readonly ((question: string) => string)[]>>;

/** Each of the content's questions (run on: first letter lower case, as `asWritten` leaves it) in `perQuestion` frames picked at random, English and Welsh. */
function framed(faculty: Faculty, frames: Frames, asWritten: (question: string) => string, { perQuestion = 2, phrasings = 2, seed = 7 }): Variant<Language>[] {
  const random = seeded(seed);
  return (['en', 'cy'] as const).flatMap((language) =>
    askedOtherwise(
      faculty,
      questionsOf(faculty, language, phrasings),
      (question) =>
        Array.from({ length: perQuestion }, () => {
          const wrap = frames[language][Math.floor(random() * frames[language].length)];
          return { kind: language, asked: wrap(asWritten(question.trim()).replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())) };
        }),
      { withAbstentions: true },
    ),
  );
}

/** Each question passed on `perQuestion` times, with what it gets, English and Welsh (a fixed seed). */
export function onBehalfVariants(faculty: Faculty, { perQuestion = 2, phrasings = 2, seed = 7 } = {}): Variant<Language>[] {
  return framed(faculty, ON_BEHALF, (question) => question, { perQuestion, phrasings, seed });
}

/**
 * A claim heard from someone, brought to be checked ("my colleague reckons …", "someone told me … - is that true?",
 * "dywedodd rhywun wrtha i … - ydy hynny'n wir?"), around the content's own questions: who said it and the ask to check
 * it name no subject, so each should get the answer the question gets asked directly. "the reg swears" and "my mate on
 * nights reckons" were first read wrong and the reader taught them (a role's slang, a place without "the"); the
 * manager who is "adamant", the learner "told off for saying …", "heard on the grapevine" and the registrar who "taeru"
 * are worded apart from the reader's lists (bot/mentors/reported-question.ts), so the figure says how far it reaches (a
 * lone "fact?" after the claim was read as "fact check" until the reader took it as the ask to check).
 */
export const CLAIMED: Frames = {
  en: [
    (q) => `my colleague reckons ${q}`,
    (q) => `someone told me ${q} - is that true?`,
    (q) => `apparently ${q}`,
    (q) => `I read that ${q}, is that right?`,
    (q) => `the reg swears ${q}. true or false?`,
    (q) => `my mate on nights reckons ${q} lol is that a myth`,
    (q) => `people keep saying ${q}, is it true?`,
    (q) => `my manager is adamant ${q} - can you check?`,
    (q) => `heard on the grapevine ${q}. fact?`,
    (q) => `I got told off for saying ${q} - was I wrong?`,
  ],
  cy: [
    (q) => `dywedodd rhywun wrtha i ${q} - ydy hynny'n wir?`,
    (q) => `mae fy nghydweithiwr yn meddwl ${q}`,
    (q) => `clywais i ${q}, ydy hynny'n gywir?`,
    (q) => `mae pawb yn dweud ${q}`,
    (q) => `mae'r cofrestrydd yn taeru ${q}, ydy e'n iawn?`,
  ],
};

/** Each question brought as a claim (its question mark dropped) `perQuestion` times, with what it gets, English and Welsh (a fixed seed). */
export function claimVariants(faculty: Faculty, { perQuestion = 2, phrasings = 2, seed = 3 } = {}): Variant<Language>[] {
  return framed(faculty, CLAIMED, (question) => question.replace(/\?+$/, ''), { perQuestion, phrasings, seed });
}
