import type { Application } from '@microsoft/teams-ai';
import type { AppDeps } from '../deps';
import { midSentence } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { changeLearner, type HaliTurnState } from '../state';
import { isShared } from './case-context';
import { answerInQuestionLanguage } from './mentor-steps';

const END = String.raw`[\s?!.]*$`;
/** Who a mentor is: "who is Gwen?", "what's HALI", "pwy yw Gwen?", "beth ydy HALI". */
const WHO = new RegExp(String.raw`^(?:who(?:['’]s| is)|what(?:['’]s| is)|tell me about|pwy (?:yw|ydy|di|ydi)|beth (?:yw|ydy|di|ydi))\s+(\p{L}+)${END}`, 'iu');
/**
 * Asking for a mentor by name with nothing to ask yet: "can I talk to Gwen", "I want to ask Gwen something", "switch to Gwen",
 * "ga i siarad efo Gwen", "dw i isio holi Gwen". Outside testing found each told "I do not have trusted content".
 */
export const TALK_TO = new RegExp(
  String.raw`^(?:(?:hi|hello|hiya|helo|shwmae|su['’]?mae)[\s,!]+)?(?:(?:can|could|may) i|i(?:['’]d| would) like to|i want(?: to)?|i wanna|let me|please let me|ga i|gaf i|alla i|gallaf i|dw i(?:['’]n)? (?:isio|eisiau|moyn|am)|dwi(?:['’]n)? (?:isio|eisiau|moyn|am)|hoffwn i|licwn i)?\s*`
    + String.raw`(?:(?:talk|speak|chat) (?:to|with)|ask|switch to|go to|swap to|change to|siarad (?:efo|hefo|gyda|â|a)|sgwrsio (?:efo|hefo|gyda|â|a)|holi|gofyn i|newid i)\s+(\p{L}+)`
    + String.raw`(?:\s+(?:something|a question|about something|please|pls|plz|now|rhywbeth|cwestiwn|plis|os gwelwch yn dda|nawr|rŵan|rwan))*${END}`,
  'iu',
);

/** "is Gwen a real person?", "ydy Gwen yn berson go iawn?": the name asked about, which may be a mentor's. */
const NOT_PERSON = /^(?:is|ydy|ydi)\s+(\p{L}+)\s+(?:(?:a\s+)?(?:real\s+)?(?:person|human|human\s+being|real)|a\s+bot|an\s+ai|yn\s+(?:berson|ddynol|fot|robot)(?:\s+go\s+iawn)?)[\s?!.]*$/iu;

/** "can I talk to a real person?", "I want to speak to a human", "ga i siarad efo person go iawn": no one is behind the chat. */
export const PERSON = new RegExp(
  String.raw`^(?:(?:(?:can|could|may) i|i(?:['’]d| would) like to|i want to|i wanna|let me|is there (?:a |an )?(?:real |actual )?(?:person|human|someone|somebody|anyone|anybody) i can) (?:talk|speak|chat) (?:to|with)\s*(?:a |an )?(?:real |actual |live )?(?:person|human|human being|someone|somebody|anyone|anybody|educator|tutor|teacher)?(?: real| else)?|(?:talk|speak|chat) to (?:a |an )?(?:real |actual |live )?(?:person|human|human being)|get me (?:a )?(?:real )?(?:person|human)|`
    + String.raw`(?:ga i|gaf i|alla i|gallaf i|dw i(?:['’]n)? (?:isio|eisiau|moyn)|dwi(?:['’]n)? (?:isio|eisiau|moyn)|hoffwn i|oes (?:modd|posib) i mi) (?:siarad|sgwrsio) (?:efo|hefo|gyda|â|a) (?:rhywun|rywun|person|pherson|bod dynol|rhywun go iawn|rywun go iawn)(?: go iawn)?)(?:\s+(?:please|pls|plz|now|plis|os gwelwch yn dda|nawr|rŵan|rwan))?${END}`,
  'iu',
);

/**
 * Where answers come from and whether to trust them ("where does your information come from", "how do you know that", "can I trust
 * you", "are your answers accurate", "o ble mae dy wybodaeth yn dod"). Stop 53's probe: the first got the patient-data explainer.
 */
export const SOURCES_ASKED = new RegExp(
      String.raw`^(?:(?:(?:hi|hello|hiya|hey|helo|ok|okay|so|sorry|sori)[\s,!]+)?(?:hali[\s,]+)?(?:where\s+(?:does|do|did)\s+(?:your|this|the|hali['’]?s|all\s+(?:this|your))\s+(?:information|info|content|answers?|knowledge|facts|stuff|material|lessons?)\s+come\s+from|where\s+(?:do|did)\s+(?:you|u)\s+get\s+(?:your|this|that|the|these|those)\s+(?:information|info|content|answers?|facts|knowledge|stuff)(?:\s+from)?|where\s+(?:is|was)\s+(?:that|this)\s+from|what\s+(?:are|is)\s+(?:your|the|hali['’]?s)\s+sources?|(?:what|which)\s+sources\s+do\s+(?:you|u)\s+use|(?:what|which)\s+(?:is|are)\s+(?:this|that|it)\s+based\s+on|how\s+do\s+(?:you|u)\s+know\s+(?:that|this|all\s+(?:this|that)|what\s+you\s+know)|(?:are|is)\s+(?:you|u|your\s+answers?|this|hali|the\s+(?:information|info|content|answers?|lessons?))\s+(?:always\s+|really\s+|actually\s+)?(?:accurate|reliable|correct|right|up\s+to\s+date|up-to-date|current|trustworthy|evidence[\s-]based|checked|reviewed|approved|safe\s+to\s+(?:use|rely\s+on|trust))|(?:can|should|could)\s+i\s+(?:trust|rely\s+on|believe)\s+(?:you|u|this|hali|your\s+answers?|what\s+you\s+(?:say|tell\s+me)|the\s+(?:answers?|information|info|content))|who\s+(?:checks|checked|reviews|reviewed|writes|wrote|approves|approved|decides)\s+(?:this|the|your|what\s+you)\s*(?:content|answers?|information|info|lessons?|say|teach)?|do\s+(?:you|u)\s+(?:make\s+(?:things|stuff)\s+up|hallucinate|ever\s+get\s+(?:things|it)\s+wrong|get\s+things\s+wrong))`
        + String.raw`|(?:o\s+)?(?:ble|lle)\s+(?:mae|ma)\s+(?:dy|eich|y|['’]r)\s*(?:wybodaeth|gwybodaeth|cynnwys|atebion|ffeithiau)(?:\s+(?:di|chi))?(?:['’]n|\s+yn)\s+dod(?:\s+ohono)?|(?:o\s+)?(?:ble|lle)\s+(?:wyt\s+ti|ydych\s+chi|dach\s+chi|dych\s+chi)(?:['’]n|\s+yn)\s+cael\s+(?:dy|eich|y|['’]r)\s*(?:wybodaeth|gwybodaeth|atebion|ffeithiau)|(?:beth|be)\s+(?:yw|ydy|di)\s+(?:dy|eich)\s+ffynonellau|pa\s+ffynonellau\s+(?:wyt\s+ti|ydych\s+chi|dach\s+chi)(?:['’]n|\s+yn)\s+(?:eu\s+)?defnyddio|(?:alla|ga|gallaf|fedra|fedrai)\s+i\s+(?:dy|eich)\s+(?:drystio|trystio|trysto|gredu|credu)(?:\s+(?:di|chi))?|(?:alla|gallaf)\s+i\s+ymddiried\s+yn(?:ot\s+ti|och\s+chi|\s+hali)|(?:ydy|ydi|ydyn|ydy['’]r|ydi['’]r|ydyn['’]r)\s+(?:hyn|hwn|hwnna|dy\s+atebion|eich\s+atebion|yr\s+atebion|y\s+cynnwys|['’]r\s+wybodaeth|r\s+wybodaeth|['’]r\s+atebion|atebion|wybodaeth|cynnwys|gwersi)(?:['’]n|\s+yn)\s+(?:gywir|ddibynadwy|gyfredol)|(?:wyt\s+ti|ydych\s+chi|dach\s+chi)(?:['’]n|\s+yn)\s+(?:gywir|ddibynadwy)|pwy\s+sy['’]n\s+(?:gwirio|adolygu|ysgrifennu|sgwennu)(?:\s+|['’])(?:y\s+cynnwys|r\s+cynnwys|hyn|yr\s+atebion|r\s+atebion|dy\s+atebion|y\s+gwersi|r\s+gwersi)|(?:sut|shwt)\s+(?:wyt\s+ti['’]n|ti['’]n|dach\s+chi['’]n)\s+gwybod\s+(?:hynna|hyn|hynny))${END}`,
      'iu',
    );

/**
 * Which mentors there are, or how to change mentor ("list the mentors", "can I change mentor", "which mentors are there", "pa
 * fentoriaid sydd ar gael", "newid mentor"): the faculty, and how to stay with one. Stop 55's probe: told "I do not have trusted content".
 */
export const MENTORS_ASKED = new RegExp(
  String.raw`^(?:(?:(?:list|show)(?:\s+me)?\s+(?:all\s+)?(?:the\s+|your\s+)?mentors|(?:who|what|which)\s+are\s+(?:the\s+|your\s+)?(?:other\s+)?mentors|(?:which|what)\s+(?:other\s+)?mentors\s+(?:are\s+there|do\s+you\s+have|are\s+available|can\s+i\s+(?:talk|speak)\s+to|have\s+you\s+got)|(?:how\s+(?:do|can)\s+i\s+|can\s+i\s+|could\s+i\s+|i\s+want\s+to\s+|i['’]?d\s+like\s+to\s+)?(?:change|switch|swap|choose|pick)\s+(?:my\s+|the\s+|a\s+|to\s+another\s+|to\s+a\s+different\s+)?mentors?|(?:are\s+there|do\s+you\s+have|have\s+you\s+got)\s+(?:any\s+)?(?:other|more)\s+mentors|(?:other|all)\s+mentors|mentors)`
    + String.raw`|pa\s+fentoriaid\s+(?:sydd|sy)(?:\s+ar\s+gael|\s+gen\s+ti|\s+gennych\s+chi)?|pwy\s+(?:yw|ydy|di)\s+['’]?r\s+mentoriaid|(?:newid|dewis)\s+(?:fy\s+|y\s+)?mentor|rhestr\s+(?:o['’]r|y)\s+mentoriaid|mentoriaid)${END}`,
  'iu',
);

/** Questions about HALI itself, in English and Welsh, with the answer each gets. */
export const ABOUT: readonly [RegExp, MessageKey][] = [
  [
    new RegExp(String.raw`^(?:what(?:['’]s| is| are) (?:a |the )?quiz(?:zes)?(?: for)?|how (?:do|does) (?:the |a )?quiz(?:zes)? work|beth (?:yw|ydy|di) (?:cwis|['’]r cwis)|sut mae['’]r cwis(?:iau)? yn gweithio)${END}`, 'iu'),
    'about.quiz',
  ],
  [
    new RegExp(String.raw`^(?:how (?:do|can) i (?:turn|switch) (?:this|it|hali|you|these|them) off|how (?:do|can) i (?:stop|mute) (?:this|it|hali|you|these|them|getting these|getting them)|how (?:do|can) i unsubscribe|how (?:do|can) i (?:pause|stop|turn off|switch off|mute)(?: the| my| these)?(?: daily)? (?:lessons?|nudges?|messages?|reminders?|notifications?)|sut (?:mae|alla i|gallaf i|dw i['’]n|ydw i['’]n|mae rhywun yn) (?:oedi|atal|stopio|diffodd|ddiffodd|rhoi saib ar|roi saib ar)(?: y| fy)? (?:gwersi|wersi|negeseuon|nodiadau atgoffa))${END}`, 'iu'),
    'about.pause',
  ],
  [
    new RegExp(String.raw`^(?:how (?:do|can) i (?:delete|remove|erase|wipe|see|download|export|get) (?:all )?(?:of )?my (?:data|information|info|record|records|details)|sut (?:mae|alla i|gallaf i|dw i['’]n) (?:dileu|ddileu|gweld|weld|lawrlwytho|cael|gael) fy (?:nata|ngwybodaeth|nghofnod|manylion))${END}`, 'iu'),
    'about.data',
  ],
  [
    PERSON,
    'about.person',
  ],
  [
    // "what happens to my data?", "is this GDPR compliant", "is my data safe", "beth sy'n digwydd i fy nata?". Read whole: stop 55
    // found its English half read only from the start, so "What happens to a GP referral for a family history of cancer…" got it.
    new RegExp(
      String.raw`^(?:(?:what\s+(?:happens\s+to|do\s+you\s+do\s+with|do\s+you\s+keep\s+about\s+me|do\s+you\s+store|data\s+do\s+you\s+(?:keep|store|hold|collect))(?:\s+my\s+(?:data|info|information|answers|messages|chats?))?|where\s+(?:is|does)\s+my\s+(?:data|info|information)\s+(?:stored|kept|held|go)|how\s+(?:is|do\s+you\s+use)\s+my\s+(?:data|info|information)(?:\s+used)?|(?:is|are)\s+my\s+(?:data|info|information|answers|messages|chats?)\s+(?:safe|secure|private|confidential|kept\s+private)|(?:is|are)\s+(?:this|hali|it|these\s+chats?|this\s+chat)\s+(?:gdpr(?:\s+compliant)?|uk\s+gdpr\s+compliant|private|confidential|secure)|do\s+you\s+(?:store|keep|record|save)\s+(?:my\s+)?(?:messages|chats?|what\s+i\s+(?:say|type|write)|conversations?))`
        + String.raw`|(?:beth\s+(?:sy['’]?n|sydd\s+yn)\s+digwydd\s+i\s+(?:fy\s+)?(?:nata|ngwybodaeth)|(?:ydy|ydi)\s+fy\s+(?:nata|ngwybodaeth)(?:\s+i)?(?:['’]n|\s+yn)\s+(?:ddiogel|breifat|gyfrinachol)|(?:ble|lle)\s+(?:mae|ma)\s+fy\s+(?:nata|ngwybodaeth)(?:['’]n|\s+yn)\s+(?:cael\s+ei\s+(?:gadw|storio))))${END}`,
      'iu',
    ),
    'about.myData',
  ],
  [
    // "reset my progress", "start over", "clear my history", "ailosod fy nghynnydd"
    new RegExp(String.raw`^(?:(?:can\s+(?:you|i)\s+)?(?:reset|clear|wipe|restart)\s+(?:my\s+|all\s+my\s+)?(?:progress|streak|history|scores?|stats)|(?:start|begin)\s+(?:all\s+)?over(?:\s+again)?|start\s+from\s+scratch|(?:ailosod|clirio|dileu)\s+fy\s+(?:nghynnydd|hanes|sgôr|sgor)|dechrau\s+o['’]?r\s+dechrau)${END}`, 'iu'),
    'about.reset',
  ],
  [
    // "how long does a lesson take?", "pa mor hir yw gwers?"
    new RegExp(String.raw`^(?:how\s+long\s+(?:does|do|will|is)\s+(?:a|each|the|one)?\s*(?:lesson|lessons|quiz|quizzes|daily\s+lesson)(?:\s+(?:take|last|be))?|how\s+much\s+time\s+(?:does|do)\s+(?:this|it|a\s+lesson|the\s+lessons)\s+take|pa\s+mor\s+hir\s+(?:yw|ydy|ydi|mae)\s+(?:gwers|pob\s+gwers|y\s+wers|y\s+gwersi)(?:\s+yn\s+(?:para|cymryd))?)${END}`, 'iu'),
    'about.lessonLength',
  ],
  [
    // "does this count for CPD?", "can I use this for revalidation", "can I get a certificate", "ydy hyn yn cyfrif at DPP?"
    new RegExp(
      String.raw`^(?:(?:does|do|will|would|can|could)\s+(?:this|these|it|hali|the\s+lessons?|the\s+quiz(?:zes)?|this\s+app|my\s+learning(?:\s+here)?)\s+(?:count|be\s+used|go|be\s+counted)\s+(?:for|towards?|as|in)\s+(?:my\s+)?(?:cpd|revalidation|cpd\s+hours|cpd\s+points)|(?:can|could)\s+i\s+(?:use|count|claim|log|record)\s+(?:this|these|it|hali|my\s+learning(?:\s+here)?)\s+(?:for|towards?|as|in)\s+(?:my\s+)?(?:cpd|revalidation)|how\s+(?:do|can)\s+i\s+(?:record|log|claim|use|count)\s+(?:this|it|hali|my\s+learning(?:\s+here)?)\s+(?:for|as|towards?|in)\s+(?:my\s+)?(?:cpd|revalidation)|(?:can|could|do)\s+i\s+(?:get|have|download|export|print)\s+(?:my\s+|a\s+)?(?:cpd(?:\s+(?:record|summary|certificate|log))?|certificate|cert)|(?:show|send|give)\s+me\s+(?:my\s+|a\s+)?(?:certificate|cert)|(?:do|will)\s+i\s+get\s+(?:a\s+)?(?:certificate|cert)(?:\s+for\s+(?:this|it))?|is\s+(?:this|it)\s+(?:cpd|accredited|cpd\s+accredited))`
        + String.raw`|^(?:(?:ydy|ydi|fydd|ydy['’]r|ydi['’]r|ga\s+i|alla\s+i)\s+(?:hyn|hwn|hwnna|hyn\s+i\s+gyd|gwersi|dysgu|hali|ddefnyddio\s+hyn|gyfri\s+hyn|gyfrif\s+hyn)\s+(?:yn\s+)?(?:cyfrif|cyfri|gyfrif|gyfri)?\s*(?:at|tuag\s+at|ar\s+gyfer|fel)\s+(?:fy\s+)?(?:dpp|ail-?ddilysu|ailddilysu)|(?:ga|alla|gallaf)\s+i\s+(?:(?:gael|cael)\s+)?(?:tystysgrif|dystysgrif|cofnod\s+dpp|gofnod\s+dpp))${END}`,
      'iu',
    ),
    'about.cpd',
  ],
  [SOURCES_ASKED, 'about.sources'],
  [
    new RegExp(String.raw`^(?:(?:can|will|does|do|could) (?:my |the |our )?(?:manager|boss|line manager|employer|educators?|anyone|anybody|the trust|trust|the health board|health board|ward manager|matron|supervisor|heiw|hr|nhs wales|organisation|organization|team leader|colleagues?|team|tutor|university|uni)s? (?:see|know|find out|get|read|view|access)\b.*|who (?:can|will|could|gets to) see (?:my|what i)\b.*|(?:ydy|ydi|all|gall|fydd|ydi['’]r|ydy['’]r) (?:fy |y )?(?:rheolwr|rheolwraig|cyflogwr|addysgwyr?|unrhyw un|bwrdd iechyd)\b.*\b(?:gweld|gwybod)\b.*|pwy (?:sy['’]n|all|fydd yn) gweld fy\b.*)$`, 'iu'),
    'about.whoSees',
  ],
  [
    // "can I use this on my phone", "does it work on mobile", "is there an app", "ydy hyn yn gweithio ar fy ffôn"
    new RegExp(String.raw`^(?:(?:can|could)\s+i\s+(?:use|do|access|get|open)\s+(?:this|hali|it|you|these\s+lessons)\s+(?:on|from)\s+(?:my\s+|a\s+|the\s+)?(?:phone|mobile|iphone|android|tablet|ipad|work\s+phone)|(?:does|will|can|would)\s+(?:this|hali|it)\s+(?:work|run)\s+on\s+(?:my\s+|a\s+|the\s+)?(?:phone|mobile|iphone|android|tablet|ipad|work\s+phone)|is\s+there\s+(?:an?\s+)?(?:app|mobile\s+app|phone\s+app)(?:\s+for\s+(?:this|hali))?|(?:alla|ga|gallaf|fedra)\s+i\s+(?:ddefnyddio|defnyddio|wneud|neud)\s+(?:hyn|hali|hwn|hwn\s+'ma)\s+ar\s+fy\s+(?:ffôn|ffon|nhabled|llechen)|(?:ydy|ydi|fydd|wneith)\s+(?:hyn|hali|hwn)(?:['’]n|\s+yn)?\s+gweithio\s+ar\s+(?:fy\s+|y\s+)?(?:ffôn|ffon|ffôn\s+symudol))${END}`, 'iu'),
    'about.phone',
  ],
  [
    // "delete my last question", "can you delete what I just typed", "do you keep my questions", "dileu fy nghwestiwn olaf"
    new RegExp(String.raw`^(?:(?:can\s+you\s+|could\s+you\s+|please\s+|can\s+i\s+|how\s+do\s+i\s+)?(?:delete|remove|erase|clear|unsend)\s+(?:my\s+|that\s+|the\s+)?(?:last\s+|previous\s+)?(?:question|message|msg|questions|messages)(?:\s+i\s+(?:just\s+)?(?:sent|asked|typed|wrote))?|(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:delete|remove|erase|unsend)\s+what\s+i\s+(?:just\s+)?(?:said|typed|wrote|asked|sent)|(?:do|will)\s+you\s+(?:keep|store|remember|save)\s+(?:my\s+)?questions|dileu\s+(?:fy\s+nghwestiwn|y\s+cwestiwn|fy\s+neges|y\s+neges)(?:\s+(?:olaf|diwethaf|dwetha))?|(?:wyt\s+ti|ydych\s+chi|dach\s+chi)(?:['’]n|\s+yn)\s+cadw\s+fy\s+(?:nghwestiynau|negeseuon))${END}`, 'iu'),
    'about.forgetQuestion',
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
    const name = (WHO.exec(said) ?? TALK_TO.exec(said) ?? NOT_PERSON.exec(said))?.[1];
    return name === undefined ? undefined : name.toLowerCase() === 'hali' ? 'hali' : faculty.named(name);
  };
  app.message(
    async (context) => !isShared(context) && (mentorAsked(text(context.activity.text)) !== undefined || MENTORS_ASKED.test(text(context.activity.text)) || ABOUT.some(([pattern]) => pattern.test(text(context.activity.text)))),
    async (context, state) => {
      const said = text(context.activity.text);
      answerInQuestionLanguage(state, said);
      const { t, language } = state.temp;
      const asked = TALK_TO.exec(said)?.[1];
      const talkTo = asked === undefined ? undefined : faculty.named(asked);
      if (talkTo) {
        // Asked for by name: the conversation's mentor from now on, so "lesson" and "quiz" are theirs, as after "lesson with Gwen".
        if (state.temp.learner.currentMentor !== talkTo.id) changeLearner(state, (l) => ({ ...l, currentMentor: talkTo.id }));
        return void (await context.sendActivity(t('about.mentorNow', { name: talkTo.name, role: midSentence(talkTo.role[language]) })));
      }
      if (MENTORS_ASKED.test(said)) {
        const mentors = faculty.mentors.map((m) => `${m.name} (${midSentence(m.role[language])})`).join(', ');
        const other = faculty.mentors.find((m) => m.id !== state.temp.learner.currentMentor && m.id !== faculty.defaultMentor.id) ?? faculty.mentors[faculty.mentors.length - 1];
        return void (await context.sendActivity(t('about.mentors', { mentors, example: other.name })));
      }
      const mentor = mentorAsked(said);
      if (mentor === 'hali') return void (await context.sendActivity(t('smallTalk.aboutMe')));
      if (mentor && NOT_PERSON.test(said)) return void (await context.sendActivity(t('about.mentorNotPerson', { name: mentor.name, role: midSentence(mentor.role[language]) })));
      if (mentor) return void (await context.sendActivity(t('about.mentor', { name: mentor.name, role: midSentence(mentor.role[language]) })));
      const [, key] = ABOUT.find(([pattern]) => pattern.test(said))!;
      await context.sendActivity(t(key));
    },
  );
}
