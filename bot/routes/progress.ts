import type { Application } from '@microsoft/teams-ai';
import { renderProgress } from '../../cards/render';
import type { AppDeps } from '../deps';
import { progressOf } from '../learning/progress';
import type { HaliTurnState } from '../state';
import { sendCard } from './reply';
import { PROGRESS } from '../i18n/commands';

/** "progress": streak, lessons per mentor, mastery per topic, reviews due, and confidence against accuracy. */
export function registerProgress(app: Application<HaliTurnState>, { faculty, clock }: AppDeps): void {
  app.message(PROGRESS, async (context, state) => {
    const { learner, language } = state.temp;
    // Saved lessons no longer served (withdrawn, or not approved in production) are left out.
    const saved = learner.progress.saved.flatMap((id) =>
      faculty.mentors.flatMap((m) => m.lessons.filter((l) => l.id === id).map((l) => ({ mentorId: m.id, lessonId: l.id, title: l.title[language] }))),
    );
    await sendCard(context, renderProgress(state.temp, progressOf(learner, faculty.mentors, clock()), saved));
  });
}
