/**
 * Generated near misses: each topic of each mentor (its name, English and Welsh) asked what the content never says of
 * it: will it take my job, who invented it, what does it cost, what GPU it needs, its dose, survival rate, diet,
 * treatment or cure, how many people have it, when its office opens or its phone number, its cost per patient, when it first
 * came out, how long its records are kept, who it is named after, how long its results take. Many read oddly ("is there a cure for automation bias"); all should abstain unless a passage on
 * the topic does say it. Shared by test/unit/uncovered-aspect.test.ts (the ceiling) and `npm run bench -- evaluation`
 * (the figure). Before bot/mentors/uncovered-aspect.ts, 269 of 440 were answered; since, 34 (most of them a topic whose
 * passage does say it, such as pharmacogenomics and doses, or a clinical aspect of an AI topic, read as the tool's task).
 */
import type { Faculty } from '../../bot/mentors/faculty';
import { topicName } from '../../bot/mentors/types';

type Language = 'en' | 'cy';

export const ASPECT_TEMPLATES: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'will {s} take my job?',
    'how do I get a career in {s}?',
    'should I buy shares in {s} companies?',
    'how much does {s} cost?',
    'who invented {s}?',
    "what's the history of {s}?",
    'what GPU do I need for {s}?',
    "what's the usual dose for {s}?",
    "what's the survival rate with {s}?",
    'best diet for {s}?',
    'how is {s} treated?',
    'is there a cure for {s}?',
    'how many people have {s}?',
    'how common is {s}?',
    'what time does the {s} office open?',
    "what's the phone number for {s} help?",
    "what's the ballpark cost per patient for {s}?",
    'who actually invented {s}, and when did it first come out?',
    'how long are {s} records kept?',
    'who was {s} named after?',
    'how long do {s} results take to come back?',
  ],
  cy: [
    'a fydd {s} yn cymryd fy swydd?',
    'faint mae {s} yn ei gostio?',
    'pwy ddyfeisiodd {s}?',
    "beth yw'r gyfradd goroesi gyda {s}?",
    'pa ddeiet sydd orau ar gyfer {s}?',
    'sut mae {s} yn cael ei drin?',
    'oes gwellhad ar gyfer {s}?',
    'a ddylwn i fuddsoddi mewn cwmnïau {s}?',
    'pa gerdyn graffeg sydd ei angen ar gyfer {s}?',
    "beth yw'r dos arferol o {s}?",
    'faint o bobl sydd â {s}?',
    'pa mor gyffredin yw {s}?',
    "faint o'r gloch mae'r swyddfa {s} yn agor?",
    'beth yw rhif ffôn y gwasanaeth {s}?',
    "am faint mae cofnodion {s} yn cael eu cadw?",
    "ar ôl pwy mae {s} wedi'i enwi?",
    "faint o amser mae canlyniadau {s} yn ei gymryd i ddod yn ôl?",
  ],
};

/** Every topic asked every way, with what it gets (a passage id, or undefined when the mentor abstains). */
export function aspectQuestions(faculty: Faculty): { language: Language; asked: string; got: string | undefined }[] {
  return faculty.mentors.flatMap((mentor) =>
    (['en', 'cy'] as const).flatMap((language) =>
      mentor.topics.flatMap((topic) =>
        ASPECT_TEMPLATES[language].map((template) => {
          const asked = template.replace('{s}', topicName(mentor, topic, language).toLowerCase());
          return { language, asked, got: faculty.choose(asked).passages[0]?.id };
        }),
      ),
    ),
  );
}
