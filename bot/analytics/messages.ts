import type { Language } from '../i18n';

/**
 * The analytics views' words about when figures move on and which small counts are hidden (release.ts,
 * suppress.ts), in English and Welsh. The educator page receives them with the rest of its `educator.*`
 * words (bot/educator/page.ts); the evaluation report uses them beside the method.
 */
export const ANALYTICS_MESSAGES: Readonly<Record<Language, Readonly<Record<AnalyticsMessageKey, string>>>> = {
  en: {
    'educator.analytics.countedUntil': 'Figures count learning up to the end of {date} (UTC), the end of the last full week.',
    'educator.analytics.releaseText':
      'So that no one can tell what one person answered by looking at the figures twice, they never move live: they count learning up to the end of the last full week, and a group of one role and language moves on only in a week in which at least {min} of its learners were active. A quieter week’s learning is held back and comes in with the group’s next busier week; a group held back for two years is left out. Unanswered questions wait in the same way, by language. Within the figures, any count from 1 to {below} (how many chose an option, were right or wrong, said they were sure, finished lessons or took a step of the daily lesson) reads “too few learners”, and so does the next smallest count beside it when the hidden one could otherwise be worked out from the total: on this page, in the report and in every CSV.',
  },
  cy: {
    'educator.analytics.countedUntil': 'Mae’r ffigurau’n cyfrif dysgu hyd at ddiwedd {date} (UTC), diwedd yr wythnos lawn ddiwethaf.',
    'educator.analytics.releaseText':
      'Fel na all neb ddweud beth atebodd un person drwy edrych ar y ffigurau ddwywaith, dydyn nhw byth yn symud yn fyw: maen nhw’n cyfrif dysgu hyd at ddiwedd yr wythnos lawn ddiwethaf, a dim ond mewn wythnos pan oedd o leiaf {min} o’i ddysgwyr yn weithgar y mae grŵp o un rôl ac un iaith yn symud ymlaen. Caiff dysgu wythnos dawelach ei ddal yn ôl a daw i mewn gydag wythnos brysurach nesaf y grŵp; gadewir allan grŵp sydd wedi’i ddal yn ôl am ddwy flynedd. Mae cwestiynau heb eu hateb yn aros yn yr un ffordd, fesul iaith. O fewn y ffigurau, mae unrhyw gyfrif o 1 i {below} (faint ddewisodd opsiwn, a oedd yn gywir neu’n anghywir, a ddywedodd eu bod yn siŵr, a orffennodd wersi neu a gymerodd gam o’r wers ddyddiol) yn darllen “rhy ychydig o ddysgwyr”, a’r cyfrif lleiaf nesaf ato hefyd pan ellid fel arall gyfrifo’r un cudd o’r cyfanswm: ar y dudalen hon, yn yr adroddiad ac ym mhob CSV.',
  },
};

export type AnalyticsMessageKey = 'educator.analytics.countedUntil' | 'educator.analytics.releaseText';

/** The day learning is counted to, as the page and report write it ("Sunday 15 November 2026", "dydd Sul 15 Tachwedd 2026"). */
export function formatCountedUntil(day: string, language: Language): string {
  const format = new Intl.DateTimeFormat(language === 'cy' ? 'cy' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const date = format.format(new Date(`${day}T00:00:00Z`));
  // Mid-sentence in Welsh: "hyd at ddiwedd dydd Sul, …".
  return language === 'cy' ? date.charAt(0).toLowerCase() + date.slice(1) : date;
}

/** One of these messages with its {placeholders} filled. */
export function analyticsText(language: Language, key: AnalyticsMessageKey, vars: Record<string, string | number>): string {
  return ANALYTICS_MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
