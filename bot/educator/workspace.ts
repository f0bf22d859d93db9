import { ClosedMonthReader } from '../analytics/closed-months';
import { join } from 'node:path';
import type { Config } from '../config';
import { ContentGovernance } from '../content/governance';
import type { Mentor } from '../mentors/types';
import type { Stores } from '../stores';
import { createEducatorAuth } from './auth';
import { readSourceFacts } from './facts';
import type { EducatorWorkspace } from './types';

/**
 * Content governance over every loaded mentor: learners are served from `governance.faculty`,
 * which follows the decisions (only approved content in production; everything, drafts labelled,
 * elsewhere).
 */
export function createGovernance(mentors: readonly Mentor[], stores: Stores, config: Config): ContentGovernance {
  return new ContentGovernance(mentors, stores.decisions, config.serveDraftContent);
}

/** The educator workspace's parts, from settings, the stores and the content folder. */
export function createWorkspace(options: { config: Config; stores: Stores; governance: ContentGovernance; mentorsDir: string; root: string; clock: () => Date }): EducatorWorkspace {
  const { config, stores, governance, clock } = options;
  return {
    auth: createEducatorAuth(config.educator, config.allowedTenants),
    governance,
    facts: readSourceFacts(options.mentorsDir, governance.mentors),
    feedback: stores.feedback,
    clock,
    assetsDir: join(options.root, 'web', 'dist'),
    analytics: { reader: new ClosedMonthReader(stores.aggregates, clock), mentors: governance.mentors, minCohort: config.analytics.minCohort, clock },
  };
}
