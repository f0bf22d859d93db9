import type { ContentGovernance } from '../content/governance';
import type { FeedbackLog } from '../store/feedback';
import type { AnalyticsWorkspace } from './analytics-routes';
import type { EducatorAuth } from './auth';
import type { SourceFacts } from './detail';

/** Everything the educator workspace needs; built in index.ts (and the test helper) beside the bot. */
export interface EducatorWorkspace {
  readonly auth: EducatorAuth;
  readonly governance: ContentGovernance;
  readonly facts: SourceFacts;
  readonly feedback: FeedbackLog;
  readonly clock: () => Date;
  /** Folder holding the built page assets (web/dist). */
  readonly assetsDir: string;
  /** Cohort analytics (issue 18): the aggregates and the smallest cohort shown. */
  readonly analytics: AnalyticsWorkspace;
}
