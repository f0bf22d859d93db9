import type { Language } from './index';
import type { FollowUpKind } from '../state';

const PLEASE = String.raw`(?:[\s,]+(?:please|pls|plz|thanks|ta|plis|diolch|os gwelwch yn dda))*`;
const END = String.raw`${PLEASE}[\s?!.]*$`;
const ASK = String.raw`(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|pls\s+|sorry[\s,]+|ok[\s,]+|hmm+[\s,]+)*`;
const THAT = String.raw`(?:\s+(?:that|it|this|that\s+answer|the\s+answer))?`;

/**
 * A follow-up on the last answer typed rather than pressed, in English and Welsh: the card's own words ("Explain more simply",
 * "An example from my role", "What should I read next?", "Esbonio’n symlach", "Enghraifft o’m rôl i") and how staff say them
 * ("can you explain that more simply", "I don't get it", "give me an example", "where can I read more", "dw i ddim yn deall",
 * "rho enghraifft plis", "be ddylwn i ddarllen nesa"). Read whole: "give me an example of a hallucination" is a question.
 */
const TYPED: readonly [RegExp, RegExp, FollowUpKind][] = [
  [
    new RegExp(
      String.raw`^${ASK}(?:(?:explain|say|put|word|phrase|describe)${THAT}\s+(?:more\s+simply|simpler|more\s+plainly|in\s+(?:plain|simple|simpler|everyday)\s+(?:english|words|terms|language)|like\s+i['’]?m\s+(?:5|five))|(?:make|keep)\s+(?:it|that)\s+(?:simpler|simple)|(?:more\s+)?simpl(?:er|y)|in\s+(?:plain|simple|simpler)\s+(?:english|words|terms)|eli5|dumb\s+(?:it|that)\s+down|i\s+(?:still\s+)?(?:don['’]?t|do\s+not|dont)\s+(?:understand|get\s+(?:it|that))(?:\s+(?:that|this|at\s+all))?|(?:that['’]?s|thats|that\s+is|it['’]?s|too)\s+(?:too\s+)?(?:complicated|technical|confusing|much\s+jargon)|too\s+much\s+jargon|what\s+does\s+that\s+(?:even\s+)?mean|(?:(?:this|that|it)\s+is\s+|(?:this|that|it)['’]s\s+|thats\s+|its\s+)?(?:way\s+|far\s+|a\s+bit\s+|much\s+)?too\s+(?:hard|difficult|complex)(?:\s+(?:for\s+me|to\s+(?:follow|understand)))?|i['’]?m\s+(?:lost|confused)\s+by\s+(?:that|this)|i\s+(?:didn['’]?t|did\s+not|didnt)\s+(?:understand|get|follow)(?:\s+(?:that|it|this|any\s+of\s+(?:that|it)|much\s+of\s+(?:that|it)|a\s+word))?|(?:(?:that['’]?s|thats|that\s+is|it['’]?s|its|that\s+was|it\s+was)\s+)?(?:way\s+|far\s+|a\s+bit\s+|much\s+)?too\s+(?:long|wordy|much\s+to\s+read)(?:\s+to\s+read)?|(?:make|keep)\s+(?:it|that)\s+(?:shorter|short|brief)|(?:a\s+)?shorter(?:\s+(?:version|answer))?|(?:the\s+)?short\s+version|in\s+(?:fewer|less)\s+words|(?:give\s+me\s+)?the\s+gist)${END}`,
      'iu',
    ),
    new RegExp(
      String.raw`^(?:(?:esbonia|esboniwch|eglura|eglurwch|dweud|deud)(?:['’]n|\s+yn|\s+o|\s+fo|\s+e|\s+hynny)?\s+(?:symlach|syml|yn\s+symlach)|esbonio['’]?n\s+symlach|(?:yn\s+)?symlach|mewn\s+geiriau\s+(?:syml|symlach|plaen)|(?:dw\s*i|dwi|dw\s+i['’]?m|dwi['’]?m|rydw\s+i)\s*(?:ddim\s+)?(?:yn\s+)?(?:deall|dallt|dallt\s+hynny|deall\s+hynny)|(?:mae['’]?n|ma['’]?n)\s+rhy\s+(?:gymhleth|dechnegol|anodd)|rhy\s+(?:gymhleth|dechnegol|anodd)|esbonia\s+eto|esboniwch\s+eto|be\s+(?:mae|ma)\s+hynny['’]?n\s+(?:ei\s+)?(?:feddwl|olygu)|(?:wnes|nes|wnaes|wnes\s+i\s+ddim|naddo)\s+i\s+ddim\s+(?:deall|dallt)(?:\s+(?:hynna|hynny|hwnna))?|(?:mae['’]?n\s+|ma['’]?n\s+|mae\s+hynna['’]?n\s+)?rhy\s+hir|(?:yn\s+)?(?:fyrrach|byrrach)|fersiwn\s+(?:byr|byrrach|fer)|mewn\s+llai\s+o\s+eiriau)${END}`,
      'iu',
    ),
    'simpler',
  ],
  [
    new RegExp(
      String.raw`^${ASK}(?:(?:give|show|tell)\s+(?:me\s+)?(?:an?|another|one|some)\s+examples?|(?:an?|another)\s+examples?|examples?|for\s+example|any\s+examples?|(?:an?\s+)?examples?\s+from\s+(?:my|our)\s+(?:role|job|work|area|ward|practice)|(?:give|show)\s+(?:me\s+)?(?:an?\s+)?examples?\s+from\s+(?:my|our)\s+(?:role|job|work|area|ward|practice)|how\s+(?:does|would)\s+(?:that|this|it)\s+(?:apply|work)\s+(?:to|in)\s+(?:me|my\s+(?:role|job|work)|practice|real\s+life|the\s+ward)|what\s+would\s+(?:that|this)\s+look\s+like\s+(?:in\s+practice|on\s+the\s+ward|in\s+my\s+(?:role|job|work)))${END}`,
      'iu',
    ),
    new RegExp(
      String.raw`^(?:(?:rho|rhowch|ga\s+i|gaf\s+i|oes\s+(?:gen\s+ti|gennych\s+chi|gynnoch\s+chi|gen\s+ti))\s+)?(?:enghraifft|esiampl)(?:\s+(?:o['’]?m|o\s+fy|o['’]?r)\s+(?:rôl|rol|ngwaith|ngwaith\s+i|gwaith|ward)(?:\s+i)?)?${END}`,
      'iu',
    ),
    'example',
  ],
  [
    new RegExp(
      String.raw`^${ASK}(?:what\s+(?:should|can|could|do)\s+i\s+read\s+(?:next|more|about\s+(?:this|that|it))|what\s+to\s+read\s+next|read\s+next|where\s+(?:can|could|do|should)\s+i\s+(?:read|find\s+out)\s+more(?:\s+about\s+(?:this|that|it))?|(?:any\s+)?further\s+reading|tell\s+me\s+more(?:\s+about\s+(?:this|that|it))?|more\s+(?:on|about)\s+(?:this|that))${END}`,
      'iu',
    ),
    new RegExp(
      String.raw`^(?:(?:be|beth)\s+(?:ddylwn|ddylen|dyliwn|alla|galla)\s+i\s+(?:ei\s+)?(?:ddarllen|darllen)(?:\s+(?:nesa|nesaf|wedyn))?|(?:ble|lle)\s+(?:alla|galla|ga)\s+i\s+(?:ddarllen|darllen|ddysgu|dysgu)\s+mwy|darllen\s+pellach|mwy\s+am\s+hyn(?:na)?|deud\s+mwy|dweud\s+mwy(?:\s+wrtha\s+i)?)${END}`,
      'iu',
    ),
    'readNext',
  ],
];

/** The follow-up a message asks for on the last answer, if it is one, and the language its words are in. */
export function followUpTyped(text: string): { kind: FollowUpKind; language: Language } | undefined {
  const said = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const [english, welsh, kind] of TYPED) {
    if (english.test(said)) return { kind, language: 'en' };
    if (welsh.test(said)) return { kind, language: 'cy' };
  }
  return undefined;
}

/**
 * The last answer asked for again ("say that again", "can you repeat that please", "come again?", "ailadrodd hynna", "dweud hynna
 * eto"): read whole, so "repeat the test in 6 weeks?" stays a question. The language the words are in, or undefined when it is none.
 */
const REPEAT: readonly [RegExp, Language][] = [
  [
    new RegExp(
      String.raw`^${ASK}(?:(?:say|repeat|send|show|give\s+me)\s+(?:that|it|this|the\s+(?:answer|last\s+(?:answer|one|message|bit)))\s+(?:again|once\s+more)|repeat(?:\s+(?:that|it|this|the\s+(?:answer|last\s+(?:answer|one|message|bit))|yourself|that\s+answer))?(?:\s+(?:again|once\s+more))?|say\s+(?:that\s+)?again|come\s+again|what\s+was\s+that(?:\s+again)?|pardon|one\s+more\s+time|again|i\s+missed\s+that|what\s+did\s+you\s+(?:just\s+)?say|show\s+me\s+(?:that|the\s+(?:last\s+)?answer)\s+again)${END}`,
      'iu',
    ),
    'en',
  ],
  [
    new RegExp(
      String.raw`^(?:sori[\s,]+)?(?:ailadrodd(?:wch|a)?|(?:dweud|deud|dwed|dweda|dwedwch|deuda)\s+(?:hynna|hynny|hwnna|o|e|fe|hi)\s+eto|(?:eto|unwaith\s+eto)|be(?:th)?\s+(?:ddwedaist|ddudist|ddywedaist|ddwedest|ddudoch|ddwedoch)\s+(?:ti|chi)|sori\s+be|(?:dangos|anfon)\s+(?:hynna|hwnna|yr\s+ateb)\s+eto)(?:\s+(?:hynna|hynny|hwnna|yr\s+ateb|o|e|eto))*${END}`,
      'iu',
    ),
    'cy',
  ],
];
export function repeatTyped(text: string): Language | undefined {
  const said = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return REPEAT.find(([pattern]) => pattern.test(said))?.[1];
}
