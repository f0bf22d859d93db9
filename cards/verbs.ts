/**
 * Every card action verb, shared by templates (as `data.verb` or `verb`) and routes.
 * A test proves each verb used in a template has a route.
 */
export const Verbs = {
  /** Action.Submit: show the help card. */
  showHelp: 'help.show',
  /** Action.Submit: ask the mentor the question in `data.question`. */
  ask: 'mentor.ask',
  /** Action.Execute: switch the learner's language to `data.language`; the card refreshes in place. */
  setLanguage: 'language.set',
  /** Action.Submit: the lesson in `data.lessonId` of `data.mentorId` is done; show the next one. */
  lessonDone: 'lesson.done',
  /** Action.Submit: the next lesson (optionally of `data.mentorId`), skipping any due review. */
  lessonNext: 'lesson.next',
  /** Action.Submit: keep the lesson in `data.lessonId` of `data.mentorId` to read later. */
  lessonSave: 'lesson.save',
  /** Action.Submit: the path card for `data.mentorId`, around the lesson in `data.lessonId` when it is still to do. */
  lessonPath: 'lesson.path',
  /** Action.Submit: open the saved lesson `data.lessonId` of `data.mentorId` (a button on the progress card). */
  lessonOpen: 'lesson.open',
  /** Action.Submit: a quiz question (for `data.lessonId` of `data.mentorId` when given). */
  quizStart: 'quiz.start',
  /** Action.Execute: answer `data.optionId` to the question `data.itemId` issued with `data.nonce`; the card shows the result. */
  quizAnswer: 'quiz.answer',
  /** Action.Submit: the next question as a new card, so the feedback above it stays (cards sent before kept Action.Execute). */
  quizNext: 'quiz.next',
  /** Action.Execute: set the daily goal to `data.goal` ('lesson' or 'questions'); the progress card refreshes in place. */
  setGoal: 'goal.set',
  /** Action.Submit: the explainer `data.explainerId` of `data.mentorId` said more simply. */
  followUpSimpler: 'followup.simpler',
  /** Action.Submit: an example of the explainer `data.explainerId` from the learner's role. */
  followUpExample: 'followup.example',
  /** Action.Submit: what to read next after the explainer `data.explainerId`: related lessons, explainers and sources. */
  followUpReadNext: 'followup.readNext',
  /** Action.Submit: show the settings card. */
  showSettings: 'settings.show',
  /** Action.Execute: save the settings inputs (role, language, nudges, nudgeTime). */
  saveSettings: 'settings.save',
  /** Action.Execute: stop reporting the learner's learning (and drop what is queued); the card refreshes. */
  reportingOff: 'record.reporting.off',
  /** Action.Execute: report the learner's learning again; the card refreshes. */
  reportingOn: 'record.reporting.on',
  /** Action.Submit: the CPD summary of the last 30 days. */
  showCpd: 'cpd.show',
  /** Action.Execute: confirm "forget me"; `data.nonce` must match the one issued with the card. */
  confirmForget: 'privacy.forget.confirm',
  /** Action.Execute: cancel "forget me". */
  cancelForget: 'privacy.forget.cancel',
  /** Action.Execute: reveal the case's next stage; `data.stage` is the stage the card showed, so a stale press changes nothing. */
  caseReveal: 'case.reveal',
  /** Action.Submit: the current stage's hint, posted to the thread. */
  caseHint: 'case.hint',
  /** Action.Submit: what the team has covered so far, posted to the thread. */
  caseSummary: 'case.summary',
  /** Action.Execute: send today's nudge again in an hour. */
  nudgeSnooze: 'nudge.snooze',
  /** Action.Submit: just the daily lesson's time, on a small card of its own ("Change time" on a nudge). */
  nudgeTime: 'nudge.time',
  /** Action.Execute: no more nudges today. */
  nudgeSkipToday: 'nudge.skipToday',
  /** Action.Execute: "No thanks" to the daily lesson (turns it off). */
  nudgesOff: 'nudge.off',
} as const;

export type Verb = (typeof Verbs)[keyof typeof Verbs];
