import type restify from 'restify';
import { filterProblem, MONTH_WINDOW, ROLE_FILTERS, type Filters } from '../analytics/cohort';
import { ALL_TIME } from '../analytics/contribution';
import { escapeHtml, REPORT_CSP, reportHtml } from '../analytics/report-html';
import { buildReport, type AnalyticsReader } from '../analytics/service';
import { startOfIsoWeek } from '../analytics/release';
import { reportTables, TABLE_NAMES, toCsv, type ReportTable, type TableName } from '../analytics/tables';
import { LANGUAGES, translator, type Language, type MessageKey } from '../i18n';
import type { Mentor } from '../mentors/types';
import type { EducatorRole } from './auth';
import { jsonBody } from '../json-body';
import { queryValue, requireEducator, WORKSPACE_BODY_BYTES, WorkspaceError } from './guard';
import { mentorLabel } from './mentor-label';
import { PAGE_MESSAGES } from './page-messages';
import { ReportLinks } from './report-links';

/** What the analytics APIs read: the aggregates, the mentors and the smallest cohort shown. */
export interface AnalyticsWorkspace {
  readonly reader: AnalyticsReader;
  readonly mentors: readonly Mentor[];
  readonly minCohort: number;
  readonly clock: () => Date;
}

type Guarded = (handler: Parameters<typeof requireEducator>[2], roles?: readonly EducatorRole[]) => ReturnType<typeof requireEducator>;

/** Cohort figures are for educators only (not for Welsh-language reviewers as such). */
const ROLES: readonly EducatorRole[] = ['educator'];

/** The faculty's default mentor (HALI) first, as everywhere mentors are listed. */
const byDefaultFirst = (mentors: readonly Mentor[]) => [...mentors].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));

/** The choices the filters offer, labelled in `lang`: mentors, roles, learners' languages and the last twelve months. */
export function filterChoices(analytics: AnalyticsWorkspace, lang: Language) {
  const t = translator(lang);
  const now = analytics.clock();
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).toISOString().slice(0, 7));
  return {
    mentors: byDefaultFirst(analytics.mentors).map((m) => ({ id: m.id, label: mentorLabel(m, lang) })),
    roles: ROLE_FILTERS.map((id) => ({ id, label: id === 'unstated' ? t('educator.analytics.roleUnstated') : t(`role.${id}` as MessageKey) })),
    languages: [
      { id: 'en', label: t('educator.analytics.languageEn') },
      { id: 'cy', label: t('educator.analytics.languageCy') },
    ],
    periods: months.map((id) => ({ id, label: monthName(id, lang) })),
    minCohort: analytics.minCohort,
  };
}

/** "2026-11" as "November 2026" or "Tachwedd 2026": the period filter reads in the page's language. */
function monthName(month: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'cy' ? 'cy' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T12:00:00Z`));
}

/** Reads and checks the query: a bad value is a 400 that names it, never a query for something else. */
export function parseAnalyticsQuery(query: Record<string, unknown>, mentors: readonly Mentor[], now: Date): { mentor: Mentor; filters: Filters; display: Language } {
  const text = (name: string) => {
    const value = queryValue(query, name);
    return value !== undefined && value !== '' && value !== 'all' ? value : undefined;
  };
  const mentorId = text('mentor') ?? byDefaultFirst(mentors)[0]?.id;
  const mentor = mentors.find((m) => m.id === mentorId);
  if (!mentor) throw new WorkspaceError(400, 'bad_mentor', `mentor must be one of ${mentors.map((m) => m.id).join(', ')}.`);
  const filters: Filters = { mentorId: mentor.id, period: text('period') ?? ALL_TIME, role: text('role'), language: text('language') };
  const problem = filterProblem(filters, now);
  if (problem) throw new WorkspaceError(400, `bad_${problem}`, problem === 'period' ? `period must be "all" or a month of the last ${MONTH_WINDOW} written YYYY-MM.` : `${problem} is not one HALI knows.`);
  const lang = text('lang') ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw new WorkspaceError(400, 'bad_lang', 'lang must be en or cy.');
  return { mentor, filters, display: lang as Language };
}

/**
 * GET /api/educator/analytics/filters (the filters' choices), /report (JSON: every view), /report.html (the evaluation report) and
 * /report.csv?table=... (one table), all behind the workspace's own guard with the educator role; POST /report-link makes a
 * short-lived link, /educator/report/<id>, that opens the report in a browser tab of its own (see ReportLinks).
 * Every response holds cohort figures only: no learner id, name or per-person row leaves the server.
 */
export function registerAnalyticsRoutes(server: restify.Server, analytics: AnalyticsWorkspace, guarded: Guarded): void {
  const load = async (query: unknown) => {
    const { mentor, filters, display } = parseAnalyticsQuery((query ?? {}) as Record<string, unknown>, analytics.mentors, analytics.clock());
    return { report: await buildReport(analytics.reader, mentor, filters, analytics.minCohort, display, analytics.clock()), display };
  };
  const sendReport = async (res: restify.Response, query: unknown) => {
    const { report, display } = await load(query);
    const html = reportHtml(report, display, translator(display), analytics.clock());
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': REPORT_CSP, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'Content-Length': Buffer.byteLength(html) });
    res.end(html);
  };
  const links = new ReportLinks(analytics.clock);

  server.get('/api/educator/analytics/filters', guarded(async (req, res) => {
    res.json(200, filterChoices(analytics, queryValue(req.query, 'lang') === 'cy' ? 'cy' : 'en'));
  }, ROLES));

  server.get('/api/educator/analytics/report', guarded(async (req, res) => {
    const { report, display } = await load(req.query);
    res.setHeader('Cache-Control', 'no-store');
    // The tables as the CSV and HTML report have them, in the page's language: the charts' text twins.
    res.json(200, { ...report, tables: reportTables(report, translator(display)) });
  }, ROLES));

  server.get('/api/educator/analytics/report.html', guarded(async (req, res) => sendReport(res, req.query), ROLES));

  // The report to read in a tab of its own: the signed-in page asks for a link (the filters checked now), then opens it.
  server.post('/api/educator/analytics/report-link', jsonBody({ maxBytes: WORKSPACE_BODY_BYTES }), guarded(async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const query = Object.fromEntries(['mentor', 'period', 'role', 'language', 'lang'].flatMap((name) => (typeof body[name] === 'string' ? [[name, body[name] as string]] : [])));
    parseAnalyticsQuery(query, analytics.mentors, analytics.clock());
    res.json(200, { url: `/educator/report/${links.create(query)}` });
  }, ROLES));

  server.get('/educator/report/:id', async (req, res) => {
    const query = links.open(String(req.params.id ?? ''));
    if (query && query !== 'expired') return sendReport(res, query);
    const html = lapsedPage();
    res.writeHead(query === 'expired' ? 410 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': REPORT_CSP, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(html) });
    res.end(html);
  });

  server.get('/api/educator/analytics/report.csv', guarded(async (req, res) => {
    const name = queryValue(req.query, 'table');
    if (!TABLE_NAMES.includes(name as TableName)) throw new WorkspaceError(400, 'bad_table', `table must be one of ${TABLE_NAMES.join(', ')}.`);
    const { report, display } = await load(req.query);
    const table = reportTables(report, translator(display)).find((t) => t.name === name)!;
    const csv = '\uFEFF' + toCsv(name === 'weekly' ? withWeekStart(table, display) : table);
    const file = `hali-${report.mentor.id}-${report.filters.period}-${name}.csv`;
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(csv),
    });
    res.end(csv);
  }, ROLES));
}

/**
 * The weekly table as a spreadsheet reads it: each week's first day (the Monday, 2026-11-02, a date every spreadsheet
 * reads) before its ISO week (2026-W45, kept for machines), headed in the educator's language.
 */
export function withWeekStart(table: ReportTable, lang: Language): ReportTable {
  const words = PAGE_MESSAGES[lang];
  const day = (week: string) => (/^\d{4}-W\d{2}$/.test(week) ? new Date(startOfIsoWeek(week)).toISOString().slice(0, 10) : '');
  return {
    ...table,
    head: [words['educator.analytics.colWeekStart'], words['educator.analytics.colIsoWeek'], ...table.head.slice(1)],
    rows: table.rows.map(([week, ...rest]) => [day(week), week, ...rest]),
  };
}

/** What a lapsed or unknown report link shows, in Welsh and English (the link may be opened by anyone, in any language). */
function lapsedPage(): string {
  const part = (lang: 'cy' | 'en') => `<section lang="${lang}"><h1>${escapeHtml(PAGE_MESSAGES[lang]['educator.report.expiredTitle'])}</h1><p>${escapeHtml(PAGE_MESSAGES[lang]['educator.report.expired'])}</p></section>`;
  return `<!doctype html>\n<html lang="cy"><head><meta charset="utf-8"><title>${escapeHtml(`${PAGE_MESSAGES.cy['educator.report.expiredTitle']} / ${PAGE_MESSAGES.en['educator.report.expiredTitle']}`)}</title></head>\n<body>${part('cy')}${part('en')}</body></html>`;
}
