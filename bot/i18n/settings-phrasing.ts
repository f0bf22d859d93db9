/**
 * The daily lesson's days and quiet hours said in words, in English and Welsh ("not on weekends", "weekdays only", "quiet hours
 * 10pm to 7am", "don't message me after 9pm", "dim ar y penwythnos", "oriau tawel 10yh i 7yb"), read as the settings command
 * with what was said filled in ("settings days 1,2,3,4,5", "gosodiadau oriau tawel 22:00-07:00": SETTINGS_SAID), for the
 * learner to confirm on the settings card. Read whole, so a question with these words in it stays a question.
 */
import { spokenTime } from './times';

/** A whole message that is one of `alternatives`. */
const rule = (...alternatives: string[]): RegExp => new RegExp(`^(?:${alternatives.join('|')})$`, 'u');

// ISO weekdays by the names people type: "mon", "Tuesdays", "weds", "dydd Llun", "ddydd Gwener".
const EN_DAYS: readonly [RegExp, number][] = [
  [/^mon(?:day)?s?$/, 1], [/^tue(?:s(?:day)?)?s?$/, 2], [/^wed(?:s|nesday)?s?$/, 3], [/^thu(?:r(?:s(?:day)?)?)?s?$/, 4], [/^fri(?:day)?s?$/, 5], [/^sat(?:urday)?s?$/, 6], [/^sun(?:day)?s?$/, 7],
];
const CY_DAYS: readonly [string, number][] = [['llun', 1], ['mawrth', 2], ['mercher', 3], ['iau', 4], ['gwener', 5], ['sadwrn', 6], ['sul', 7]];
const EN_DAY = String.raw`(?:mon(?:day)?s?|tue(?:s(?:day)?)?s?|wed(?:s|nesday)?s?|thu(?:r(?:s(?:day)?)?)?s?|fri(?:day)?s?|sat(?:urday)?s?|sun(?:day)?s?)`;
const CY_DAY = String.raw`(?:(?:dd?ydd|dyddiau)\s+)?(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)`;
const list = (day: string, joiner: string) => String.raw`(${day}(?:(?:${joiner})${day})*)`;
const EN_DAYS_SAID = list(EN_DAY, String.raw`\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s*&\s*|\s+or\s+`);
const CY_DAYS_SAID = list(CY_DAY, String.raw`\s*,\s*(?:a\s+|ac\s+|na\s+|neu\s+)?|\s+(?:a|ac|na|nac|neu)\s+`);

/** The ISO weekdays named in `said`, in order. */
function daysIn(said: string): number[] {
  const dayOf = (word: string) => EN_DAYS.find(([name]) => name.test(word))?.[1] ?? CY_DAYS.find(([name]) => name === word)?.[1];
  const named = said.split(/[\s,&]+/).flatMap((word) => dayOf(word) ?? []);
  return [...new Set(named)].sort();
}

// What is not wanted, in English and Welsh: "no lessons", "don't message me", "paid ag anfon dim byd" (north), "peidiwch â hala negeseuon" (south).
const EN_NONE = String.raw`(?:${[
  String.raw`(?:no|not|none|nothing)(?:\s+(?:lessons?|messages?|nudges?|reminders?|notifications?))?`,
  String.raw`(?:don['’]?t|do\s+not|never)\s+(?:send|message|msg|nudge|remind|ping|bother|disturb|text|contact)(?:\s+me)?(?:\s+(?:anything|any\s+(?:lessons?|messages?)|lessons?|messages?))?`,
  String.raw`(?:i\s+)?(?:don['’]?t|do\s+not)\s+want\s+(?:any\s+)?(?:lessons?|messages?|nudges?|anything)`,
].join('|')})`;
const CY_NONE = String.raw`(?:${[
  String.raw`dim|ddim|(?:paid|peidiwch)\s+(?:â|a|ag)\s+(?:anfon|danfon|hala|gyrru)`,
  String.raw`(?:dw\s*i|dwi|dydw\s+i)\s+ddim\s+(?:isio|eisiau|moyn|am\s+gael)`,
].join('|')})(?:\s+(?:byd|dim\s+byd|gwersi|gwers|negeseuon|neges))?(?:\s+(?:ata\s+i|i\s+mi|i\s+fi))?`;
const WEEKEND = String.raw`(?:the\s+)?week\s*ends?`;
const PENWYTHNOS = String.raw`(?:y\s+)?penwythnos(?:au)?`;

type DaysRead = { readonly days: readonly number[] } | { readonly without: readonly number[] };
const ALL = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS = [1, 2, 3, 4, 5];
const WEEKEND_DAYS = [6, 7];

type Said = 'en' | 'cy';
const DAYS_SAID: readonly [Said, RegExp, (...named: string[]) => DaysRead][] = [
  // Weekdays only.
  [
    'en',
    rule(
      String.raw`(?:(?:lessons?|nudges?|messages?)\s+)?(?:on\s+)?(?:weekdays?|week\s*days|working\s+days|work\s*days)\s+only`,
      String.raw`(?:only|just)\s+(?:on\s+)?(?:weekdays|week\s*days|working\s+days|work\s*days)`,
      String.raw`(?:only\s+)?mon(?:day)?\s*(?:to|-|–|till|through|thru)\s*fri(?:day)?(?:\s+only)?`,
      String.raw`${EN_NONE}\s+(?:on|at|over|during)\s+${WEEKEND}`,
      String.raw`(?:no|not)\s+(?:on\s+)?weekends?`,
      String.raw`no\s+weekend\s+(?:lessons?|messages?|nudges?|reminders?)`,
      String.raw`weekends?\s+off`,
      String.raw`(?:skip|exclude)\s+${WEEKEND}`,
    ),
    () => ({ days: WEEKDAYS }),
  ],
  [
    'cy',
    rule(
      String.raw`(?:dim\s+ond|ond)\s+(?:ar\s+)?(?:dd?yddiau|diwrnodau)(?:['’]?r\s+wythnos|\s+gwaith)`,
      String.raw`(?:ar\s+)?(?:dd?yddiau|diwrnodau)(?:['’]?r\s+wythnos|\s+gwaith)\s+yn\s+unig`,
      String.raw`(?:dd?ydd\s+)?llun\s+(?:i|tan|hyd)\s+(?:dd?ydd\s+)?gwener(?:\s+yn\s+unig)?`,
      String.raw`${CY_NONE}\s+(?:ar|dros|yn\s+ystod)\s+${PENWYTHNOS}`,
      String.raw`dim\s+(?:gwersi\s+)?penwythnos(?:au)?`,
      String.raw`heb\s+${PENWYTHNOS}`,
    ),
    () => ({ days: WEEKDAYS }),
  ],
  // Every day, or weekends only.
  [
    'en',
    rule(
      String.raw`every\s*day(?:\s+(?:including|incl|inc|and)\s+${WEEKEND})?`,
      String.raw`(?:7|seven)\s+days(?:\s+a\s+week)?`,
      String.raw`(?:include|including|add|and)\s+${WEEKEND}`,
      String.raw`(?:(?:lessons?\s+)?(?:on|at)\s+)?${WEEKEND}\s+(?:too|as\s+well)`,
    ),
    () => ({ days: ALL }),
  ],
  [
    'cy',
    rule(
      String.raw`bob\s+dydd(?:\s+gan\s+gynnwys\s+${PENWYTHNOS})?`,
      String.raw`saith\s+diwrnod(?:\s+yr\s+wythnos)?`,
      String.raw`(?:ar\s+)?${PENWYTHNOS}\s+hefyd`,
      String.raw`gan\s+gynnwys\s+${PENWYTHNOS}`,
    ),
    () => ({ days: ALL }),
  ],
  ['en', rule(String.raw`(?:only|just)\s+(?:on\s+|at\s+)?${WEEKEND}|weekends?\s+only`), () => ({ days: WEEKEND_DAYS })],
  ['cy', rule(String.raw`(?:dim\s+ond|ond)\s+(?:ar\s+)?${PENWYTHNOS}|(?:ar\s+)?${PENWYTHNOS}\s+yn\s+unig`), () => ({ days: WEEKEND_DAYS })],
  // Not on some days, or only on some.
  ['en', rule(String.raw`${EN_NONE}\s+on\s+${EN_DAYS_SAID}`), (named) => ({ without: daysIn(named) })],
  // The learner's days off said ("my days off are Tuesday and Thursday", "I don't work Mondays", "dw i ddim yn gweithio ar ddydd Llun").
  [
    'en',
    rule(String.raw`(?:my\s+(?:days?\s+off|rest\s+days?|non[\s-]?working\s+days?)\s+(?:are|is)(?:\s+usually|\s+always)?|i\s+(?:don['’]?t|do\s+not|never)\s+work(?:\s+on)?|i['’]?m\s+(?:always|usually)\s+off(?:\s+on)?|i\s+am\s+(?:always|usually)\s+off(?:\s+on)?)\s+${EN_DAYS_SAID}`),
    (named) => ({ without: daysIn(named) }),
  ],
  ['cy', rule(String.raw`(?:(?:dw\s*i|dwi|dydw\s+i)\s+(?:ddim|byth)\s+yn\s+gweithio(?:\s+ar)?|fy\s+nyddiau\s+(?:i\s+)?(?:i\s+ffwrdd|rhydd)\s+(?:yw|ydy))\s+${CY_DAYS_SAID}`), (named) => ({ without: daysIn(named) })],
  // The days the learner works ("I only work Mondays and Wednesdays", "I work Tuesday, Wednesday and Friday").
  ['en', rule(String.raw`i\s+(?:only\s+)?work(?:\s+on)?\s+${EN_DAYS_SAID}(?:\s+only)?`), (named) => ({ days: daysIn(named) })],
  ['cy', rule(String.raw`(?:dw\s*i|dwi)(?:['’]n|\s+yn)\s+gweithio(?:\s+ar)?\s+${CY_DAYS_SAID}(?:\s+yn\s+unig)?`), (named) => ({ days: daysIn(named) })],
  ['cy', rule(String.raw`${CY_NONE}\s+(?:ar\s+)?${CY_DAYS_SAID}`), (named) => ({ without: daysIn(named) })],
  [
    'en',
    rule(
      String.raw`(?:only|just)\s+(?:on\s+)?${EN_DAYS_SAID}`,
      String.raw`(?:(?:lessons?\s+)?on\s+)?${EN_DAYS_SAID}\s+only`,
    ),
    (...named) => ({ days: daysIn(named.find(Boolean)!) }),
  ],
  [
    'cy',
    rule(
      String.raw`(?:dim\s+ond|ond)\s+(?:ar\s+)?${CY_DAYS_SAID}`,
      String.raw`(?:ar\s+)?${CY_DAYS_SAID}\s+yn\s+unig`,
    ),
    (...named) => ({ days: daysIn(named.find(Boolean)!) }),
  ],
];

// A time of day as said for quiet hours: "10pm", "22:00", "7.30am", "10", "10yh", "7 y bore", "midnight", "canol nos".
const HALF_OF_DAY = String.raw`\s*(?:am|pm|a\.m\.?|p\.m\.?|yb|yh|y\.b\.?|y\.h\.?)`;
const PART_OF_DAY = String.raw`\s+(?:y\s+bore|yn\s+y\s+bore|yr\s+hwyr|y\s+nos|gyda['’]r\s+nos|in\s+the\s+(?:morning|evening)|at\s+night|o['’]?\s?clock|o['’]r\s+gloch)`;
const TIME = String.raw`(?:\d{1,2}(?:[:.]\d{2})?(?:${HALF_OF_DAY})?(?:${PART_OF_DAY})?|midnight|noon|midday|canol\s*nos|hanner\s+nos|canol\s*dydd|hanner\s+dydd)`;
const TO = String.raw`\s*(?:to|-|–|until|till|til|through|and|i|tan|hyd|a|ac)\s*`;

// A part of the day said with a bare hour ("7 y bore", "10 yr hwyr", "9 at night").
const DAY_PART = /\b(?:y\s+bore|yn\s+y\s+bore|yr\s+hwyr|y\s+nos|gyda['’]r\s+nos|in\s+the\s+(?:morning|evening)|at\s+night)$/;

/** A quiet-hours time as HH:MM; a bare hour is taken as night-time: "from 10" is 22:00, "until 7" 07:00. */
function quietTime(said: string, part: 'start' | 'end'): string | undefined {
  if (/^(?:midnight|canol\s*nos|hanner\s+nos)$/.test(said)) return '00:00';
  const spoken = spokenTime(said) ?? (DAY_PART.test(said) ? spokenTime(`at ${said}`) : undefined);
  if (spoken) return spoken;
  const bare = /^(\d{1,2})(?:\s+(?:o['’]?\s?clock|o['’]r\s+gloch))?$/.exec(said);
  if (!bare || Number(bare[1]) > 23) return undefined;
  const hour = Number(bare[1]);
  const h = part === 'start' && hour === 12 ? 0 : part === 'start' && hour >= 5 && hour <= 11 ? hour + 12 : hour;
  return `${String(h).padStart(2, '0')}:00`;
}

const QUIET_SAID: readonly [Said, RegExp, 'between' | 'after' | 'before'][] = [
  [
    'en',
    rule(
      String.raw`(?:(?:set|change|make|put)\s+(?:my\s+|the\s+)?)?quiet\s+(?:hours?|time|times|period)(?:\s+(?:to\s+be|to|should\s+be|is|are|from|between|of))?\s*:?\s*(${TIME})${TO}(${TIME})`,
    ),
    'between',
  ],
  ['en', rule(String.raw`(?:${EN_NONE}|quiet|do\s+not\s+disturb|dnd)\s+(?:from|between)\s+(${TIME})${TO}(${TIME})`), 'between'],
  ['en', rule(String.raw`(?:${EN_NONE}|quiet)\s+(?:after|past|later\s+than)\s+(${TIME})`), 'after'],
  ['en', rule(String.raw`(?:${EN_NONE}|quiet)\s+(?:before|earlier\s+than)\s+(${TIME})`), 'before'],
  ['cy', rule(String.raw`(?:(?:gosod|newid)\s+(?:fy\s+|yr\s+)?)?oriau\s+tawel(?:\s+(?:o|rhwng|yw|ydy|i\s+fod))?\s*:?\s*(${TIME})${TO}(${TIME})`), 'between'],
  ['cy', rule(String.raw`${CY_NONE}\s+(?:o|rhwng)\s+(${TIME})${TO}(${TIME})`), 'between'],
  ['cy', rule(String.raw`${CY_NONE}\s+(?:ar\s+[oô]l|wedi)\s+(${TIME})`), 'after'],
  ['cy', rule(String.raw`${CY_NONE}\s+cyn\s+(${TIME})`), 'before'],
];
// Night-time by default, for a quiet time said from one end: "after 9pm" is 21:00 to 07:00, "before 8am" 22:00 to 08:00.
const NIGHT = { start: '22:00', end: '07:00' };

function quietHoursIn(said: string): { readonly language: Said; readonly start: string; readonly end: string } | undefined {
  for (const [language, pattern, kind] of QUIET_SAID) {
    const match = pattern.exec(said);
    if (!match) continue;
    if (kind === 'between') {
      const [start, end] = [quietTime(match[1], 'start'), quietTime(match[2], 'end')];
      return start && end && start !== end ? { language, start, end } : undefined;
    }
    const time = quietTime(match[1], kind === 'after' ? 'start' : 'end');
    if (kind === 'after') return time && time >= '12:00' ? { language, start: time, end: NIGHT.end } : undefined;
    return time && time <= '12:00' && time !== '00:00' ? { language, start: NIGHT.start, end: time } : undefined;
  }
  return undefined;
}

/** The settings command's own words, in the language a request was made in (so it is answered in that language: bot/turn.ts). */
const SAID_AS = {
  en: { settings: 'settings', days: 'days', without: 'without', quiet: 'quiet' },
  cy: { settings: 'gosodiadau', days: 'dyddiau', without: 'heb', quiet: 'oriau tawel' },
} as const;

/** `said` as the settings command with its days or quiet hours ("settings days 1,2,3,4,5"), or undefined when it says neither. */
export function settingsSaid(said: string): string | undefined {
  // Asked for by name, with nothing to fill in: the settings card.
  if (/^(?:(?:my|change|set|edit)\s+(?:my\s+|the\s+)?)?(?:quiet\s+hours|lesson\s+days|(?:which|what)\s+days)$/.test(said)) return 'settings';
  if (/^(?:(?:fy|newid|gosod)\s+(?:fy\s+|yr\s+|y\s+)?)?(?:oriau\s+tawel|diwrnodau(?:['’]r)?\s+gwersi|dyddiau['’]r\s+gwersi)$/.test(said)) return 'gosodiadau';
  for (const [language, pattern, read] of DAYS_SAID) {
    const match = pattern.exec(said);
    if (!match) continue;
    const days = read(...match.slice(1));
    const listed = 'days' in days ? days.days : days.without;
    const w = SAID_AS[language];
    return listed.length === 0 ? undefined : `${w.settings} ${w.days} ${'without' in days ? `${w.without} ` : ''}${listed.join(',')}`;
  }
  const quiet = quietHoursIn(said);
  if (!quiet) return undefined;
  const w = SAID_AS[quiet.language];
  return `${w.settings} ${w.quiet} ${quiet.start}-${quiet.end}`;
}
