import { WEEK_OF, WEEK_OF_SPOKEN } from '../analytics/report-html';

/**
 * The tab's words added with its second browser probe, in English and Welsh (the page reads them as it reads the
 * catalogue's `educator.*` keys). The report's "w/c" and its spoken form are the evaluation report's own, so the two say the same.
 */
export const PAGE_MESSAGES = {
  en: {
    'educator.analytics.weekOf': `${WEEK_OF.en} {date}`,
    'educator.analytics.weekSpoken': `${WEEK_OF_SPOKEN.en} {date}`,
    'educator.analytics.colWeekStart': 'Week beginning',
    'educator.analytics.colIsoWeek': 'ISO week',
    'educator.analytics.opensNewTab': '(opens in a new tab)',
    'educator.analytics.downloadReport': 'Download the evaluation report',
    'educator.analytics.noChart': 'Not enough data to chart yet.',
    'educator.sessionExpired': 'Your session has expired. Select “Try again” to sign in again; if that does not work, close the tab and open it again.',
    'educator.report.expiredTitle': 'This link has expired',
    'educator.report.expired': 'Links to the evaluation report last ten minutes. Open the report again from the HALI for educators tab in Teams.',
  },
  cy: {
    'educator.analytics.weekOf': `${WEEK_OF.cy} {date}`,
    'educator.analytics.weekSpoken': `${WEEK_OF_SPOKEN.cy} {date}`,
    'educator.analytics.colWeekStart': 'Wythnos yn dechrau',
    'educator.analytics.colIsoWeek': 'Wythnos ISO',
    'educator.analytics.opensNewTab': '(yn agor mewn tab newydd)',
    'educator.analytics.downloadReport': 'Lawrlwytho’r adroddiad gwerthuso',
    'educator.analytics.noChart': 'Dim digon o ddata i’w ddangos mewn siart eto.',
    'educator.sessionExpired': 'Mae eich sesiwn wedi dod i ben. Dewiswch ‘Rhoi cynnig arall arni’ i fewngofnodi eto; os nad yw hynny’n gweithio, caewch y tab a’i agor eto.',
    'educator.report.expiredTitle': 'Mae’r ddolen hon wedi dod i ben',
    'educator.report.expired': 'Mae dolenni i’r adroddiad gwerthuso yn para deg munud. Agorwch yr adroddiad eto o’r tab HALI i addysgwyr yn Teams.',
  },
} as const;
