import type restify from 'restify';
import type { Logger } from '../log';
import type { EducatorAuth, EducatorIdentity, EducatorRole } from './auth';

/** Largest body a workspace API accepts (a decision with its comment, or a triage mark); read as JSON only. */
export const WORKSPACE_BODY_BYTES = 16 * 1024;

/** A workspace handler runs only for a signed-in person holding a role it accepts. */
export type EducatorHandler = (req: restify.Request, res: restify.Response, identity: EducatorIdentity) => Promise<void>;

/** A clear, coded refusal a handler can throw; the guard turns it into JSON with its status. */
export class WorkspaceError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

/**
 * One query parameter's value: undefined when absent. Given more than once (`role=nurse&role=pharmacist`) or as a
 * list or object (`role[]=nurse`), it is a 400 naming it, never read as absent: that would answer a wider view
 * (every role) than the one asked for.
 */
export function queryValue(query: unknown, name: string): string | undefined {
  const value = query && typeof query === 'object' ? (query as Record<string, unknown>)[name] : undefined;
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new WorkspaceError(400, `bad_${name}`, `"${name}" was given more than once (or as a list): give it once, or leave it out.`);
  return value;
}

/**
 * The one check every workspace API calls (analytics and later views too): authenticate the SSO
 * token on every request, require one of `roles` (default: any workspace role), then run `handler`.
 * 401 for no or untrusted token, 403 for a person without the role, 503 when SSO is not configured.
 */
export function requireEducator(auth: EducatorAuth, log: Logger, handler: EducatorHandler, roles?: readonly EducatorRole[]) {
  return async function educatorRoute(req: restify.Request, res: restify.Response): Promise<void> {
    const result = await auth.authenticate(req.header('authorization'));
    if (!result.ok) {
      log.warn('educator.refused', { path: req.path(), status: result.status });
      res.json(result.status, { error: result.status === 403 ? 'forbidden' : result.status === 401 ? 'unauthorized' : 'not_configured', message: result.reason });
      return;
    }
    if (roles && !roles.some((role) => result.identity.roles.includes(role))) {
      log.warn('educator.refused', { path: req.path(), status: 403 });
      res.json(403, { error: 'forbidden', message: `This needs the ${roles.join(' or ')} role.` });
      return;
    }
    try {
      await handler(req, res, result.identity);
    } catch (error) {
      if (error instanceof WorkspaceError) {
        res.json(error.status, { error: error.code, message: error.message });
        return;
      }
      log.error('educator.failed', { path: req.path(), error });
      res.json(500, { error: 'internal', message: 'The workspace could not answer; try again.' });
    }
  };
}
