/**
 * A learner saying what they do, typed alone ("I am a pharmacist", "I'm a staff nurse on a medical ward", "I work as a GP",
 * "dw i'n fferyllydd", "nyrs ydw i", "dwi'n feddyg teulu"), read as the settings command naming the role HALI keeps that fits
 * ("settings role pharmacist", "gosodiadau rôl nurse"), or naming none when the job is not one of its roles ("I'm a porter":
 * "settings role"), for the learner to confirm on the settings card. Said with a question ("I'm a nurse, what is AI?") it
 * stays a question: mentors/self-description.ts reads the role out of it there.
 */
import type { Role } from '../mentors/types';
import { radicals } from './mutations';

type Kind = Role | 'other';

/** A job named by any of `names` (alternatives of a pattern), as whole words. */
const job = (...names: string[]): RegExp => new RegExp(String.raw`\b(?:${names.join('|')})\b`);

// Jobs by the words staff use, English, most particular first: "pharmacy technician" is no pharmacist, "student nurse" a
// student, "nurse consultant" a nurse. 'other' is a job that is none of HALI's roles.
const ENGLISH: readonly [Kind, RegExp][] = [
  [
    'other',
    job(
      String.raw`pharmacy\s+(?:technician|assistant|tech)|dental\s+(?:nurse|hygienist|therapist)|nursery\s+nurse`,
      String.raw`nursing\s+(?:associate|assistant)|health\s*care\s+(?:assistant|support\s+worker)|care\s+(?:assistant|worker)`,
      String.raw`support\s+worker|hca|hcsw|physician\s+associate|social\s+worker|psychologist`,
    ),
  ],
  ['student', /\bstudent\b/],
  ['midwife', /\bmidwi(?:fe|ves)\b/],
  ['nurse', /\b(?:nurse|matron|ward\s+sister|ward\s+manager|anp|cns|health\s+visitor)\b/],
  ['pharmacist', /\bpharmacist\b/],
  [
    'allied-health-professional',
    job(
      String.raw`ahp|allied\s+health(?:\s+professional)?|physio(?:therapist)?|occupational\s+therapist|ot|radiographer`,
      String.raw`sonographer|paramedic|dietitian|dietician|speech\s+(?:and|&)\s+language\s+therapist|slt|salt|podiatrist`,
      String.raw`chiropodist|orthoptist|orthotist|prosthetist|operating\s+department\s+practitioner|odp|osteopath`,
      String.raw`(?:art|music|drama)\s+therapist`,
    ),
  ],
  [
    'healthcare-scientist',
    job(
      String.raw`scientist|bms|bioinformatician|physiologist|audiologist|physicist|clinical\s+engineer|technologist`,
      String.raw`genetic\s+counsell?or|genomic\s+counsell?or|embryologist|perfusionist`,
    ),
  ],
  [
    'doctor',
    job(
      String.raw`doctor|dr|gp|general\s+practitioner|consultant|registrar|reg|sho|fy[12]|f[12]|st[1-8]|ct[1-3]|resident`,
      String.raw`house\s+officer|houseman|surgeon|physician|an(?:a)?esthetist|obstetrician|p(?:a)?ediatrician|oncologist`,
      String.raw`radiologist|psychiatrist|geneticist|haematologist|cardiologist|dermatologist|pathologist|medic`,
      String.raw`clinical\s+fellow`,
    ),
  ],
  ['admin-management', /\b(?:manager|administrator|admin|receptionist|secretary|clerk|co-?ordinator|director|analyst|coder|executive|officer)\b/],
  [
    'other',
    job(
      String.raw`assistant|worker|associate|technician|tech|practitioner|therapist|counsell?or|educator|lecturer|trainee|porter`,
      String.raw`dentist|hygienist|optometrist|optician|phlebotomist|chaplain|carer|housekeeper|cleaner|volunteer|visitor`,
      String.raw`call\s+handler|dispatcher`,
    ),
  ],
];
// The last word of an English job ("staff nurse", "GP registrar"): a description that ends otherwise is no job ("a bit lost").
const ENDS_IN_A_JOB = ENGLISH.map(([, pattern]) => new RegExp(`(?:${pattern.source})$`));
const lastWordIsAJob = (phrase: string) => ENDS_IN_A_JOB.some((pattern) => pattern.test(phrase));

// The same in Welsh, from the radical of the first word ("feddyg" is "meddyg" after "yn"); the noun comes first ("nyrs staff").
const WELSH: readonly [Kind, RegExp][] = [
  ['allied-health-professional', /^gweithiwr\s+proffesiynol\s+perthynol/],
  ['other', /^(?:nyrs\s+ddeintyddol|technegydd\s+fferyllfa|cynorthwy-?ydd|gweithiwr|porthor|deintydd|gofalwr|gofalydd|glanhawr|gwirfoddolwr|seicolegydd|fflebotomydd)\b/],
  ['student', /^(?:myfyriwr|myfyrwraig)\b/],
  ['midwife', /^bydwraig\b/],
  ['nurse', /^(?:nyrs|metron|ymwelydd\s+iechyd|rheolwr\s+ward|rheolwraig\s+ward)\b/],
  ['pharmacist', /^fferyllydd\b/],
  ['allied-health-professional', /^(?:ffisiotherapydd|ffisio|therapydd\s+galwedigaethol|therapydd\s+iaith|radiograffydd|parafeddyg|deietegydd|dietegydd|podiatrydd|orthoptydd)\b/],
  ['healthcare-scientist', /^(?:gwyddonydd|cwnselydd\s+gen(?:et|om)ig|ffisiolegydd|awdiolegydd|biowybodegydd)\b/],
  ['doctor', /^(?:meddyg|doctor|ymgynghorydd|cofrestrydd|llawfeddyg|anesthetydd|seiciatrydd|paediatregydd)\b/],
  ['admin-management', /^(?:rheolwr|rheolwraig|gweinyddwr|gweinyddwraig|gweinyddydd|derbynnydd|ysgrifennydd|ysgrifenyddes|cydlynydd|clerc|cyfarwyddwr|swyddog)\b/],
  ['other', /^(?:ymarferydd|hyfforddai|cwnselydd|addysgwr|darlithydd|technegydd|therapydd)\b/],
];

// Where a job is, after it: "on a medical ward", "in ICU", "at the Heath", "by trade"; "ar ward feddygol", "yn yr ysbyty".
const WHERE = String.raw`(?:\s+(?:on|in|at|for|with|from|working|based|within)\s+[^?,;:!]{1,50}|\s+by\s+(?:trade|profession))?`;
const WHERE_CY = String.raw`(?:\s+(?:ar|yn|mewn|yng|ym|gyda|efo|i|yn\s+y|yn\s+yr|gyda['’]r)\s+[^?,;:!]{1,50})?`;
const PHRASE = String.raw`([\p{L}\d&'’-]+(?:\s+[\p{L}\d&'’-]+){0,4}?)`;
// "I'm", "I work as", "my job is"; "dw i'n" / "rwy'n" (north and south), "dw i'n gweithio fel", "fy swydd i yw".
const I_AM = String.raw`i\s*['’]?\s*m|im|i\s+am|i\s+work\s+as|i['’]?m\s+working\s+as|working\s+as|my\s+(?:role|job|job\s+title|profession)\s+is|i['’]?m\s+employed\s+as`;
const DW_I = String.raw`(?:dw\s*i|dwi|rydw\s+i|rwy|rwyf|wi|fi|ydw\s+i)\s*(?:['’]\s*n|\s+yn|n)(?:\s+gweithio\s+fel)?|fy\s+(?:rôl|rol|swydd)(?:\s+i)?\s+(?:yw|ydy|ydi|di)`;
// A correction or an aside before it: "actually I'm a pharmacist", "no, I'm a midwife", "btw I work as a physio"; "a dweud y gwir, dw i'n fferyllydd".
const LEAD = String.raw`(?:(?:actually|no|nope|sorry|oh|well|ah|fyi|btw|by\s+the\s+way|just\s+so\s+you\s+know|for\s+the\s+record|to\s+be\s+clear|correction)[\s,:.!-]+)*`;
const LEAD_CY = String.raw`(?:(?:a\s+dweud\s+y\s+gwir|na|sori|o|wel|gyda\s+llaw|gyda\s+llaw\s+felly|i\s+fod\s+yn\s+glir|cywiriad)[\s,:.!-]+)*`;
const SAID_EN: readonly RegExp[] = [
  new RegExp(String.raw`^${LEAD}(?:${I_AM})\s+(?:an?\s+)?${PHRASE}${WHERE}$`, 'u'),
  new RegExp(String.raw`^(?:an?\s+)?${PHRASE}\s+here$`, 'u'),
];
const SAID_CY: readonly RegExp[] = [
  new RegExp(String.raw`^${LEAD_CY}(?:${DW_I})\s+${PHRASE}${WHERE_CY}$`, 'u'),
  new RegExp(String.raw`^${PHRASE}\s+(?:ydw|dw|ydwyf|wyf)(?:\s+i)?${WHERE_CY}$`, 'u'),
];

function englishKind(phrase: string): Kind | undefined {
  if (!lastWordIsAJob(phrase)) return undefined;
  return ENGLISH.find(([, pattern]) => pattern.test(phrase))?.[0];
}

function welshKind(phrase: string): Kind | undefined {
  const [first, ...rest] = phrase.split(/\s+/);
  for (const word of [first, ...radicals(first)]) {
    const unmutated = [word, ...rest].join(' ');
    const kind = WELSH.find(([, pattern]) => pattern.test(unmutated))?.[0];
    if (kind) return kind;
  }
  return undefined;
}

/** `said` as the settings command naming the role it fits ("settings role nurse"), "settings role" for a job none fits, or undefined when it says no job. */
export function roleSaid(said: string): string | undefined {
  for (const [patterns, kindOf, command] of [[SAID_EN, englishKind, 'settings role'], [SAID_CY, welshKind, 'gosodiadau rôl']] as const) {
    for (const pattern of patterns) {
      const phrase = pattern.exec(said)?.[1];
      const kind = phrase === undefined ? undefined : kindOf(phrase);
      if (kind) return kind === 'other' ? command : `${command} ${kind}`;
    }
  }
  return undefined;
}
