import type restify from 'restify';
import type { ContentGovernance } from '../content/governance';
import { REVIEWER_ROLES, type ReviewerRole } from '../content/review-state';
import type { Logger } from '../log';
import { jsonBody } from '../json-body';
import { redact } from '../safety/redact';
import { registerAnalyticsRoutes } from './analytics-routes';
import { itemDetail } from './detail';
import { registerFeedbackRoutes } from './feedback-routes';
import { requireEducator, WORKSPACE_BODY_BYTES, WorkspaceError, type EducatorHandler } from './guard';
import { registerPage } from './page';
import { mentorLabels } from './mentor-label';
import { buildQueue, parseFilters } from './queue';
import type { EducatorWorkspace } from './types';

export type { EducatorWorkspace } from './types';

const COMMENT_LIMIT = 2000;

/**
 * GET /educator (the tab) and the JSON APIs under /api/educator/, every one behind `requireEducator`.
 * Clinical approval needs the educator role and Welsh-language approval the welsh-reviewer role.
 */
export function registerEducatorRoutes(server: restify.Server, workspace: EducatorWorkspace, log: Logger): void {
  const { auth, governance } = workspace;
  const guarded = (handler: Parameters<typeof requireEducator>[2], roles?: readonly ReviewerRole[]) => requireEducator(auth, log, handler, roles);
  const mentorIds = governance.mentors.map((m) => m.id);
  registerPage(server, workspace);

  server.get('/api/educator/me', guarded(async (_req, res, identity) => {
    res.json(200, { name: identity.name, roles: identity.roles, local: identity.local, mentors: governance.mentors.map((m) => ({ id: m.id, name: m.name, label: mentorLabels(m) })) });
  }));

  server.get('/api/educator/queue', guarded(async (req, res) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const filters = parseFilters(query, mentorIds);
    const offset = Math.max(0, Number.parseInt(String(query.offset ?? '0'), 10) || 0);
    res.json(200, buildQueue(await governance.states(), filters, mentorIds, { offset, limit: 200 }));
  }));

  server.get('/api/educator/item', guarded(async (req, res) => {
    const item = itemOf(governance, (req.query as Record<string, unknown> | undefined)?.key);
    const mentor = governance.mentors.find((m) => m.id === item.mentorId)!;
    res.json(200, itemDetail(item, mentor, await governance.stateOf(item), workspace.facts));
  }));

  server.post('/api/educator/decision', jsonBody({ maxBytes: WORKSPACE_BODY_BYTES }), guarded(decide(workspace, log)));

  registerFeedbackRoutes(server, workspace, guarded);
  registerAnalyticsRoutes(server, workspace.analytics, guarded);
}

/** POST /api/educator/decision: one reviewer's decision, in a role they hold, on the text they saw. */
function decide(workspace: EducatorWorkspace, log: Logger): EducatorHandler {
  return async function decision(req, res, identity) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const item = itemOf(workspace.governance, body.key);
    const role = body.role as ReviewerRole;
    if (!REVIEWER_ROLES.includes(role)) throw new WorkspaceError(400, 'bad_role', 'role must be educator (clinical) or welsh-reviewer (Welsh language).');
    if (!identity.roles.includes(role)) throw new WorkspaceError(403, 'forbidden', `Deciding as ${role} needs that role.`);
    if (body.decision !== 'approve' && body.decision !== 'request-changes') throw new WorkspaceError(400, 'bad_decision', 'decision must be approve or request-changes.');
    // Decisions are kept for good (the approval audit trail): a patient identifier typed into a comment must not be.
    const comment = typeof body.comment === 'string' ? redact(body.comment.trim().slice(0, COMMENT_LIMIT)).text : '';
    if (body.decision === 'request-changes' && !comment) throw new WorkspaceError(400, 'comment_required', 'Say what should change: a comment is required.');
    // The reviewer decided on the text they saw: if it changed since, they must look again.
    if (body.hash !== item.hash) throw new WorkspaceError(409, 'changed', 'This item changed since you opened it; reload it and review the new text.');
    const reviewer = { id: identity.id, name: identity.name };
    const state = await workspace.governance.decide(item, { decision: body.decision, role, reviewer, at: workspace.clock().toISOString(), comment });
    log.info('educator.decision', { item: item.key, role, decision: body.decision, served: state.served });
    res.json(200, { key: item.key, status: state.status, served: state.served });
  };
}

function itemOf(governance: ContentGovernance, key: unknown) {
  if (typeof key !== 'string' || !key) throw new WorkspaceError(400, 'bad_key', 'key must name an item, e.g. lesson:hali-what-is-ai.');
  const item = governance.item(key);
  if (!item) throw new WorkspaceError(404, 'not_found', `No item ${key}; it may have been renamed or removed.`);
  return item;
}
