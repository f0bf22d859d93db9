/**
 * A time of day as staff type or dictate it when asking for the daily lesson at another time, in English or Welsh: "7.30am",
 * "8pm", "13:00", "at 8", "half past seven in the morning", "quarter to six", "noon", "8yh", "7 y bore", "hanner awr wedi
 * saith", "canol dydd". As HH:MM, or undefined when no time is said.
 */
const NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  un: 1, dau: 2, dri: 3, tri: 3, pedwar: 4, bedwar: 4, pump: 5, bump: 5, chwech: 6, saith: 7, wyth: 8, naw: 9, deg: 10, ddeg: 10, 'un ar ddeg': 11, 'deuddeg': 12, ddeuddeg: 12,
};
const NUMBER = Object.keys(NUMBERS).sort((a, b) => b.length - a.length).join('|');
const PM = /\b(?:pm|p\.m\.?|in the (?:evening|afternoon)|tonight|at night|yh|y\.h\.?|yr hwyr|y prynhawn|yn y prynhawn|gyda['’]r nos|yn y nos)(?![\p{L}])/iu;
const AM = /\b(?:am|a\.m\.?|in the morning|yb|y\.b\.?|y bore|yn y bore)(?![\p{L}])/iu;

const pad = (n: number) => String(n).padStart(2, '0');

function withHalf(hour: number, minute: number, text: string): string | undefined {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let h = hour;
  if (h <= 12 && PM.test(text) && h !== 12) h += 12;
  if (h === 12 && AM.test(text) && !PM.test(text)) h = 0;
  return `${pad(h)}:${pad(minute)}`;
}

export function spokenTime(text: string): string | undefined {
  const said = text.toLowerCase().normalize('NFC');
  if (/\b(?:noon|midday|canol\s*dydd|hanner\s+dydd)\b/u.test(said)) return '12:00';
  // "7.30am", "19:30", "7:30 pm", "8am", "8 pm", "8yh", "7yb"
  const digits = /(?<![\d:.])(\d{1,2})(?:[:.](\d{2}))?\s*(am|a\.m\.?|pm|p\.m\.?|yh|yb|y\.h\.?|y\.b\.?)?(?![\d:.]*\d)/u.exec(said.replace(/\b(?:at|am|i|erbyn|by|to|for)\s+(?=\d)/g, ' '));
  if (digits && (digits[2] !== undefined || digits[3] !== undefined || /\b(?:at|am|erbyn|by|to|i)\s+\d/.test(said))) {
    return withHalf(Number(digits[1]), Number(digits[2] ?? 0), `${said} ${digits[3] ?? ''}`);
  }
  // "half past seven", "quarter past 6", "quarter to eight", "hanner awr wedi saith", "chwarter wedi chwech", "chwarter i wyth"
  const words = new RegExp(String.raw`\b(half|quarter|hanner awr|chwarter)\s+(past|to|wedi|i)\s+(\d{1,2}|${NUMBER})\b`, 'u').exec(said);
  if (words) {
    const hour = /^\d+$/.test(words[3]) ? Number(words[3]) : NUMBERS[words[3]];
    const minutes = words[1].startsWith('h') ? 30 : 15;
    const before = words[2] === 'to' || words[2] === 'i';
    return before ? withHalf((hour + 23) % 24, 60 - minutes, said) : withHalf(hour, minutes, said);
  }
  // "seven o'clock", "at eight", "am saith (o'r gloch)"
  const hourOnly = new RegExp(String.raw`\b(?:at|am|erbyn)\s+(${NUMBER})\b|\b(${NUMBER})\s+(?:o['’]?\s?clock|o['’]r\s+gloch)`, 'u').exec(said);
  if (hourOnly) return withHalf(NUMBERS[hourOnly[1] ?? hourOnly[2]], 0, said);
  return undefined;
}
