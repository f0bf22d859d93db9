/**
 * Generated questions that say how the answer is wanted: the content's own questions (each explainer's question and
 * everyday phrasings, English and Welsh) asked "in a nutshell", "ELI5", "in plain English", "yn syml", and their
 * subjects asked as staff ask for a quick take ("what's the lowdown on…", "give me the gist of…", "I keep hearing about…",
 * "beth yw'r stori gyda…"). How it is wanted names no subject of the content, so each should get the answer the plain
 * question gets, and a question the mentor abstains on should still abstain. Several wraps are worded apart from the
 * reader's own lists (bot/mentors/answer-manner.ts: "tell me like I'm a complete beginner", "the nutshell version"),
 * so the figure says how far it reaches. Shared by test/unit/asked-simply.test.ts (floors) and `npm run bench --
 * evaluation` (the figure). Deterministic: a fixed seed.
 */
import type { Faculty } from '../../bot/mentors/faculty';
import { questionsOf } from './chatty';
import { askedOtherwise, seeded, type Variant } from './variants';

type Language = 'en' | 'cy';
type Wrap = (text: string) => string;

/** Around a whole question: "in a nutshell, how does ChatGPT work?". */
export const SIMPLY_AROUND_QUESTION: Readonly<Record<Language, readonly Wrap[]>> = {
  en: [
    (q) => `in a nutshell, ${q}`,
    (q) => `ELI5 - ${q}`,
    (q) => `${q} explain it like I'm 5 please`,
    (q) => `${q} in plain english?`,
    (q) => `tl;dr ${q}`,
    (q) => `${q} (in layman's terms)`,
    (q) => `Can you break this down for me? ${q}`,
    (q) => `${q} - short version, I'm between patients`,
    (q) => `keep it simple: ${q}`,
    (q) => `${q} no jargon please`,
    (q) => `${q} - just the bottom line`,
    (q) => `In simple words ${q}`,
    (q) => `${q} in one sentence?`,
    (q) => `Briefly - ${q}`,
  ],
  cy: [
    (q) => `yn syml iawn, ${q}`,
    (q) => `yn fyr, ${q}`,
    (q) => `${q} mewn iaith bob dydd plis`,
    (q) => `esbonia fel taswn i'n bump oed: ${q}`,
    (q) => `i'r pwynt - ${q}`,
    (q) => `${q} heb jargon plis`,
    (q) => `${q} mewn un frawddeg?`,
    (q) => `Yn gryno: ${q}`,
  ],
};

/** Around a subject: "what's the lowdown on pharmacogenomics?". */
export const SIMPLY_ABOUT_SUBJECT: Readonly<Record<Language, readonly Wrap[]>> = {
  en: [
    (s) => `what's the lowdown on ${s}?`,
    (s) => `${s} in a nutshell?`,
    (s) => `give me the gist of ${s}`,
    (s) => `ELI5 ${s}`,
    (s) => `what's all the fuss about ${s}`,
    (s) => `${s} - what's the deal?`,
    (s) => `idiot's guide to ${s} please`,
    (s) => `${s} for dummies`,
    (s) => `whats the story with ${s}`,
    (s) => `quick crash course on ${s}?`,
    (s) => `I keep hearing about ${s}, what's that all about?`,
    (s) => `everyone's talking about ${s} - what is it?`,
    (s) => `the basics of ${s} in plain English please`,
    (s) => `quick rundown of ${s}?`,
    (s) => `explain ${s} to me like im new`,
    (s) => `${s} for beginners?`,
    (s) => `what's all this ${s} stuff about`,
  ],
  cy: [
    (s) => `beth yw'r stori gyda ${s}?`,
    (s) => `${s} yn fyr?`,
    (s) => `rho'r hanfodion i mi am ${s}`,
    (s) => `${s} - be' ydy'r ffys?`,
    (s) => `dw i'n clywed am ${s} drwy'r amser - be' ydy hynny?`,
    (s) => `mae pawb yn sôn am ${s}, beth ydy o?`,
    (s) => `esbonia ${s} yn syml plis`,
  ],
};

/** The subject of a "what is X?" question of the content ("What is a VUS?" → "a VUS"), or undefined. */
function subjectOf(question: string, language: Language): string | undefined {
  const pattern = language === 'en' ? /^(?:what(?:'s| is| are)|who (?:is|are)) (.+?)\??$/i : /^beth (?:yw|ydy|ydi) (.+?)\??$/i;
  const subject = pattern.exec(question.trim())?.[1];
  // Only a short noun phrase: "what is the difference between…" is not a subject to wrap.
  return subject && subject.split(/\s+/).length <= 4 && !/^(?:the )?(?:difference|point|role|best|risk)\b/i.test(subject) ? subject : undefined;
}

const runOn = (q: string) => q.trim().replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());

/** Each question asked simply `perQuestion` times, and each subject asked about, with what each gets (a fixed seed). */
export function askedSimplyVariants(faculty: Faculty, { perQuestion = 2, phrasings = 3, seed = 5 } = {}): Variant<Language>[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  return (['en', 'cy'] as const).flatMap((language) =>
    askedOtherwise(
      faculty,
      questionsOf(faculty, language, phrasings),
      (question) => {
        const subject = subjectOf(question, language);
        const aroundQuestion = Array.from({ length: perQuestion }, () => ({ kind: language, asked: pick(SIMPLY_AROUND_QUESTION[language])(runOn(question)) }));
        return subject ? [...aroundQuestion, { kind: language, asked: pick(SIMPLY_ABOUT_SUBJECT[language])(subject) }] : aroundQuestion;
      },
      { withAbstentions: true },
    ),
  );
}
