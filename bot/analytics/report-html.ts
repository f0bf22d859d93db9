import type { Language, MessageKey, Translate } from '../i18n';
import { analyticsText, formatCountedUntil } from './messages';
import { startOfIsoWeek } from './release';
import type { AnalyticsReport } from './service';
import { reportTables } from './tables';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** "Week commencing", shortened as people write it before a date: "w/c 2 Nov 2026", "w/d 2 Tach 2026". */
export const WEEK_OF: Readonly<Record<Language, string>> = { en: 'w/c', cy: 'w/d' };

/** The same in full, as a screen reader should say it ("w/c" is read letter by letter): "week commencing 2 November 2026". */
export const WEEK_OF_SPOKEN: Readonly<Record<Language, string>> = { en: 'week commencing', cy: 'wythnos yn dechrau' };

const isIsoWeek = (week: string) => /^\d{4}-W\d{2}$/.test(week);
const mondayAs = (week: string, language: Language, month: 'short' | 'long') =>
  new Intl.DateTimeFormat(language === 'cy' ? 'cy' : 'en-GB', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(new Date(startOfIsoWeek(week)));

/** An ISO week ("2026-W45") as a person reads it: the Monday it begins, "w/c 2 Nov 2026" or "w/d 2 Tach 2026". Anything else is left as it is. */
export function weekBeginning(week: string, language: Language): string {
  return isIsoWeek(week) ? `${WEEK_OF[language]} ${mondayAs(week, language, 'short')}` : week;
}

/** The same week as it is said: "week commencing 2 November 2026", "wythnos yn dechrau 2 Tachwedd 2026". */
export function weekBeginningSpoken(week: string, language: Language): string {
  return isIsoWeek(week) ? `${WEEK_OF_SPOKEN[language]} ${mondayAs(week, language, 'long')}` : week;
}

/** A week's table cell: shown short, and said in full in its place (the short form hidden from screen readers). */
const weekCell = (week: string, language: Language) =>
  isIsoWeek(week)
    ? `<td><span aria-hidden="true">${escapeHtml(weekBeginning(week, language))}</span><span class="vh">${escapeHtml(weekBeginningSpoken(week, language))}</span></td>`
    : `<td>${escapeHtml(week)}</td>`;

/** A month ("2026-11") or a moment as the report's reader reads it: "November 2026", "Tachwedd 2026", "16 November 2026". */
function readable(when: string | Date, language: Language): string {
  const format = (options: Intl.DateTimeFormatOptions, date: Date) => new Intl.DateTimeFormat(language === 'cy' ? 'cy' : 'en-GB', { ...options, timeZone: 'UTC' }).format(date);
  if (when instanceof Date) return format({ day: 'numeric', month: 'long', year: 'numeric' }, when);
  return /^\d{4}-\d{2}$/.test(when) ? format({ month: 'long', year: 'numeric' }, new Date(`${when}-01T12:00:00Z`)) : when;
}

/** The report page allows no script at all; its only style is the inline sheet below. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem;max-width:70rem;color:#242424}
table{border-collapse:collapse;margin:0 0 1.5rem;width:100%}th,td{border:1px solid #d1d1d1;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f5}caption{text-align:left;font-weight:600;padding:.4rem 0}p.method{max-width:60rem;line-height:1.45}
.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}`;

/**
 * The evaluation report as one self-contained HTML page (print it or hand it on): the mentor, the
 * period and filters, the cohort size, the method in plain words, and every table. All text is escaped.
 */
export function reportHtml(report: AnalyticsReport, language: Language, t: Translate, generatedAt: Date): string {
  const a = (key: string, vars?: Record<string, string | number>) => t(`educator.analytics.${key}` as MessageKey, vars);
  const { filters } = report;
  const filterLine = [
    `${t('educator.filter.mentor')}: ${report.mentor.name}`,
    `${a('filterPeriod')}: ${filters.period === 'all' ? a('allTime') : readable(filters.period, language)}`,
    `${a('filterRole')}: ${filters.role ? (filters.role === 'unstated' ? a('roleUnstated') : t(`role.${filters.role}` as MessageKey)) : a('allRoles')}`,
    `${a('filterLanguage')}: ${filters.language ? a(filters.language === 'cy' ? 'languageCy' : 'languageEn') : a('allLanguages')}`,
  ].join(' · ');
  const cohort = report.cohortSize === null ? a('tooFew', { min: report.minCohort }) : a('cohortSize', { count: report.cohortSize });
  const tables = reportTables(report, t)
    .map((table) => {
      const head = `<tr>${table.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>`;
      // The weekly table's weeks read as dates, shown short and said in full.
      const cell = (c: string, i: number) => (table.name === 'weekly' && i === 0 ? weekCell(c, language) : `<td>${escapeHtml(c)}</td>`);
      const rows = table.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n');
      return `<table id="${table.name}"><caption>${escapeHtml(table.title)}</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><title>${escapeHtml(`${a('report')}: ${report.mentor.name}`)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(`${a('report')}: ${report.mentor.name}`)}</h1>
<p>${escapeHtml(filterLine)}</p>
<p><strong>${escapeHtml(cohort)}</strong> · ${escapeHtml(readable(generatedAt, language))}</p>
<p id="counted-until">${escapeHtml(analyticsText(language, 'educator.analytics.countedUntil', { date: formatCountedUntil(report.countedUntil, language) }))}</p>
<h2>${escapeHtml(a('method'))}</h2>
<p class="method">${escapeHtml(a('methodText', { min: report.minCohort }))}</p>
<p class="method" id="release">${escapeHtml(analyticsText(language, 'educator.analytics.releaseText', { min: report.minCohort, below: report.minCohort - 1 }))}</p>
${tables}
</body>
</html>`;
}
