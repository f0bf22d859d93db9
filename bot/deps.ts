import type { Config } from './config';
import type { Logger } from './log';
import type { Faculty } from './mentors/faculty';
import type { MentorModel } from './models/models';
import type { Stores } from './stores';
import type { Telemetry } from './telemetry/telemetry';
import type { TenantRateLimiter } from './nudges/limiter';

/** Everything the app needs from outside. Tests pass fakes; index.ts passes the real ones. */
export interface AppDeps {
  readonly config: Config;
  readonly log: Logger;
  readonly stores: Stores;
  readonly faculty: Faculty;
  /** Folder holding mentors/<id>/prompts, for the PromptManager. */
  readonly mentorsDir: string;
  readonly model: MentorModel;
  readonly clock: () => Date;
  /** Send Teams' typing indicator while a turn runs (off in tests that count activities). */
  readonly typingIndicator?: boolean;
  /** Pause between streamed updates of an answer (Teams asks for 1.5 to 2 s; tests go faster). */
  readonly streamIntervalMs?: number;
  /** The per-tenant send pacing shared by replies (bot/reply-pacing.ts) and nudges; absent: replies are not paced (TestAdapter tests). */
  readonly tenantLimiter?: TenantRateLimiter;
  /** Traces and metrics; default the global OpenTelemetry API (records nothing without an SDK). */
  readonly telemetry?: Telemetry;
}
