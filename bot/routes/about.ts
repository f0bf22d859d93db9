import type { Application } from '@microsoft/teams-ai';
import type { AppDeps } from '../deps';
import { midSentence } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import type { HaliTurnState } from '../state';
import { isShared } from './case-context';
import { answerInQuestionLanguage } from './mentor-steps';

const END = String.raw`[\s?!.]*$`;
/** Who a mentor is: "who is Gwen?", "what's HALI", "pwy yw Gwen?", "beth ydy HALI". */
const WHO = new RegExp(String.raw`^(?:who(?:['’]s| is)|what(?:['’]s| is)|tell me about|pwy (?:yw|ydy|di|ydi)|beth (?:yw|ydy|di|ydi))\s+(\p{L}+)${END}`, 'iu');

/** Questions about HALI itself, in English and Welsh, with the answer each gets. */
const ABOUT: readonly [RegExp, MessageKey][] = [
  [
    new RegExp(String.raw`^(?:what(?:['’]s| is| are) (?:a |the )?quiz(?:zes)?(?: for)?|how (?:do|does) (?:the |a )?quiz(?:zes)? work|beth (?:yw|ydy|di) (?:cwis|['’]r cwis)|sut mae['’]r cwis(?:iau)? yn gweithio)${END}`, 'iu'),
    'about.quiz',
  ],
  [
    new RegExp(String.raw`^(?:how (?:do|can) i (?:pause|stop|turn off|switch off|mute)(?: the| my| these)?(?: daily)? (?:lessons?|nudges?|messages?|reminders?|notifications?)|sut (?:mae|alla i|gallaf i|dw i['’]n|ydw i['’]n|mae rhywun yn) (?:oedi|atal|stopio|diffodd|ddiffodd|rhoi saib ar|roi saib ar)(?: y| fy)? (?:gwersi|wersi|negeseuon|nodiadau atgoffa))${END}`, 'iu'),
    'about.pause',
  ],
  [
    new RegExp(String.raw`^(?:how (?:do|can) i (?:delete|remove|erase|wipe|see|download|export|get) (?:all )?(?:of )?my (?:data|information|info|record|records|details)|sut (?:mae|alla i|gallaf i|dw i['’]n) (?:dileu|ddileu|gweld|weld|lawrlwytho|cael|gael) fy (?:nata|ngwybodaeth|nghofnod|manylion))${END}`, 'iu'),
    'about.data',
  ],
  [
    new RegExp(String.raw`^(?:(?:can|will|does|do|could) (?:my |the |our )?(?:manager|boss|line manager|employer|educators?|anyone|anybody|the trust|the health board|ward manager|matron|supervisor)s? (?:see|know|find out|get|read|view|access)\b.*|who (?:can|will|could|gets to) see (?:my|what i)\b.*|(?:ydy|ydi|all|gall|fydd|ydi['’]r|ydy['’]r) (?:fy |y )?(?:rheolwr|rheolwraig|cyflogwr|addysgwyr?|unrhyw un|bwrdd iechyd)\b.*\b(?:gweld|gwybod)\b.*|pwy (?:sy['’]n|all|fydd yn) gweld fy\b.*)$`, 'iu'),
    'about.whoSees',
  ],
];

/**
 * Questions about HALI itself ("who is Gwen?", "what is a quiz?", "how do I delete my data?", "can my manager see my quiz
 * scores?"), which no mentor's content answers: a line from HALI, in the language asked, in personal chat. Outside testing
 * found each got "I do not have trusted content that answers that yet".
 */
export function registerAbout(app: Application<HaliTurnState>, { faculty }: AppDeps): void {
  const text = (activityText: string | undefined) => (activityText ?? '').trim();
  const mentorAsked = (said: string) => {
    const name = WHO.exec(said)?.[1];
    return name === undefined ? undefined : name.toLowerCase() === 'hali' ? 'hali' : faculty.named(name);
  };
  app.message(
    async (context) => !isShared(context) && (mentorAsked(text(context.activity.text)) !== undefined || ABOUT.some(([pattern]) => pattern.test(text(context.activity.text)))),
    async (context, state) => {
      const said = text(context.activity.text);
      answerInQuestionLanguage(state, said);
      const { t, language } = state.temp;
      const mentor = mentorAsked(said);
      if (mentor === 'hali') return void (await context.sendActivity(t('smallTalk.aboutMe')));
      if (mentor) return void (await context.sendActivity(t('about.mentor', { name: mentor.name, role: midSentence(mentor.role[language]) })));
      const [, key] = ABOUT.find(([pattern]) => pattern.test(said))!;
      await context.sendActivity(t(key));
    },
  );
}
