/**
 * Generated chatty questions: the content's own questions (each explainer's question and first everyday phrasings,
 * English and Welsh) wrapped in the chat busy staff put around a question in Teams: an opener ("sorry if this is a
 * daft question but", "cwestiwn cyflym -"), a sentence or two about the shift, the ward or a colleague, and a closer
 * ("cheers", "diolch!"), typed with the case and punctuation of a hurried message. None of the chat names a subject of
 * the content (test/unit/chatty.test.ts checks every word against the retrieval index), so a question wrapped in it
 * should get the answer it gets asked bare. Shared by that test (floors) and `npm run bench -- evaluation` (the figure).
 * Deterministic: a fixed seed, so a change in the figure is a change in the mentor.
 */
import type { Faculty } from '../../bot/mentors/faculty';
import { askedOtherwise, seeded, type Variant } from './variants';

export type ChattyLanguage = 'en' | 'cy';

/** The chat of one language: what opens a message, what tells the context, what closes it. */
export interface Chatter {
  /** Said before the question, run on into it ("quick one -", "sorry if this is a daft question but"). */
  readonly openers: readonly string[];
  /** A sentence about the shift, the ward, a colleague or the learner, told before or after the question. */
  readonly context: readonly string[];
  /** Said after the question. */
  readonly closers: readonly string[];
}

export const CHATTER: Readonly<Record<ChattyLanguage, Chatter>> = {
  en: {
    openers: [
      'sorry if this is a daft question but',
      'quick one -',
      'Quick one,',
      "hiya, hope you're ok,",
      "Hi, hope you're well -",
      'my ward manager asked me to find out',
      'this might be a silly question,',
      'not sure who else to ask, so',
      'Morning! Random one for you:',
      'just wondering,',
      'Hello, can I ask something?',
      'Apologies for the long message.',
      'can I pick your brains for a sec -',
      'bit of an odd one but',
      'Hey,',
    ],
    context: [
      'We had a really busy shift today.',
      'The ward was short-staffed again last night.',
      'One of the doctors mentioned it in handover.',
      "I've been on nights all week.",
      'It came up at the huddle this morning.',
      "My student asked me and I wasn't sure what to tell them.",
      "I'm covering for a colleague who's on annual leave.",
      'We were chatting about it at lunch.',
      "I'm back after a few weeks off.",
      'Someone brought it up on the board round.',
      "I've just finished a long day.",
      'The consultant mentioned it on the ward round.',
      'I tried looking it up but got a bit lost.',
      'Nobody on the team seems sure.',
      "It's been bugging me since the weekend.",
      "I've only got five minutes before I'm back on the floor.",
      'My manager wants us all to be up to speed.',
      'We were talking about it in the staff room earlier.',
    ],
    closers: ['thanks!', 'cheers', 'no rush', 'Thanks in advance.', 'ta', 'thanks so much x', 'Any help appreciated.', 'cheers, much appreciated', 'sorry for the essay!', 'thank you :)'],
  },
  cy: {
    openers: [
      "sori os ydy hwn yn gwestiwn twp ond",
      'cwestiwn cyflym -',
      'Cwestiwn cyflym,',
      "shwmae, gobeithio dy fod ti'n iawn,",
      "Helo, gobeithio eich bod chi'n iawn -",
      'mae fy rheolwr ward wedi gofyn i mi holi',
      "efallai bod hwn yn gwestiwn gwirion,",
      "dw i ddim yn siŵr pwy arall i'w holi, felly",
      'Bore da! Un bach i chi:',
      'tybed,',
      'Ymddiheuriadau am y neges hir.',
      'Haia,',
    ],
    context: [
      "Dw i wedi bod ar shifft nos drwy'r wythnos.",
      "Roedd hi'n ddiwrnod prysur iawn ar y ward heddiw.",
      "Roedd y ward yn brin o staff neithiwr.",
      "Soniodd un o'r meddygon am y peth yn y cyfarfod trosglwyddo.",
      "Cododd y peth yn y cyfarfod bore 'ma.",
      "Gofynnodd myfyriwr i mi a doeddwn i ddim yn siŵr o'r ateb.",
      "Dw i'n cyflenwi dros gydweithiwr sydd ar wyliau.",
      "Roedden ni'n sgwrsio am y peth amser egwyl.",
      "Dw i newydd orffen shifft hir.",
      "Does neb yn y tîm yn siŵr.",
      "Dw i wedi chwilio ar y we ond dw i'n dal yn ddryslyd.",
      "Mae fy rheolwr eisiau i ni i gyd ddeall hyn.",
      "Dw i newydd ddod yn ôl ar ôl ychydig wythnosau i ffwrdd.",
    ],
    // Not "diolch yn fawr": "fawr" is "mawr" mutated, a subject word of HALI's "model iaith mawr" (test/unit/chatty.test.ts).
    closers: ['diolch!', 'diolch o galon', 'dim brys', 'Diolch o flaen llaw.', 'diolch x', 'Diolch :)', "Byddwn i'n ddiolchgar iawn."],
  },
};

type Random = () => number;
const pick = <T>(list: readonly T[], random: Random): T => list[Math.floor(random() * list.length)];

/** The question run on after an opener: its first letter lower case, unless the first word is an acronym ("AI", "VUS"). */
const runOn = (question: string) => (/^\p{Lu}\p{Ll}/u.test(question) ? question[0].toLowerCase() + question.slice(1) : question);

/** A question with no closing mark ("how does AI even work") ended as chat ends it, before more chat follows. */
const ended = (q: string, random: Random) => (/[?.!]$/.test(q) ? q : `${q}${pick(['?', ' -', '.', ',', ''], random)}`);

/** The ways a message is put together around the question, each from the chat of one language. */
const SHAPES: readonly ((q: string, chat: Chatter, random: Random) => string)[] = [
  (q, c, r) => `${pick(c.openers, r)} ${runOn(q)}`,
  (q, c, r) => `${pick(c.context, r)} ${q}`,
  (q, c, r) => `${ended(q, r)} ${pick(c.context, r)}`,
  (q, c, r) => `${pick(c.openers, r)} ${pick(c.context, r)} ${q} ${pick(c.closers, r)}`,
  (q, c, r) => `${pick(c.context, r)} ${q} ${pick(c.closers, r)}`,
  (q, c, r) => `${pick(c.openers, r)} ${ended(runOn(q), r)} ${pick(c.context, r)} ${pick(c.closers, r)}`,
  (q, c, r) => {
    const [first, second] = [pick(c.context, r), pick(c.context, r)];
    return `${pick(c.openers, r)} ${first}${second === first ? '' : ` ${second}`} ${q} ${pick(c.closers, r)}`;
  },
];

/** Typed in a hurry: sometimes all lower case, the question mark dropped or doubled, a full stop left off. */
function hurried(message: string, random: Random): string {
  let out = message;
  const roll = random();
  if (roll < 0.3) out = out.toLowerCase();
  const marks = random();
  if (marks < 0.25) out = out.replace(/\?/g, '');
  else if (marks < 0.35) out = out.replace(/\?/g, '??');
  if (random() < 0.3) out = out.replace(/\.$/, '');
  return out.replace(/\s+/g, ' ').trim();
}

/** The content's questions of one language: each explainer's question and its first `phrasings` everyday phrasings. */
export function questionsOf(faculty: Faculty, language: ChattyLanguage, phrasings: number): string[] {
  return faculty.mentors.flatMap((m) => m.explainers.flatMap((e) => [e.question[language], ...(e.askedAs?.[language] ?? []).slice(0, phrasings)]));
}

/** `question` wrapped `times` over in the chat of its language (a fixed seed): the messages, each as staff might send it. */
export function wrappedInChat(question: string, language: ChattyLanguage, { times = 3, seed = 42 } = {}): string[] {
  const random = seeded(seed);
  return Array.from({ length: times }, () => hurried(pick(SHAPES, random)(question.trim(), CHATTER[language], random), random));
}

/**
 * `perQuestion` chatty messages around each question, English and Welsh, with what each gets: the same answer as the
 * bare question, or an abstention when the bare question gets none.
 */
export function chattyVariants(faculty: Faculty, { perQuestion = 2, phrasings = 3, seed = 42 } = {}): Variant<ChattyLanguage>[] {
  const random = seeded(seed);
  return (['en', 'cy'] as const).flatMap((language) =>
    askedOtherwise(
      faculty,
      questionsOf(faculty, language, phrasings),
      (question) => Array.from({ length: perQuestion }, () => ({ kind: language, asked: hurried(pick(SHAPES, random)(question.trim(), CHATTER[language], random), random) })),
      { withAbstentions: true },
    ),
  );
}
