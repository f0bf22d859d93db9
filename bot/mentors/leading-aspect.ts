/**
 * A question can ask one thing of a subject two passages share, and only one of them says it. "Do I have to tell
 * patients the AI scribe is listening?" names AI scribes, and the explainer on scribes in Wales is their best match by
 * words, but only the scribes lesson and the being-open explainer say patients should be told. "If there's no family
 * history it can't be genetic, right?" finds the family history passages, but only the inheritance passages say a
 * variant can arise new. Each aspect here is such a thing asked (in English and Welsh) with the words a passage uses
 * when it says it: among passages the ranker found close, one that says it leads one that does not.
 * Unlike uncovered-aspect.ts, no passage saying it is no reason to abstain: the subject's passage still answers.
 */
import { withoutPlaceholders } from '../safety/redact';
import { words, type Aspect } from './uncovered-aspect';

/** What is asked, and the words of a passage that says it (`covers`), as uncovered-aspect.ts reads them. */
export type LeadingAspect = Pick<Aspect, 'name' | 'asks' | 'covers'>;

const PATIENTS = String.raw`(?:the\s+|my\s+|our\s+|your\s+)?(?:patients?|famil(?:y|ies)|relatives|parents|service\s+users?|people)`;
const COLLEAGUES = String.raw`(?:the\s+|my\s+|our\s+|your\s+)?(?:colleagues?|co-?workers?|team(?:\s+mates?)?|teammates?|manager|line\s+manager|boss)`;
const CYDWEITHWYR = String.raw`(?:fy\s+|y\s+|ein\s+|'?r\s+)?(?:nghydweithwyr|cydweithwyr|gydweithwyr|chydweithwyr|nghydweithiwr|cydweithiwr|tîm|tim|nhîm|nhim|rheolwr|rheolwraig)`;
const TESTING = String.raw`test|tests|testing|tested|screen|screening|offer\s+(?:a\s+)?test(?:ing)?\s+to|profi|brofi|phrofi|cynnig\s+prawf\s+i`;
const RELATIVES = String.raw`(?:famil(?:y|ies)|relatives|relations|siblings|sisters?|brothers?|children|kids|daughters?|sons?|teulu|deulu|nheulu|perthnasau|berthnasau|plant|blant|brodyr|chwiorydd)`;
/** "hasn't", "didn't", "does not", "won't": a tool that did not (flag, alert, give a warning). Not a bare "not": "not alert" is drowsy. */
const NEGATED_AUXILIARY = String.raw`has\s*n['’]?t|hasnt|has\s+not|did\s*n['’]?t|didnt|did\s+not|does\s*n['’]?t|doesnt|does\s+not|do\s*n['’]?t|dont|do\s+not|won['’]?t|wont|will\s+not|is\s*n['’]?t|isnt`;
const VUS = String.raw`vus|vuses|uncertain\s+significance|arwyddocâd\s+ansicr|arwyddocad\s+ansicr`;
/** Relatives tested: "test the rest of the family", "should siblings be tested", "profi gweddill y teulu". */
const RELATIVES_TESTED = String.raw`(?:${TESTING})\s+(?:[\p{L}'’]+\s+){0,4}?${RELATIVES}|${RELATIVES}\s+(?:[\p{L}'’]+\s+){0,2}?(?:be|get|being|are|is|were)\s+(?:tested|screened|offered\s+(?:a\s+)?test(?:s|ing)?)`;
/** An AI tool, app or software, named as a thing that can go wrong. */
const TOOLS = String.raw`ai|apps?|tools?|software|devices?|systems?|algorithms?|scribes?|chatbots?|copilot|chatgpt|ap|apiau|teclyn|declyn|meddalwedd|feddalwedd|dyfais`;
const CLEIFION = String.raw`(?:y\s+|['’]r\s+)?(?:claf|glaf|cleifion|gleifion|teulu|deulu|teuluoedd|rhieni|perthnasau)`;

// A test that found nothing, and the conclusion drawn from it.
const NOTHING_FOUND = String.raw`\b(?:negative|normal|clear)\s+(?:\w+\s+){0,2}?(?:result|test|report)|\b(?:found|finds|showed|shows|(?:came|comes?|coming)\s+back\s+with)\s+nothing|nothing\s+(?:was\s+|has\s+been\s+)?(?:found|picked\s+up)|no\s+(?:diagnosis|answer|cause)\s+(?:was\s+|has\s+been\s+)?found|\b(?:finds?|found|gives?|gave|with)\s+no\s+(?:diagnosis|answer|cause|variant)|\b(?:draws?|drew|drawn)\s+a\s+blank|(?:came|comes?|coming)\s+back\s+(?:negative|normal|clear|empty)|(?:dim\s+byd|dim)\s+wedi['’]?i?\s+(?:ganfod|ffeindio|gael\s+hyd)|canlyniad\s+(?:negyddol|normal)|heb\s+(?:ddiagnosis|ganfod\s+dim)|(?:ddim|nad\s+(?:yw|ydy|ydi))\s+(?:[\p{L}'’]+\s+){0,4}?yn\s+rhoi\s+diagnosis|dim\s+diagnosis`;
const NOT_GENETIC = String.raw`\b(?:not|isn['’]t|isnt|can['’]t\s+be|cannot\s+be|no\s+longer)\s+(?:\w+\s+)?genetic|\brule[sd]?\s+(?:it\s+|that\s+|genetics\s+)?out|\bruled\s+out|no\s+genetic\s+cause|genetic\s+(?:cause|condition)\s+(?:\w+\s+){0,2}(?:slip|be\s+missed|missed)|(?:the\s+)?end\s+of\s+the\s+road|(?:ddim|dim)\s+yn\s+enetig|diystyru|(?:nad\s+oes|dim)\s+achos\s+genetig`;

export const LEADING_ASPECTS: readonly LeadingAspect[] = [
  {
    // Whether and how patients are told AI is used: "do I have to tell patients", "do patients need to know", "oes rhaid deud wrth y claf".
    name: 'telling patients',
    asks: words(
      String.raw`(?:tell|telling|told|inform|informing|let)\s+${PATIENTS}(?:\s+know)?|${PATIENTS}\s+(?:have|has|need|needs|must|should)\s+(?:to\s+)?(?:be\s+)?(?:told|informed|know)|(?:should|must|do|does|need)\s+${PATIENTS}\s+(?:be\s+)?(?:told|informed|know)|be\s+(?:open|upfront|honest)\s+with\s+${PATIENTS}|(?:explain|say)\s+to\s+${PATIENTS}` +
        String.raw`|(?:dweud|deud|weud|ddweud|ddeud|esbonio|egluro)\s+(?:wrth|i)\s+${CLEIFION}|${CLEIFION}\s+(?:angen|yn\s+gorfod)\s+(?:gwybod|cael\s+gwybod)|bod\s+yn\s+agored\s+(?:efo|gyda|â)\s+${CLEIFION}`,
    ),
    covers: words(String.raw`(?:be|being|are|is)\s+told|tell\s+(?:patients|people|them)|told\s+at\s+the\s+start|be\s+open|being\s+open|open\s+with\s+patients|explain\s+to\s+patients|dweud\s+wrth\s+gleifion|ddweud\s+wrth\s+gleifion|yn\s+agored|bod\s+yn\s+agored|cael\s+gwybod`),
  },
  {
    // Whether colleagues are told AI was used: "I've been using Copilot to write emails, do I have to tell my colleagues?", "oes
    // rhaid i mi ddeud wrth fy nghydweithwyr?". The policy passages say to be open with colleagues about it; the being-open
    // explainer is about patients.
    name: 'telling colleagues',
    asks: words(
      String.raw`(?:tell|telling|told|inform|informing|let)\s+${COLLEAGUES}(?:\s+know)?|${COLLEAGUES}\s+(?:have|has|need|needs|must|should)\s+(?:to\s+)?(?:be\s+)?(?:told|informed|know)|(?:must|should|do|does|need)\s+${COLLEAGUES}\s+(?:be\s+)?(?:told|informed|know)|be\s+(?:open|upfront|honest|transparent)\s+with\s+${COLLEAGUES}` +
        String.raw`|(?:dweud|deud|weud|ddweud|ddeud)\s+wrth\s+${CYDWEITHWYR}|bod\s+yn\s+agored\s+(?:efo|gyda|â)\s+${CYDWEITHWYR}`,
    ),
    covers: words(String.raw`open\s+with\s+colleagues|open\s+about\s+using\s+ai|agored\s+gyda\s+chydweithwyr|agored\s+ynghylch\s+defnyddio`),
  },
  {
    // Checking what an AI tool wrote before it is used: "how shud i chek what the ai wrote b4 it goes in the notes", "what should I
    // check before putting something the AI wrote into a letter", "oes rhaid i fi wirio bopeth ma'r AI yn sgwennu".
    name: 'checking what AI wrote',
    asks: words(
      String.raw`(?:check|chek|checking|verify|verifying|proofread|proof-read|double[- ]check|read\s+through)\s+(?:over\s+)?(?:what|everything|anything|all|whatever)\s+(?:the\s+)?(?:ai|chatbot|chat\s?gpt|copilot|scribe|tool|computer|app|it)\s+(?:wrote|writes|has\s+written|produced|produces|gives|gave|says|said|drafted|drafts|came\s+up\s+with)` +
        String.raw`|(?:check|chek|verify|proofread)\s+(?:the\s+)?(?:ai|chatbot|chat\s?gpt|copilot|scribe)['’]?s?\s+(?:output|draft|letter|notes?|summary|answer|work|writing)|what\s+(?:should|do|must)\s+i\s+(?:check|look\s+for)\s+before\s+(?:putting|using|pasting|copying|sending|saving)` +
        String.raw`|(?:gwirio|wirio|tsiecio|tsieco|tshecio|checko|chekio|checkio|siecio|jecio|darllen|ddarllen)\s+(?:be|beth|bopeth|popeth|y\s+cyfan|pob\s+dim)\s+(?:mae|ma|sy['’]n|sy)['’]?r?\s+(?:AI|peiriant|chatbot|scribe|sgribydd|ap|copilot|chat\s?gpt|teclyn|offeryn)` +
        // Rubber-stamping what a tool drafted is signing it unchecked: "is it ok to rubber stamp the scribe's notes?", "roi stamp
        // rwber ar nodiadau'r sgribydd".
        String.raw`|rubber[\s-]?stamp\p{L}*\s+(?:[\p{L}'’]+\s+){0,3}?(?:notes?|letters?|drafts?|summar(?:y|ies)|output|what)|stamp\s+rwber\s+ar\s+(?:[\p{L}'’]+\s+){0,3}?(?:nodiadau|nodyn|llythyr\p{L}*|drafft\p{L}*|crynodeb\p{L}*|allbwn|be|beth)|stampio\s+rwber`,
    ),
    covers: words(String.raw`check\s+(?:every|each|accuracy|facts|sources|completeness|fit|the\s+(?:draft|output|facts))|read\s+(?:and\s+correct|every\s+line|it\s+critically|critically)|reading\s+it\s+critically|gwiriwch\s+(?:gywirdeb|bob|y\s+drafft)|darllenwch\s+(?:a\s+chywirwch|bob\s+llinell)|darllen\s+(?:yn\s+feirniadol|pob\s+llinell)`),
  },
  {
    // Whether a genetic test that found nothing means it is not genetic: "the rapid genome test found nothing so it's definitely
    // not genetic?", "negative result - does that rule it out?", "dim byd wedi'i ganfod, felly ddim yn enetig?".
    name: 'nothing found is not genetic',
    asks: new RegExp(
      String.raw`(?:${NOTHING_FOUND})[^?!\n]{0,80}(?:${NOT_GENETIC})|(?:${NOT_GENETIC})[^?!\n]{0,80}(?:${NOTHING_FOUND})`,
      'iu',
    ),
    covers: words(String.raw`(?:does\s+not|doesn['’]t|not)\s+rule\s+out\s+(?:a\s+)?genetic\s+(?:cause|condition)|diystyru\s+(?:achos|cyflwr)\s+genetig`),
  },
  {
    // Whether relatives are tested for a VUS: "if the result shows a VUS, should we test the rest of the family for it?", "Os yw
    // canlyniad yn dangos VUS, ddylen ni brofi gweddill y teulu?". The VUS explainer says a VUS is not used to predict risk in
    // relatives; cascade testing, which names testing relatives, is for a pathogenic variant.
    name: 'testing relatives for a VUS',
    asks: words(
      String.raw`(?:${VUS})[^?!.\n]{0,80}?(?:${RELATIVES_TESTED})|(?:${RELATIVES_TESTED})[^?!.\n]{0,80}?(?:${VUS})`,
    ),
    covers: words(String.raw`predict\s+risk\s+in\s+relatives|ragfynegi\s+risg\s+mewn\s+perthnasau`),
  },
  {
    // Where a service is: "which hospital is the All Wales Medical Genomics Service based at?", "Ym mha ysbyty mae Gwasanaeth
    // Genomeg Meddygol Cymru Gyfan wedi'i leoli?". The referral lesson says where it is hosted; the explainer beside it does not.
    name: 'where a service is',
    asks: words(
      String.raw`where\s+(?:is|are)\s+(?:[\p{L}'’]+\s+){0,8}?(?:based|located|hosted|housed|run\s+from)|(?:which|what)\s+hospital|where\s+(?:is|are)\s+(?:the\s+)?(?:awmgs|all\s+wales\s+medical\s+genomics\s+service|(?:clinical\s+)?genetics\s+service|genomics\s+service|genomics\s+lab(?:oratory)?)` +
        String.raw`|(?:ym\s+mha|ym\s+mhle|pa)\s+ysbyty|(?:ble|lle)\s+mae['’]r\s+gwasanaeth\s+(?:genomeg|geneteg)|(?:ble|lle)\s+mae\s+(?:[\p{L}'’]+\s+){0,8}?(?:wedi['’]?i\s+(?:leoli|lleoli|letya)|wedi\s+ei\s+(?:leoli|letya)|yn\s+cael\s+ei\s+letya|wedi\s+(?:ei\s+)?seilio)`,
    ),
    covers: words(String.raw`hosted\s+at|university\s+hospital\s+of\s+wales|cael\s+ei\s+letya|ysbyty\s+athrofaol`),
  },
  {
    // Whether taking the name off makes patient information safe to use: "once you take the patient's name off, are the notes fine
    // to put in a chatbot?", "anonymised notes in Copilot ok?", "os dwi'n tynnu'r enw allan". The patient data lesson says removing
    // the name is not always enough; the explainer on patient information in AI tools does not say it.
    name: 'removing the name',
    asks: words(
      String.raw`(?:take|takes|taking|took|taken|remove|removes|removing|removed|strip|stripping|stripped|blank|blanking|leave|leaving|left|cut|cutting)\s+(?:off\s+|out\s+)?(?:the\s+|their\s+|his\s+|her\s+|all\s+(?:the\s+)?)?(?:patient['’]?s?\s+)?(?:names?|identifiers|identifying\s+details|details|nhs\s+numbers?)(?:\s+(?:off|out))?` +
        String.raw`|without\s+(?:the\s+|their\s+)?(?:patient['’]?s?\s+)?names?|anonymi[sz]\p{L}*|de-?identif\p{L}*|pseudonymi[sz]\p{L}*|(?:tynnu|dynnu|tynu)\s*['’]?r?\s+(?:enw|enwau|manylion)|heb\s+(?:yr\s+|ei\s+)?enw|dienw\p{L}*`,
    ),
    covers: words(String.raw`removing\s+the\s+name|remove\s+the\s+name|anonymi[sz]\p{L}*|de-?identif\p{L}*|tynnu['’]r\s+enw|dienw\p{L}*`),
  },
  {
    // That an alert which never came is no all clear: "the computer hasn't flagged anything so we're fine?", "if the tool doesn't
    // flag anything, is there nothing to worry about?", "os nad ydi'r system yn fflagio dim byd". The automation bias lesson says
    // a missing alert is no information, not reassurance; the explainer beside it does not say it.
    name: 'no alert is no all clear',
    asks: words(
      String.raw`(?:${NEGATED_AUXILIARY})\s+(?:\p{L}+\s+)?(?:flag|flagged|flagging|trigger|triggered|triggering|alert|alerted|alerting|pick\s+(?:anything\s+)?up|picked\s+(?:anything\s+)?up|picking\s+(?:anything\s+)?up)(?:\s+(?:anything|up\s+anything|an\s+alert|a\s+warning))?` +
        String.raw`|(?:${NEGATED_AUXILIARY})\s+(?:\p{L}+\s+)?(?:give|gives|gave|raise|raises|raised|show|shows|showed|throw|throws|threw|flash|pop)\s+(?:up\s+)?(?:an?\s+|any\s+)?(?:alerts?|warnings?|flags?)` +
        String.raw`|not\s+(?:been\s+)?(?:flagged|triggered|alerted|picked\s+up)|nothing\s+(?:has\s+|was\s+|got\s+)?(?:flagged|triggered|alerted|flagged\s+up)|no\s+(?:alerts?|warnings?|flags?)\s+(?:came\s+up|showed|popped\s+up|means|so)` +
        String.raw`|(?:ddim\s+yn|heb)\s+(?:fflagio|rhybuddio)|fflagio\s+dim(?:\s+byd)?|dim\s+rhybudd|(?:nad\s+(?:yw|ydy|ydi|oes)|ddim)(?:['’]r)?\s+(?:[\p{L}'’]+\s+){0,3}?(?:rhoi|roi|codi|dangos)\s+(?:unrhyw\s+)?rhybudd`,
    ),
    covers: words(String.raw`missing\s+alert|no\s+alert\s+is\s+not|error\s+of\s+omission|rhybudd\s+coll|absenoldeb\s+rhybudd|gwall\s+anwaith`),
  },
  {
    // Who answers for what an AI tool got wrong: "where does the buck stop when an AI scribe makes a mistake?", "am I still
    // responsible if I follow what the AI said?", "pwy sy'n atebol os ydi'r sgribydd yn anghywir?". The passages that say you
    // remain accountable answer it; the scribes passages name the tool but never say who answers for it.
    name: 'who is accountable',
    asks: words(
      String.raw`who(?:['’]s|\s+is|\s+would\s+be|\s+will\s+be|\s+gets)?\s+(?:held\s+)?(?:responsible|accountable|liable|to\s+blame|blamed)|(?:whose|who['’]?s)\s+(?:fault|head|neck)|who\s+(?:gets|takes|would\s+get|will\s+get)\s+the\s+(?:blame|rap)|(?:the\s+)?buck\s+stops?|(?:am|are|is)\s+(?:i|we|you|the\s+\p{L}+)\s+(?:still\s+)?(?:responsible|accountable|liable|to\s+blame)` +
        String.raw`|pwy\s+(?:sy['’]?n|fydd\s+yn|sydd\s+yn)\s+(?:gyfrifol|atebol)|bai\s+pwy|(?:ydw|ydi|ydy|ydyn)\s+(?:i|ni|o|hi)\s+(?:dal\s+)?(?:yn\s+)?(?:gyfrifol|atebol)`,
    ),
    covers: words(String.raw`(?:remain|remains|stay|stays|are\s+still|is\s+still)\s+(?:professionally\s+)?(?:accountable|responsible)|you\s+are\s+(?:still\s+)?(?:accountable|responsible)\s+for|(?:parhau['’]?n|yn\s+dal\s+yn)\s+(?:gyfrifol|atebol)|chi\s+sy['’]n\s+(?:gyfrifol|atebol)`),
  },
  {
    // Where a problem with an AI tool or app is reported: "a dosing app suggested the wrong thing… besides our incident form, where
    // else should that be reported?", "who do I report a dodgy AI tool to?", "ble dw i'n riportio problem efo'r ap?". The passages
    // on AI as a medical device and the safe use policy say: the local incident system and the MHRA's Yellow Card scheme.
    // Only with a tool named: a data breach is reported as the data passages say.
    name: 'reporting a problem with a tool',
    asks: new RegExp(
      String.raw`^(?=[\s\S]*(?<![\p{L}])(?:${TOOLS})(?![\p{L}]))[\s\S]*?(?<![\p{L}])(?:(?:where|who|how)\s+(?:[\p{L}'’]+\s+){0,6}?(?:report|reported|reporting)|(?:report|reporting)\s+(?:it|this|that|(?:an?|the)\s+(?:incident|error|problem|mistake|near\s+miss|harm|fault))` +
        String.raw`|(?:ble|sut|i\s+bwy|at\s+bwy)\s+(?:[\p{L}'’]+\s+){0,6}?(?:rhoi\s+gwybod|adrodd|riportio|reportio)|(?:adrodd|riportio|reportio)\s+(?:am\s+)?(?:hyn|hynny|y\s+digwyddiad|digwyddiad|gwall|camgymeriad|problem))(?![\p{L}])`,
      'iu',
    ),
    covers: words(String.raw`yellow\s+card|cerdyn\s+melyn`),
  },
  {
    // That a condition can be genetic with no family history: "no family history so it can't be genetic?", "dim hanes teuluol".
    name: 'no family history',
    asks: words(String.raw`no\s+(?:(?:known|other|previous)\s+)?family\s+history|without\s+(?:a\s+|any\s+)?family\s+history|(?:nobody|no\s+one|no-one|none)\s+(?:else\s+)?in\s+(?:the|their|her|his|my)\s+family|doesn['’]?t\s+run\s+in\s+the\s+family|(?:dim|heb(?:\s+unrhyw)?)\s+hanes\s+(?:teuluol|yn\s+y\s+teulu)|neb\s+(?:arall\s+)?yn\s+y\s+teulu`),
    covers: words(String.raw`de\s+novo|aris(?:e|es|ing)\s+(?:new|for\s+the\s+first\s+time)|new\s+in\s+(?:the|that)\s+(?:person|child)|o['’]r\s+newydd|am\s+y\s+tro\s+cyntaf`),
  },
];

/** The aspects `question` asks that some passage may say and another not. */
export function leadingAspectsAsked(question: string): readonly LeadingAspect[] {
  const asked = withoutPlaceholders(question);
  return LEADING_ASPECTS.filter((aspect) => aspect.asks.test(asked));
}
