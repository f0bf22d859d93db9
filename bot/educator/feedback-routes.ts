import type restify from 'restify';
import { TRIAGE_VERDICTS, type FeedbackEntry, type TriageVerdict } from '../store/feedback';
import type { requireEducator } from './guard';
import { queryValue, WORKSPACE_BODY_BYTES, WorkspaceError } from './guard';
import type { EducatorWorkspace } from './types';
import { jsonBody } from '../json-body';

type Guarded = (handler: Parameters<typeof requireEducator>[2]) => ReturnType<typeof requireEducator>;

/**
 * Feedback triage: answers learners rated unhelpful, newest first, marked "content gap", "wrong
 * answer" or "fine"; a content gap becomes a draft explainer stub for the content authors
 * (exported with `npm run content:approvals`).
 */
export function registerFeedbackRoutes(server: restify.Server, workspace: EducatorWorkspace, guarded: Guarded): void {
  const { governance, feedback, clock } = workspace;

  server.get('/api/educator/feedback', guarded(async (req, res) => {
    const mentor = queryValue(req.query, 'mentor');
    const mentors = mentor ? [mentorOf(workspace, mentor)] : governance.mentors.map((m) => m.id);
    const entries = (await Promise.all(mentors.map((id) => feedback.forMentor(id)))).flat().sort((a, b) => b.at.localeCompare(a.at));
    const untriaged = entries.filter((e) => !e.verdict).length;
    res.json(200, { total: entries.length, untriaged, entries: entries.slice(0, 200) });
  }));

  server.post('/api/educator/feedback/triage', jsonBody({ maxBytes: WORKSPACE_BODY_BYTES }), guarded(async (req, res, identity) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const mentorId = mentorOf(workspace, body.mentorId);
    if (!TRIAGE_VERDICTS.includes(body.verdict as TriageVerdict)) throw new WorkspaceError(400, 'bad_verdict', `verdict must be one of ${TRIAGE_VERDICTS.join(', ')}.`);
    const updated = await feedback.update(mentorId, idOf(body.id), (entry) => ({ ...entry, verdict: body.verdict as TriageVerdict, triagedBy: identity.name, triagedAt: clock().toISOString() }));
    if (!updated) throw new WorkspaceError(404, 'not_found', 'That feedback is gone (it may have passed its retention period).');
    res.json(200, updated);
  }));

  server.post('/api/educator/feedback/stub', jsonBody({ maxBytes: WORKSPACE_BODY_BYTES }), guarded(async (req, res, identity) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const mentorId = mentorOf(workspace, body.mentorId);
    const id = idOf(body.id);
    const updated = await feedback.update(mentorId, id, (entry) => {
      if (entry.verdict !== 'content-gap') return entry;
      return entry.stub ? entry : { ...entry, stub: { id: stubId(mentorId, entry), question: entry.question, createdAt: clock().toISOString(), createdBy: identity.name } };
    });
    if (!updated) throw new WorkspaceError(404, 'not_found', 'That feedback is gone (it may have passed its retention period).');
    if (!updated.stub) throw new WorkspaceError(409, 'not_a_gap', 'Mark it "content gap" first: only a content gap becomes an explainer stub.');
    res.json(200, updated);
  }));
}

function mentorOf(workspace: EducatorWorkspace, value: unknown): string {
  const ids = workspace.governance.mentors.map((m) => m.id);
  if (typeof value !== 'string' || !ids.includes(value)) throw new WorkspaceError(400, 'bad_mentor', `mentorId must be one of ${ids.join(', ')}.`);
  return value;
}

function idOf(value: unknown): string {
  if (typeof value !== 'string' || !value || value.length > 100) throw new WorkspaceError(400, 'bad_id', 'id must name a feedback entry.');
  return value;
}

/** A stub id the content authors can keep: the mentor, "gap" and the entry's time. */
function stubId(mentorId: string, entry: FeedbackEntry): string {
  return `${mentorId}-gap-${entry.at.replace(/[^0-9]/g, '').slice(0, 14)}`;
}
