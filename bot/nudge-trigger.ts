import type restify from 'restify';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from './log';
import type { RunSummary } from './nudges/sweep';

/** What POST /api/nudges/run needs: the shared key, whether `at` is allowed, and the sweep itself. */
export interface NudgeTrigger {
  readonly key?: string;
  /** Outside production a request may run the sweep as of another instant (tests, demos). */
  readonly allowAt: boolean;
  /** Undefined when a sweep is already running (here or on another instance). */
  run(at?: Date): Promise<RunSummary | undefined>;
  /**
   * How long the request waits for the sweep (default 25 s). A national fan-out at 40/s takes far
   * longer than any HTTP timeout (App Service cuts requests at 230 s), so after this the answer is
   * 202 and the sweep carries on; its summary is logged as `nudge.run`.
   */
  readonly waitMs?: number;
  /** The tenants' send plans for a UTC day (GET /api/nudges/forecast). */
  forecast?(day: string): Promise<unknown>;
  /** Today's UTC date, for a forecast request without `day`. */
  today?(): string;
  /** The app's clock, which `at` is checked against; default the system clock. */
  readonly now?: () => Date;
}

/**
 * How far from now `at` may be. A sweep as of a pretend time re-plans every learner it finds due from
 * that time: a sweep a year ahead would move everyone's next nudge a year on, and real sweeps would send
 * nothing. A week either side is enough for tests and demos (a weekend, a bank holiday).
 */
export const MAX_AT_DISTANCE_DAYS = 8;

/** Compares secrets in constant time, whatever their lengths. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Reads `at` from the body: undefined when absent, a Date, or an error message for the client. */
function atOf(body: unknown, allowAt: boolean, now: Date): Date | undefined | { error: string } {
  const at = body && typeof body === 'object' && !Array.isArray(body) ? (body as { at?: unknown }).at : undefined;
  if (at === undefined) return undefined;
  if (!allowAt) return { error: '"at" is accepted only outside production; send no body to run the sweep now.' };
  const parsed = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(at) ? new Date(at) : undefined;
  if (!parsed || !Number.isFinite(parsed.getTime())) return { error: '"at" must be an ISO 8601 time, for example "2026-11-30T09:00:00Z".' };
  if (Math.abs(parsed.getTime() - now.getTime()) > MAX_AT_DISTANCE_DAYS * 86_400_000) {
    return { error: `"at" must be within ${MAX_AT_DISTANCE_DAYS} days of now (${now.toISOString()}), so a test sweep cannot move real schedules far away.` };
  }
  return parsed;
}

/** Answers 503 or 401 and returns false unless the request carries the configured x-nudge-key. */
function authorised(trigger: NudgeTrigger | undefined, req: restify.Request, res: restify.Response, log: Logger): trigger is NudgeTrigger & { key: string } {
  if (!trigger?.key) {
    res.json(503, { error: 'not_configured', message: 'Nudge operations over HTTP are off: set NUDGE_TRIGGER_KEY to turn them on.' });
    return false;
  }
  const given = req.header('x-nudge-key') ?? '';
  if (!given || !sameSecret(given, trigger.key)) {
    log.warn('nudge.trigger_unauthorized', { present: given !== '' });
    res.json(401, { error: 'unauthorized', message: 'A valid x-nudge-key header is required.' });
    return false;
  }
  return true;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** How far from today a forecast may be asked for: plans are made for the days ahead, and kept a week. */
export const FORECAST_RANGE_DAYS = 366;

/**
 * The forecast's `day` from the query, or a message for the client: one `day` parameter and nothing else, a real
 * calendar date (not 2026-02-30, which Date.parse would roll on to 2 March), within a year of today.
 */
function forecastDay(url: string | undefined, today: string): string | { error: string } {
  const params = new URL(url ?? '/', 'http://local').searchParams;
  const other = [...new Set(params.keys())].find((name) => name !== 'day');
  if (other !== undefined) return { error: `"${other}" is not a parameter here: give "day" once, such as ?day=2026-11-30, or nothing for today.` };
  const days = params.getAll('day');
  if (days.length > 1) return { error: '"day" was given more than once: give one date, such as ?day=2026-11-30.' };
  const day = days[0] ?? today;
  const parsed = DAY.test(day) ? new Date(`${day}T00:00:00Z`) : undefined;
  if (!parsed || !Number.isFinite(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) return { error: '"day" must be a real date such as 2026-11-30 (UTC).' };
  if (Math.abs(parsed.getTime() - Date.parse(`${today}T00:00:00Z`)) > FORECAST_RANGE_DAYS * 86_400_000) {
    return { error: `"day" must be within ${FORECAST_RANGE_DAYS} days of today (${today}).` };
  }
  return day;
}

/** GET /api/nudges/forecast[?day=YYYY-MM-DD]: each tenant's send plan for the day, for operations (same key as runs). */
export function nudgeForecastHandler(trigger: NudgeTrigger | undefined, log: Logger) {
  return async function forecastNudges(req: restify.Request, res: restify.Response): Promise<void> {
    if (!authorised(trigger, req, res, log) || !trigger.forecast) {
      if (trigger?.key && !trigger.forecast) res.json(503, { error: 'not_configured', message: 'No nudge forecast is available here.' });
      return;
    }
    const day = forecastDay(req.url, trigger.today?.() ?? new Date().toISOString().slice(0, 10));
    if (typeof day !== 'string') {
      res.json(400, { error: 'bad_request', message: day.error });
      return;
    }
    res.json(200, await trigger.forecast(day));
  };
}

/** POST /api/nudges/run: an external timer (or an operator) runs a nudge sweep, with the x-nudge-key header. */
export function nudgeRunHandler(trigger: NudgeTrigger | undefined, log: Logger) {
  return async function runNudges(req: restify.Request, res: restify.Response): Promise<void> {
    if (!authorised(trigger, req, res, log)) return;
    const at = atOf(req.body, trigger.allowAt, trigger.now?.() ?? new Date());
    if (at && !(at instanceof Date)) {
      res.json(400, { error: 'bad_request', message: at.error });
      return;
    }
    // A failure is logged here, whenever it comes; the caller hears only that it failed (no paths or internals).
    const running = trigger.run(at).catch((error: unknown) => {
      log.error('nudge.run_failed', { trigger: 'http', error });
      return 'failed' as const;
    });
    let timer: NodeJS.Timeout | undefined;
    const stillRunning = new Promise<'running'>((resolve) => (timer = setTimeout(() => resolve('running'), trigger.waitMs ?? 25_000)));
    const summary = await Promise.race([running, stillRunning]).finally(() => clearTimeout(timer));
    if (summary === 'running') {
      res.json(202, { status: 'running', message: 'The sweep is still running; its summary will be logged as nudge.run.' });
      return;
    }
    if (summary === 'failed') {
      res.json(500, { error: 'run_failed', message: 'The nudge sweep failed; the details are in the log as nudge.run_failed.' });
      return;
    }
    if (!summary) {
      res.json(409, { error: 'busy', message: 'A nudge sweep is already running; try again in a minute.' });
      return;
    }
    res.json(200, summary);
  };
}
