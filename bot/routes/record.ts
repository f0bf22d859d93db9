import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderCpd, renderRecord, type RecordView } from '../../cards/render-record';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { CPD, MY_RECORD } from '../i18n/commands';
import { localDate } from '../learning/streak';
import { cpdSummary, parsePeriod } from '../reporting/cpd';
import { reportingOn } from '../reporting/outbox';
import { changeLearner, type HaliTurnState } from '../state';
import { onCardAction, refusedOutsidePersonalChat, sendCard } from './reply';


/** Recent records shown on the card. */
const RECENT = 8;

/**
 * "my record": what HALI has reported about the learner and where, with reporting on or off; and
 * "cpd": the learning of any period with minutes and sources, for revalidation. Personal chat only.
 */
export function registerRecord(app: Application<HaliTurnState>, { stores, config, faculty, clock }: AppDeps): void {
  const recordView = async (state: HaliTurnState): Promise<RecordView> => {
    const { learner } = state.temp;
    const reported = state.temp.loaded?.etag ? await stores.reported.list(learner.id) : [];
    return {
      lrsHost: config.reporting.xapi ? new URL(config.reporting.xapi.endpoint).host : undefined,
      viva: !!config.reporting.viva,
      reportingOn: reportingOn(learner),
      sent: reported.filter((r) => r.outcome === 'accepted').length,
      queued: learner.outbox?.length ?? 0,
      recent: reported.slice(-RECENT).reverse().map((r) => ({ verb: r.verb, name: r.name, at: r.at, refused: r.outcome === 'refused' })),
    };
  };

  app.message(MY_RECORD, async (context, state) => {
    if (await refusedOutsidePersonalChat(context, state, { en: 'my record', cy: 'fy nghofnod' })) return;
    await sendCard(context, renderRecord(state.temp, await recordView(state)));
  });

  const setReporting = (on: boolean) => async (_context: TurnContext, state: HaliTurnState) => {
    const dropped = on ? 0 : (state.temp.learner.outbox?.length ?? 0);
    changeLearner(state, (l) => ({ ...l, preferences: { ...l.preferences, reporting: on } }));
    // The outbox empties when this turn's write applies the reporting rule; show it as it will be.
    const view = { ...(await recordView(state)), queued: on ? (state.temp.learner.outbox?.length ?? 0) : 0 };
    return renderRecord(state.temp, { ...view, notice: state.temp.t(on ? 'record.turnedOn' : 'record.turnedOff', { count: dropped }) });
  };
  onCardAction(app, Verbs.reportingOff, setReporting(false));
  onCardAction(app, Verbs.reportingOn, setReporting(true));

  const showCpd = async (context: TurnContext, state: HaliTurnState, args: string) => {
    if (await refusedOutsidePersonalChat(context, state, { en: 'cpd', cy: 'dpp' })) return;
    const { t, learner } = state.temp;
    const period = parsePeriod(args, localDate(clock(), learner.preferences.timeZone));
    if (!period) return void (await context.sendActivity(t('cpd.invalid')));
    const events = state.temp.loaded?.etag ? await stores.events.list(learner.id) : [];
    await sendCard(context, renderCpd(state.temp, cpdSummary(events, learner, faculty.mentors, period), period, config.retentionDays));
  };
  app.message(CPD, async (context, state) => showCpd(context, state, CPD.exec((context.activity.text ?? '').trim())?.[1] ?? ''));
  app.adaptiveCards.actionSubmit(Verbs.showCpd, async (context, state) => showCpd(context, state, ''));
}
