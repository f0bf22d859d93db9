import type { MessageKey, Translate } from '../i18n';
import { FUNNEL_STEPS } from './views';
import type { AnalyticsReport } from './service';

/** One table of the report, as text cells: the same rows feed the HTML report and the CSV downloads. */
export interface ReportTable {
  readonly name: string;
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export const TABLE_NAMES = ['items', 'options', 'misconceptions', 'calibration', 'engagement', 'weekly', 'funnel', 'by-role', 'retention', 'questions'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const pct = (value: number | null | undefined) => (value === null || value === undefined ? '' : `${(value * 100).toFixed(1)}%`);
const num = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const a = (key: string) => `educator.analytics.${key}` as MessageKey;

/** Every table of the report, in the report's order; hidden figures read "too few learners". */
export function reportTables(report: AnalyticsReport, t: Translate): ReportTable[] {
  const tooFew = t(a('tooFew'), { min: report.minCohort });
  // A figure left out (undefined) rests on too few learners; null is a figure that cannot be computed (no variance).
  const count = (value: number | undefined) => (value === undefined ? tooFew : String(value));
  const share = (value: number | null | undefined) => (value === undefined ? tooFew : pct(value));
  const col = (key: string) => t(a(`col${key}`));
  const e = report.engagement;
  const roleName = (role: string) => (role === 'unstated' ? t(a('roleUnstated')) : t(`role.${role}` as MessageKey));
  const tables: Record<TableName, Omit<ReportTable, 'name'>> = {
    items: {
      title: t(a('items')),
      head: [col('Question'), col('Attempts'), col('Learners'), col('Correct'), col('Discrimination'), col('SureWrong'), col('Flags')],
      rows: report.items.map((r) =>
        r.suppressed
          ? [r.stem, tooFew, '', '', '', '', '']
          : [
              r.stem,
              num(r.attempts),
              num(r.learners),
              share(r.pCorrect),
              r.discrimination === undefined ? tooFew : r.discrimination === null ? '' : r.discrimination.toFixed(2),
              share(r.sureButWrong),
              (r.flags ?? []).map((f) => t(a(`flag.${f}`))).join('; '),
            ],
      ),
    },
    options: {
      title: `${t(a('items'))}: ${col('Option')}`,
      head: [col('Question'), col('Option'), col('Correct'), col('Misconception'), col('Chosen'), col('Prevalence')],
      rows: report.items.flatMap((r) => (r.options ?? []).map((o) => [r.stem, o.text, o.correct ? '✓' : '', o.misconception ?? '', count(o.chosen), share(o.rate)])),
    },
    misconceptions: {
      title: t(a('misconceptions')),
      head: [col('Misconception'), col('Prevalence'), col('Chosen'), col('Answers'), col('Question'), col('Lessons')],
      rows: report.misconceptions.map((m) => [
        m.misconception,
        share(m.prevalence),
        count(m.chosen),
        count(m.answers),
        m.items.map((i) => i.stem).join(' | '),
        m.lessons.map((l) => l.title).join(' | '),
      ]),
    },
    calibration: {
      title: t(a('calibration')),
      head: [col('Topic'), col('Confidence'), col('Answers'), col('Accuracy'), col('Learners')],
      rows: report.calibration.flatMap((c) =>
        c.suppressed
          ? [[c.topicName, tooFew, '', '', '']]
          : (c.points ?? []).map((p) => [c.topicName, t(a(`confidence.${p.confidence}`)), count(p.answers), share(p.accuracy), num(c.learners)]),
      ),
    },
    engagement: {
      title: t(a('engagement')),
      head: [col('Measure'), col('Count')],
      rows: e.suppressed
        ? [[t(a('measure.learners')), tooFew]]
        : (['learners', 'lessonsStarted', 'lessonsFinished', 'answers', 'streak3', 'streak7'] as const).map((m) => [t(a(`measure.${m}`)), e[m] === null || e[m] === undefined ? tooFew : num(e[m])]),
    },
    weekly: {
      title: t(a('weekly')),
      head: [col('Week'), col('Learners')],
      rows: (e.weeklyActive ?? []).map((w) => [w.week, w.learners === null ? tooFew : num(w.learners)]),
    },
    funnel: {
      title: t(a('funnel')),
      head: [col('Measure'), col('Count')],
      rows: e.suppressed || !e.funnel ? [[t(a('step.sent')), tooFew]] : FUNNEL_STEPS.map((step) => [t(a(`step.${step}`)), count(e.funnel!.steps.find((s) => s.step === step)?.count)]),
    },
    'by-role': {
      title: t(a('byRole')),
      head: [col('Role'), col('Learners'), t(a('measure.lessonsFinished')), t(a('measure.answers'))],
      rows: report.byRole.map((r) => (r.suppressed ? [roleName(r.role), tooFew, '', ''] : [roleName(r.role), num(r.learners), count(r.lessonsFinished), count(r.answers)])),
    },
    retention: {
      title: t(a('retention')),
      head: [col('Topic'), col('Interval'), col('Probes'), col('Retained'), col('Range')],
      rows: report.retention.map((r) => {
        if (r.suppressed) return [r.topicName, String(r.intervalDays), tooFew, '', ''];
        return [r.topicName, String(r.intervalDays), num(r.probes), share(r.rate), r.rate === undefined ? '' : `${pct(r.low)} – ${pct(r.high)}`];
      }),
    },
    questions: {
      title: t(a('questions')),
      head: [col('Example'), col('Count')],
      rows: report.questions === null ? [[tooFew, '']] : report.questions.map((g) => [g.example, String(g.count)]),
    },
  };
  return TABLE_NAMES.map((name) => ({ name, ...tables[name] }));
}

/** RFC 4180 CSV; a cell starting with = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function toCsv(table: ReportTable): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [table.head, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
